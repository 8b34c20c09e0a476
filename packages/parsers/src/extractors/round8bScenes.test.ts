/**
 * Meetings, round 8b: counterparts joined by "and later with", "as well as", an elided verb, or after a description with a
 * relative clause; a weekday between "met" and "with"; a title set off by commas; a group named as the doer of an event or
 * in a description; a seat of government as the meeting's city. Every sentence here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { scenesIn } from "../testkit.js";

const read = scenesIn;

// 2024-11-20 is a Wednesday.
const WEDNESDAY = "2024-11-20";

describe("a counterpart joined after the first keeps the meeting verb", () => {
  it("'held talks with A on Monday and later with B': both, on the same day", () => {
    const r = read(
      "Norwegian Foreign Minister Lars Vik held talks with President Samir Haddad on Monday and later with Prime Minister Omar Fares.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual(["Lars Vik + Samir Haddad @- 2024-11-18 held meeting", "Lars Vik + Omar Fares @- 2024-11-18 held meeting"]);
  });
  it("'…, as well as opposition leader A and army chief B': each is a planned meeting", () => {
    const r = read(
      "Lars Vik is due to meet President Samir Haddad on Thursday, as well as opposition leader Dalia Aziz and army chief Karim Nour.",
      WEDNESDAY,
    );
    expect(r.meetings.map((m) => m.split(" @")[0])).toEqual(["Lars Vik + Samir Haddad", "Lars Vik + Dalia Aziz", "Lars Vik + Karim Nour"]);
    expect(r.meetings.every((m) => m.includes("2024-11-21 planned"))).toBe(true);
  });
  it("'and with A in Tel Aviv': the second has its own place", () => {
    const r = read(
      "Lars Vik sat down with President Samir Haddad on Tuesday and with opposition leader Dalia Aziz in Tel Aviv.",
      WEDNESDAY,
    );
    expect(r.meetings).toContain("Lars Vik + Dalia Aziz @Tel Aviv 2024-11-19 held meeting");
  });
  it("', and A in Ramallah on Friday': an elided verb, with the conjunct's own place and day", () => {
    const r = read(
      "Lars Vik is scheduled to meet President Samir Haddad in Jerusalem on Thursday, and Prime Minister Omar Fares in Ramallah on Friday.",
      WEDNESDAY,
    );
    expect(r.meetings).toEqual([
      "Lars Vik + Samir Haddad @Jerusalem 2024-11-21 planned meeting",
      "Lars Vik + Omar Fares @Ramallah 2024-11-22 planned meeting",
    ]);
  });
  it("', and A said on Friday': a conjunct with a verb of its own is a new clause, no counterpart", () => {
    const r = read(
      "Lars Vik met President Samir Haddad in Jerusalem on Thursday, and Prime Minister Omar Fares said on Friday that talks went well.",
      WEDNESDAY,
    );
    expect(r.meetings.map((m) => m.split(" @")[0])).toEqual(["Lars Vik + Samir Haddad"]);
  });
  it("'A, a Hezbollah ally who …, and B': the description's body is no counterpart, and the list goes on after it", () => {
    const r = read(
      "Lars Vik met parliament speaker Samir Haddad, a Hezbollah ally who has long carried messages, " +
        "and Prime Minister Omar Fares in Beirut on Tuesday.",
      WEDNESDAY,
    );
    expect(r.meetings.map((m) => m.split(" @")[0])).toEqual(["Lars Vik + Samir Haddad", "Lars Vik + Omar Fares"]);
  });
});

describe("the lead of a counterpart", () => {
  it("'met late Monday with X', 'met Tuesday night with X': a day between the verb and 'with'", () => {
    expect(read("In Amman, Lars Vik met late Monday with King Omar Fares.", WEDNESDAY).meetings).toEqual([
      "Lars Vik + Omar Fares @Amman 2024-11-18 held meeting",
    ]);
    expect(read("Lars Vik met Tuesday night with President Samir Haddad.", WEDNESDAY).meetings.map((m) => m.split(" @")[0])).toEqual([
      "Lars Vik + Samir Haddad",
    ]);
  });
  it("'to meet Jordan's Foreign Minister, A, on Thursday': a title set off by commas", () => {
    expect(read("Lars Vik is scheduled to meet Jordan's Foreign Minister, Omar Fares, on Thursday.", WEDNESDAY).meetings).toEqual([
      "Lars Vik + Omar Fares @- 2024-11-21 planned meeting",
    ]);
  });
  it("'met on Sunday, Haddad said' is no title lead", () => {
    expect(read("Lars Vik and the envoy met on Sunday, Samir Haddad said.", WEDNESDAY).meetings.join()).not.toContain("Haddad");
  });
});

describe("groups that are no counterparts", () => {
  it("'to meet X since the Hamas attack': the doer of an event is no counterpart", () => {
    const r = read("Lars Vik became the first minister to meet President Samir Haddad since the Hamas attack.", WEDNESDAY);
    expect(r.meetings.map((m) => m.split(" @")[0])).toEqual(["Lars Vik + Samir Haddad"]);
  });
  it("but 'met Hamas officials' is still a meeting with them", () => {
    expect(read("Lars Vik met Hamas officials in Doha on Tuesday.", WEDNESDAY).meetings.length).toBe(1);
  });
});

describe("a seat of government is in its city", () => {
  it("'met X at the White House' is in Washington", () => {
    expect(read("Lars Vik met President Samir Haddad at the White House on Tuesday.", WEDNESDAY).meetings).toEqual([
      "Lars Vik + Samir Haddad @Washington 2024-11-19 held meeting",
    ]);
  });
  it("'held talks at Downing Street' is in London", () => {
    expect(read("Lars Vik held talks with Prime Minister Omar Fares at Downing Street on Tuesday.", WEDNESDAY).meetings).toEqual([
      "Lars Vik + Omar Fares @London 2024-11-19 held meeting",
    ]);
  });
});

describe("guards of the new leads", () => {
  it("'a photo shows X meeting Tuesday with Y': the bare weekday is read after a finite verb only", () => {
    const r = read("A handout picture released by the palace shows King Omar Fares meeting Tuesday with Lars Vik.", WEDNESDAY);
    expect(r.meetings.join()).not.toContain("palace");
  });
  it("'and Unity Front chair A': the party before a lower-case title is no counterpart", () => {
    const r = read("Lars Vik was set to meet President Samir Haddad, as well as Unity Front chair Dalia Aziz.", WEDNESDAY);
    expect(r.meetings.map((m) => m.split(" @")[0])).toEqual(["Lars Vik + Samir Haddad", "Lars Vik + Dalia Aziz"]);
  });
});
