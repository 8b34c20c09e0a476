/**
 * Meetings and trips in long reports, round 7b: live blog entries, readouts that put the day before the guest, meetings
 * at a site in a city, journeys named with an adjective, and the styles of state visits, summits and returns home.
 * Every sentence here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { scenesIn } from "../testkit.js";

const read = scenesIn;

// 2024-03-13 is a Wednesday.
const WEDNESDAY = "2024-03-13";

describe("a live blog's timestamp and entry heading do not hide the scene of the entry before", () => {
  const blog = (gap: string) =>
    "09:40 GMT\n\nBaerbock arrives in Amman\n\nGerman Foreign Minister Annalena Baerbock has arrived in Amman for talks on aid.\n\n" +
    `${gap}Baerbock later held talks with Jordanian Foreign Minister Ayman Safadi.`;
  it("a meeting under '10:55 GMT' and a heading line takes the city of the entry before", () => {
    const r = read(blog("10:55 GMT\n\nTalks with Safadi\n\n"), WEDNESDAY);
    expect(r.meetings.find((m) => m.includes("Safadi"))).toMatch(/^Annalena Baerbock \+ Ayman Safadi @Amman /);
  });
  it("a time with a.m. and a zone: '2:15 p.m. ET'", () => {
    const r = read(blog("2:15 p.m. ET\n\n"), WEDNESDAY);
    expect(r.meetings.find((m) => m.includes("Safadi"))).toMatch(/@Amman /);
  });
  it("two ordinary sentences between still end the look-back (they are no entry lines)", () => {
    const r = read(
      blog("The minister toured a warehouse of the World Food Programme. She spoke to aid workers about the crossings.\n\n"),
      WEDNESDAY,
    );
    expect(r.meetings.find((m) => m.includes("Safadi"))).toMatch(/ @- /);
  });
});

describe("a readout puts the day and 'the' before the guest's title", () => {
  it("'received on Tuesday the Norwegian Minister of Foreign Affairs X' is a meeting with X", () => {
    const r = read(
      "AMMAN — Foreign Minister Ayman Safadi received on Tuesday the Swedish Minister for Foreign Affairs Tobias Billstrom.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Ayman Safadi + Tobias Billstrom @Amman 2024-03-12 held meeting"]);
  });
  it("'received on Tuesday the news …' names no one: no meeting", () => {
    const r = read("Foreign Minister Ayman Safadi received on Tuesday the news of the aid convoy's arrival.", WEDNESDAY);
    expect(r.meetings).toEqual([]);
  });
});

describe("a meeting at a site in a city puts the guest in the city", () => {
  it("'hosted X at <palace> in Istanbul' gives X a stop in Istanbul", () => {
    const r = read(
      "Turkish President Recep Tayyip Erdogan on Monday hosted Palestinian President Mahmoud Abbas at Beylerbeyi Palace in Istanbul.",
      WEDNESDAY,
    );
    expect(r.trips).toEqual([["Mahmoud Abbas", "Istanbul 2024-03-11 completed"]]);
  });
  it("a site with no city after it stays the stop", () => {
    const r = read(
      "Turkish President Recep Tayyip Erdogan on Monday hosted Palestinian President Mahmoud Abbas at Beylerbeyi Palace.",
      WEDNESDAY,
    );
    expect(r.trips).toEqual([]);
  });
});

describe("an adjective before a journey noun is no traveller", () => {
  it("'paid an official visit to Qatar': the traveller is the subject", () => {
    const r = read("Turkish Foreign Minister Hakan Fidan paid an official visit to Qatar on Monday.", WEDNESDAY);
    expect(r.trips).toEqual([["Hakan Fidan", "Qatar 2024-03-11 completed"]]);
  });
  it("'made a two-day working visit to Cairo'", () => {
    const r = read("Jordan's King Abdullah II made a brief working visit to Cairo on Tuesday.", WEDNESDAY);
    expect(r.trips.map((t) => t[0])).toEqual(["Abdullah II"]);
  });
});

describe("new styles of meetings: closed doors, sidelines, briefing days, working meals, state welcomes", () => {
  it("'met behind closed doors with X' is a meeting", () => {
    const r = read(
      "CAIRO — CIA Director William Burns met behind closed doors with Egyptian intelligence chief Abbas Kamel on Monday.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["William Burns + Abbas Kamel @Cairo 2024-03-11 held meeting"]);
  });
  it("'met on the sidelines of the summit in Riyadh on Monday with X': a meeting, not the summit", () => {
    const r = read(
      "RIYADH (SPA) -- Saudi Foreign Minister Prince Faisal bin Farhan met on the sidelines of the Gulf summit in Riyadh on Monday " +
        "with Turkish Foreign Minister Hakan Fidan.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Faisal bin Farhan + Hakan Fidan @Riyadh 2024-03-11 held meeting"]);
  });
  it("'met X on the sidelines of a summit' is a meeting of kind meeting", () => {
    const r = read(
      "King Abdullah II met Iraqi Prime Minister Mohammed Shia al-Sudani on the sidelines of a summit in Cairo on Monday.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Abdullah II + Mohammed Shia al-Sudani @Cairo 2024-03-11 held meeting"]);
  });
  it("a briefing's day and part of day: 'met yesterday afternoon with'", () => {
    const r = read("Secretary-General António Guterres met yesterday afternoon with Egyptian Foreign Minister Sameh Shoukry.", WEDNESDAY);
    expect(r.meetings).toEqual(["António Guterres + Sameh Shoukry @- 2024-03-12 held meeting"]);
  });
  it("'had a working dinner with X' is a meeting", () => {
    const r = read("In Paris on Tuesday, King Abdullah II had a working dinner with French President Emmanuel Macron.", WEDNESDAY);
    expect(r.meetings).toEqual(["Abdullah II + Emmanuel Macron @Paris 2024-03-12 held meeting"]);
  });
  it("'welcomed him with an official ceremony': a greeting of the guest named before, no one called 'official'", () => {
    const r = read(
      "Emir Sheikh Tamim bin Hamad Al Thani arrived in Ankara on Tuesday. The emir was accorded a guard of honour at the palace, where " +
        "President Recep Tayyip Erdogan welcomed him with an official ceremony.",
      WEDNESDAY,
    );
    expect(r.meetings.map((m) => m.replace(/ @.*/, ""))).toEqual(["Recep Tayyip Erdogan + Tamim bin Hamad Al Thani"]);
  });
  it("'held talks on its margins with X' after a summit is a meeting, not the summit", () => {
    const r = read(
      "President Mahmoud Abbas, who arrived in Algiers on Monday for the Arab League summit, held talks on its margins with " +
        "Jordan's King Abdullah II.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Mahmoud Abbas + Abdullah II @Algiers 2024-03-11 held meeting"]);
  });
  it("a correction's retracted account is no meeting: 'An earlier version of this story said X met Y on Monday'", () => {
    const r = read(
      "Foreign Minister Hakan Fidan met Egyptian Foreign Minister Sameh Shoukry in Cairo on Tuesday.\n\nCorrection: An earlier version " +
        "of this article said Fidan met Shoukry on Monday.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Hakan Fidan + Sameh Shoukry @Cairo 2024-03-12 held meeting"]);
  });
  it("'met an official from …' still meets the official", () => {
    const r = read("Netanyahu met an official from the State Department on Tuesday.", WEDNESDAY);
    expect(r.meetings.some((m) => m.startsWith("Netanyahu + official"))).toBe(true);
  });
});

