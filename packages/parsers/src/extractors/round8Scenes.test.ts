/**
 * Meetings and trips, round 8: a capital or an outlet that speaks is no stop and no party, a plane that carries the
 * traveller, a day told by a participle of arrival, a known person's return home, and two people working through a text
 * over a shared meal. Every sentence here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { scenesIn } from "../testkit.js";

const read = scenesIn;

// 2024-11-20 is a Wednesday.
const WEDNESDAY = "2024-11-20";

describe("a name before a verb of saying or reporting is the report's source", () => {
  it("'…, Rome said on Wednesday' after a planned journey is no stop", () => {
    const r = read("Foreign Minister Carla Benedetti will travel to Amman next week, Rome said on Wednesday.", WEDNESDAY);
    expect(r.trips).toEqual([["Carla Benedetti", "Amman 2024-11-25 planned"]]);
  });
  it("a place that ends the list with no verb after it is still a stop", () => {
    const r = read("Foreign Minister Carla Benedetti will travel to Amman and Rome next week.", WEDNESDAY);
    expect(r.trips[0]).toEqual(["Carla Benedetti", "Amman 2024-11-25 planned", "Rome 2024-11-25 planned"]);
  });
  it("an outlet that reported the talks is no participant", () => {
    const r = read(
      "Jordanian Foreign Minister Rami Lemoyne arrived in Cairo on Tuesday and held talks with President Samir Haddad, " +
        "Nile Daily reported.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Rami Lemoyne + Samir Haddad @Cairo 2024-11-19 held meeting"]);
  });
});

describe("a vehicle as the subject carries the traveller", () => {
  it("'the plane … continued to X' after the traveller set off", () => {
    const r = read(
      "Foreign Minister Carla Benedetti set off for the Gulf on Monday. The plane refuelled in Crete and then continued to Doha.",
      WEDNESDAY,
    );
    expect(r.trips.map((t) => [t[0], ...t.slice(1).map((x) => x?.split(" ")[0])])).toEqual([["Carla Benedetti", "Doha"]]);
  });
  it("the one named aboard is the traveller", () => {
    const r = read("After a refuelling stop, the jet continued to Muscat with Foreign Minister Carla Benedetti aboard.", WEDNESDAY);
    expect(r.trips).toEqual([["Carla Benedetti", "Muscat - completed"]]);
  });
  it("with two travellers told before and no one aboard, the plane's traveller is unknown", () => {
    const r = read(
      "Carla Benedetti flew to Rome on Monday. Rami Lemoyne flew to Paris on Monday. The plane then continued to Doha.",
      WEDNESDAY,
    );
    expect(r.trips.map((t) => t[0])).toEqual(["Carla Benedetti", "Rami Lemoyne"]);
    expect(r.trips.flat().some((x) => x?.startsWith("Doha"))).toBe(false);
  });
});

describe("a participle of arrival after the place dates the stop", () => {
  it("'continued to Doha, arriving on Nov. 19'", () => {
    const r = read(
      "Foreign Minister Carla Benedetti left Rome for Cairo on Nov. 17 and continued to Doha, arriving on Nov. 19.",
      WEDNESDAY,
    );
    expect(r.trips[0]).toContain("Doha 2024-11-19 completed");
  });
  it("another event after the place keeps its day to itself ('…, meeting the emir on Nov. 19')", () => {
    const r = read("Foreign Minister Carla Benedetti flew to Doha on Nov. 18, and then met the emir on Nov. 19.", WEDNESDAY);
    expect(r.trips[0]).toContain("Doha 2024-11-18 completed");
  });
});

describe("a known person named by surname goes home", () => {
  it("'Blinken returns to Washington' in a timeline is no stop", () => {
    const r = read(
      "June 3 — Blinken visits Amman and meets Foreign Minister Rami Lemoyne.\nJune 4 — Blinken returns to Washington.",
      "2024-06-06",
    );
    expect(r.trips).toEqual([["Blinken", "Amman 2024-06-03 completed"]]);
  });
  it("a known person's return told alone, after no stop abroad, is the journey reported", () => {
    const r = read("Blinken returned to Washington on Monday.", WEDNESDAY);
    expect(r.trips).toEqual([["Blinken", "Washington 2024-11-18 completed"]]);
  });
  it("an unknown person's return to a city is still a stop", () => {
    const r = read("June 3 — Carla Benedetti tours Amman.\nJune 4 — Benedetti returns to Washington.", "2024-06-06");
    expect(r.trips[0]).toContain("Washington 2024-06-04 completed");
  });
});

describe("working through a text together over a shared meal is a meeting", () => {
  it("'Over coffee, he and X went through the draft'", () => {
    const r = read(
      "Foreign Minister Carla Benedetti arrived in Beirut on Tuesday. Over coffee, she and Prime Minister Samir Haddad " +
        "went through the draft.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Carla Benedetti + Samir Haddad @Beirut 2024-11-19 held meeting"]);
  });
  it("'A and B went over the text over dinner'", () => {
    const r = read("Carla Benedetti and Samir Haddad went over the text over dinner on Tuesday.", WEDNESDAY);
    expect(r.meetings).toEqual(["Carla Benedetti + Samir Haddad @- 2024-11-19 held meeting"]);
  });
  it("without a meal they shared, going through something is no meeting", () => {
    const r = read("Over the weekend, Carla Benedetti and Samir Haddad went through the polls.", WEDNESDAY);
    expect(r.meetings).toEqual([]);
  });
  it("a pronoun the mention rules read as a venue ('at the Grand Kasbah, he and X') makes no meeting with the venue", () => {
    const r = read(
      "The envoy, Carla Benedetti, flew into Rabat on Tuesday. Over tea at the Grand Kasbah, he and Prime Minister Samir Haddad went " +
        "through the draft.",
      WEDNESDAY,
    );
    expect(r.meetings.filter((m) => m.includes("Kasbah"))).toEqual([]);
  });
  it("one person going through a text over lunch meets no one", () => {
    const r = read("Over lunch, Carla Benedetti went through the draft.", WEDNESDAY);
    expect(r.meetings).toEqual([]);
  });
});
