/**
 * Meetings and trips in long reports, round 7c: readouts that put a long date or a title before the guest, a call received
 * after a day word, an airport named after its city, and video links with several leaders at once.
 * Every sentence here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { scenesIn } from "../testkit.js";

const read = scenesIn;

// 2025-03-12 is a Wednesday.
const WEDNESDAY = "2025-03-12";

describe("a readout's long date between 'received' and the guest", () => {
  it("a Hijri date with its Gregorian one", () => {
    const r = read(
      "Foreign Minister Rami Lemoyne received on Tuesday, 11 Ramadan 1446 AH corresponding to 11 March 2025, " +
        "Egyptian Foreign Minister Samir Haddad in Amman.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Rami Lemoyne + Samir Haddad @Amman 2025-03-11 held meeting"]);
  });
  it("a month-first date: 'on Tuesday, March 11, 2025,'", () => {
    const r = read("President Omar Selvani received on Tuesday, March 11, 2025, Italian Defence Minister Carla Benedetti.", WEDNESDAY);
    expect(r.meetings).toEqual(["Omar Selvani + Carla Benedetti @- 2025-03-11 held meeting"]);
  });
  it("a comma after the weekday with no date is still no lead ('received on Tuesday, the minister said')", () => {
    const r = read("Foreign Minister Rami Lemoyne was received on Tuesday, the ministry said, and left for Doha.", WEDNESDAY);
    expect(r.meetings).toEqual([]);
  });
});

describe("a call received after a day word", () => {
  it("'received yesterday evening a phone call from his Azerbaijani counterpart X' is a call", () => {
    const r = read(
      "Foreign Minister Rami Lemoyne received yesterday evening a phone call from his Azerbaijani counterpart Elnur Karimov.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Rami Lemoyne + Elnur Karimov @- 2025-03-11 held call"]);
  });
  it("'received on Monday a telephone call from X'", () => {
    const r = read("Prime Minister Hana Novak received on Monday a telephone call from Chancellor Wilhelm Brandt.", WEDNESDAY);
    expect(r.meetings).toEqual(["Hana Novak + Wilhelm Brandt @- 2025-03-10 held call"]);
  });
});

describe("a title before the guest's name, the name after a comma", () => {
  it("'received in Riyadh today the Foreign Minister of Sweden, Tomas Lindqvist'", () => {
    const r = read("Crown Prince Faisal Al Omar received in Riyadh today the Foreign Minister of Sweden, Tomas Lindqvist.", WEDNESDAY);
    expect(r.meetings).toEqual(["Faisal Al Omar + Tomas Lindqvist @Riyadh 2025-03-12 held meeting"]);
  });
  it("'received on Monday the Foreign Minister of the Netherlands, X, in Amman'", () => {
    const r = read(
      "Prime Minister Hana Novak received on Monday the Foreign Minister of the Netherlands, Pieter de Vries, in Amman.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Hana Novak + Pieter de Vries @Amman 2025-03-10 held meeting"]);
  });
});

describe("an airport named after its city", () => {
  it("a guest received at Cairo International Airport has a stop in Cairo", () => {
    const r = read(
      "Egyptian Foreign Minister Samir Haddad received his Irish counterpart Aoife Kerrigan at Cairo International Airport on Tuesday.",
      WEDNESDAY,
    );
    expect(r.trips).toEqual([["Aoife Kerrigan", "Cairo 2025-03-11 completed"]]);
  });
  it("'Amman Airport' too, and a named airport that bears no city gives none", () => {
    expect(read("Safadi welcomed Swedish minister Tomas Lindqvist at Amman Airport on Tuesday.", WEDNESDAY).trips.join()).toMatch(
      /Tomas Lindqvist,Amman 2025-03-11 completed/,
    );
    expect(
      read("Safadi welcomed Swedish minister Tomas Lindqvist at Queen Alia International Airport on Tuesday.", WEDNESDAY).trips.join(),
    ).not.toMatch(/Queen|Alia/);
  });
});

describe("a video link with several leaders is one call", () => {
  it("'spoke via video link with A and B'", () => {
    const r = read("Foreign Minister Rami Lemoyne spoke via video link with Samir Haddad and Ngozi Okafor on Tuesday.", WEDNESDAY);
    expect(r.meetings).toEqual(["Rami Lemoyne + Samir Haddad + Ngozi Okafor @- 2025-03-11 held call"]);
  });
  it("'joined a video call with A and B'", () => {
    const r = read("Chancellor Wilhelm Brandt joined a video call with Samir Haddad and Rami Lemoyne on Tuesday.", WEDNESDAY);
    expect(r.meetings).toEqual(["Wilhelm Brandt + Samir Haddad + Rami Lemoyne @- 2025-03-11 held call"]);
  });
  it("calls by phone with two leaders stay two calls", () => {
    const r = read("Foreign Minister Rami Lemoyne spoke by phone with Samir Haddad and Ngozi Okafor on Tuesday.", WEDNESDAY);
    expect(r.meetings).toHaveLength(2);
  });
});
