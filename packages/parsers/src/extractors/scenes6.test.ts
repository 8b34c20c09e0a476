/**
 * Scenes of long reports, round 6: where and when meetings and stops happened when a report moves between cities,
 * goes back in time or tells background. Every sentence here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { scenesIn } from "../testkit.js";

const read = scenesIn;

// 2024-09-12 is a Thursday.
const THURSDAY = "2024-09-12";

describe("a meeting with no place of its own takes the scene before it only when it is of that scene", () => {
  it("a meeting dated by a year is background: no city of the sentence before, no stop", () => {
    const r = read(
      "Foreign Secretary David Lammy met Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday.\n\n" +
        "In 2019, King Abdullah II met Palestinian President Mahmoud Abbas to discuss the holy sites.",
      THURSDAY,
    );
    expect(r.meetings).toContain("Abdullah II + Mahmoud Abbas @- 2019-01-01 held meeting");
    expect(r.trips.map((t) => t[0])).not.toContain("Abdullah II");
  });
  it("a meeting dated by a month is background too", () => {
    const r = read(
      "Foreign Secretary David Lammy met Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday.\n\n" +
        "Palestinian President Mahmoud Abbas met German Chancellor Olaf Scholz in March, at the height of the famine warnings.",
      THURSDAY,
    );
    expect(r.meetings).toContain("Mahmoud Abbas + Olaf Scholz @- 2024-03-01 held meeting");
  });
  it("the same traveller's scene goes on: 'He then met X on the same day'", () => {
    const r = read(
      "Foreign Secretary David Lammy arrived in Cairo on Wednesday.\n\nLammy met Foreign Minister Badr Abdelatty on Wednesday evening.",
      THURSDAY,
    );
    expect(r.meetings).toEqual(["David Lammy + Badr Abdelatty @Cairo 2024-09-11 held meeting"]);
  });
  it("someone else's meeting does not take another traveller's city", () => {
    const r = read(
      "Foreign Secretary David Lammy arrived in Cairo on Wednesday.\n\n" +
        "Jordan's King Abdullah II met French President Emmanuel Macron on Tuesday.",
      THURSDAY,
    );
    expect(r.meetings).toEqual(["Abdullah II + Emmanuel Macron @- 2024-09-10 held meeting"]);
  });
  it("an undated flashback in the pluperfect is not the scene of a meeting told on a day of the report", () => {
    const r = read(
      "BEIRUT — Envoy Amos Hochstein met Speaker Nabih Berri in Beirut on Wednesday.\n\n" +
        "Before that, in Paris, Hochstein had met French officials.\n\nOn Wednesday night, Hochstein met Prime Minister Najib Mikati.",
      THURSDAY,
    );
    expect(r.meetings).toContain("Amos Hochstein + Najib Mikati @Beirut 2024-09-11 held meeting");
  });
  it("a scene dated to a day weeks away from the meeting's is not its scene", () => {
    const r = read(
      "Foreign Secretary David Lammy visited Amman on Aug. 14.\n\nLammy met Foreign Minister Ayman Safadi on Tuesday.",
      THURSDAY,
    );
    expect(r.meetings).toEqual(["David Lammy + Ayman Safadi @- 2024-09-10 held meeting"]);
  });
});

describe("a place in a phrase of the circumstances is not the encounter's", () => {
  // A phrase that names the occasion ("during a visit to Doha", "over dinner in Doha") still places it.
  it.each([
    ["during the truce in Gaza", "-"],
    ["amid protests in Tel Aviv", "-"],
    ["despite strikes in Beirut", "-"],
    ["during a visit to Doha", "Doha"],
    ["over dinner in Doha", "Doha"],
    ["during a joint news conference in Doha", "Doha"],
  ])("'%s' → @%s", (phrase, place) => {
    const text = `Foreign Secretary David Lammy met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani on Tuesday ${phrase}.`;
    expect(read(text, THURSDAY).meetings).toEqual([`David Lammy + Mohammed bin Abdulrahman Al Thani @${place} 2024-09-10 held meeting`]);
  });
});

describe("one pair of people met on different occasions", () => {
  it("'first met X in June 2022' is another meeting than 'met X on Tuesday'", () => {
    const r = read(
      "DOHA — Foreign Secretary David Lammy met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Tuesday.\n\n" +
        "Lammy first met Al Thani in June 2022, as an opposition lawmaker.",
      THURSDAY,
    );
    expect(r.meetings).toEqual([
      "David Lammy + Mohammed bin Abdulrahman Al Thani @Doha 2024-09-10 held meeting",
      "David Lammy + Mohammed bin Abdulrahman Al Thani @- 2022-06-01 held meeting",
    ]);
  });
  it("a month and a day inside it can be one meeting", () => {
    const r = read(
      "Foreign Secretary David Lammy met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha in September.\n\n" +
        "Lammy met Al Thani in Doha on Tuesday, officials said.",
      THURSDAY,
    );
    expect(r.meetings).toHaveLength(1);
  });
});

describe("the scene's day does not pass to a leg its sentence left behind", () => {
  const text =
    "Foreign Secretary David Lammy ended his tour in Doha on Wednesday, after stops in Cairo and Beirut.\n\n" +
    "In Beirut, he held talks with Prime Minister Najib Mikati.";
  it("the meeting in a city of the after-phrase is undated; the last leg keeps its day", () => {
    const r = read(text, THURSDAY);
    expect(r.meetings).toEqual(["David Lammy + Najib Mikati @Beirut - held meeting"]);
    expect(r.trips).toEqual([["David Lammy", "Cairo - completed", "Beirut - completed", "Doha 2024-09-11 completed"]]);
  });
  it("a place of the scene itself still takes the day ('In Doha, he held talks …')", () => {
    const r = read(text.replace("In Beirut", "In Doha"), THURSDAY);
    expect(r.meetings).toEqual(["David Lammy + Najib Mikati @Doha 2024-09-11 held meeting"]);
  });
});

describe("the earlier legs of a journey told in the future", () => {
  // 2024-09-09 is a Monday.
  const lead = "Foreign Secretary David Lammy travels to Egypt on Tuesday, the Foreign Office said.\n\n";
  it("'The tour ends in Doha on Thursday, after stops in Cairo and Beirut': the after-phrase's stops are planned too", () => {
    const trips = read(`${lead}The tour ends in Doha on Thursday, after stops in Cairo and Beirut.`, "2024-09-09").trips;
    expect(trips[0]).toEqual(expect.arrayContaining(["Cairo - planned", "Beirut - planned", "Doha 2024-09-12 planned"]));
  });
  it("legs the phrase puts in the past stay completed ('after stops … last week')", () => {
    const trips = read(`${lead}The tour ends in Doha on Thursday, after stops in Cairo and Beirut last week.`, "2024-09-09").trips;
    expect(trips[0]).toEqual(expect.arrayContaining(["Doha 2024-09-12 planned"]));
    expect(trips[0]!.filter((x) => /^(?:Cairo|Beirut)/.test(x ?? ""))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Cairo .* completed$/), expect.stringMatching(/^Beirut .* completed$/)]),
    );
  });
});

describe("talks by video are calls, with no place", () => {
  it.each([
    "Foreign Secretary David Lammy spoke to Qatari Prime Minister Mohammed bin Abdulrahman Al Thani by video link on Tuesday.",
    "Foreign Secretary David Lammy held a videoconference with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani on Tuesday.",
  ])("%s", (sentence) => {
    expect(read(`DOHA — Lammy landed in Doha on Tuesday.\n\n${sentence}`, THURSDAY).meetings).toEqual([
      "David Lammy + Mohammed bin Abdulrahman Al Thani @- 2024-09-10 held call",
    ]);
  });
});