describe("returns home and plural journey nouns", () => {
  it("'returned to Washington on Friday after a week-long tour of …' is no stop, though the text gives no country", () => {
    const r = read(
      "Secretary of State Antony Blinken returned to Washington on Friday after a week-long tour of Jordan and Qatar.",
      WEDNESDAY,
    );
    expect(r.trips).toEqual([["Antony Blinken", "Jordan - completed", "Qatar - completed"]]);
  });
  it("'flew home to Berlin' is no stop", () => {
    const r = read("Baerbock flew home to Berlin on Tuesday evening after talks in Cairo.", WEDNESDAY);
    expect(r.trips.flat().some((x) => x?.startsWith("Berlin"))).toBe(false);
  });
  it("'returned to Israel on Monday' is still a stop", () => {
    const r = read("Blinken returned to Israel on Monday for more talks.", WEDNESDAY);
    expect(r.trips).toEqual([["Blinken", "Israel 2024-03-11 completed"]]);
  });
  it("'after visits to A on Monday and B on Tuesday': plural nouns, past days, completed", () => {
    const r = read("Cameron flew home on Wednesday after visits to Amman on Monday and Doha on Tuesday.", WEDNESDAY);
    expect(r.trips).toEqual([["Cameron", "Amman 2024-03-11 completed", "Doha 2024-03-12 completed"]]);
  });
  it("'After stops in A on Monday and B on Tuesday, X arrived in C on Wednesday': all completed", () => {
    const r = read("After stops in Riyadh on Monday and Amman on Tuesday, Blinken arrived in Tel Aviv on Wednesday.", WEDNESDAY);
    expect(r.trips).toEqual([["Blinken", "Riyadh 2024-03-11 completed", "Amman 2024-03-12 completed", "Tel Aviv 2024-03-13 completed"]]);
  });
});
