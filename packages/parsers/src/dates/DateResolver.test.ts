import { describe, expect, it } from "vitest";
import { findDates, resolveWeekday, yearByTense } from "./DateResolver.js";

describe("DateResolver", () => {
  it("resolves weekdays by tense: back for reports, forward for plans (2023-10-12 is a Thursday)", () => {
    expect(resolveWeekday("2023-10-12", 2, false)).toBe("2023-10-10");
    expect(resolveWeekday("2023-10-12", 5, true)).toBe("2023-10-13");
    expect(findDates("met on Tuesday", 0, "2023-10-12", { future: false })[0]).toMatchObject({
      date: "2023-10-10",
      precision: "day",
      basis: "inferred",
    });
    expect(findDates("will meet on Friday", 0, "2023-10-12", { future: true })[0]).toMatchObject({ date: "2023-10-13" });
  });

  it("resolves casual expressions against the publication date", () => {
    expect(findDates("the ministry said last night", 0, "2023-10-12", { future: false })[0]!.date).toBe("2023-10-11");
    expect(findDates("He began this morning", 0, "2023-10-12", { future: true })[0]!.date).toBe("2023-10-12");
    expect(findDates("on the morning of Friday", 0, "2024-03-22", { future: false })[0]!.date).toBe("2024-03-22");
  });

  it("marks full dates as stated, keeps offsets, and skips times, durations and deadlines", () => {
    expect(findDates("He left on May 24, 2021.", 100, null, { future: false })[0]).toMatchObject({
      date: "2021-05-24",
      basis: "stated",
      start: 111,
    });
    expect(findDates("He landed at 10 a.m. after 11 days, and leaves by Thursday.", 0, "2024-01-01", { future: false })).toEqual([]);
  });

  it("leaves relative dates unresolved without a publication date", () => {
    expect(findDates("met on Tuesday", 0, null, { future: false })[0]).toMatchObject({ date: null, text: "on Tuesday" });
  });
});

describe("DateResolver: spans counted from other events and same-day phrases", () => {
  it("does not read a distance from another event as a date", () => {
    expect(findDates("less than two weeks after the militants attacked", 0, "2023-10-18", { future: false })).toEqual([]);
    expect(findDates("The visit came days after the envoys met", 0, "2024-08-19", { future: false })).toEqual([]);
    expect(findDates("a day earlier the minister resigned", 0, "2024-08-19", { future: false })).toEqual([]);
  });

  it("does not date 'a few weeks ago' or 'several months ago'", () => {
    expect(findDates("They had met twice a few weeks ago", 0, "2023-11-05", { future: false })).toEqual([]);
    expect(findDates("the talks began several months ago", 0, "2023-11-05", { future: false })).toEqual([]);
  });

  it("reads 'earlier in the day' and 'later today' as the publication date, and nothing without one", () => {
    expect(findDates("after a long meeting earlier in the day", 0, "2024-08-19", { future: false })[0]).toMatchObject({
      date: "2024-08-19",
      precision: "day",
      basis: "inferred",
      text: "earlier in the day",
    });
    expect(findDates("She will fly on later today", 0, "2024-08-19", { future: true })[0]).toMatchObject({ date: "2024-08-19" });
    expect(findDates("after a long meeting earlier in the day", 0, null, { future: false })[0]).toMatchObject({ date: null });
  });
});

describe("DateResolver: a month and day without a year take the year of the event's tense", () => {
  const dateOf = (text: string, published: string, future: boolean) => findDates(text, 0, published, { future })[0]?.date;

  it("puts a report's date before publication, a plan's after it", () => {
    // chrono alone takes the nearest year: October 2024 for a report of May 2024.
    expect(dateOf("Gunmen killed 30 people in the raid on Oct. 7", "2024-05-01", false)).toBe("2023-10-07");
    expect(dateOf("The convoy was stopped in November", "2024-02-10", false)).toBe("2023-11-01");
    expect(dateOf("The minister will return in March", "2024-05-01", true)).toBe("2025-03-01");
    expect(dateOf("The envoy is due back on Jan. 5", "2024-12-20", true)).toBe("2025-01-05");
  });

  it("keeps dates already on the right side, a report's few days after publication, and stated years", () => {
    expect(dateOf("The talks ended on Jan. 3", "2024-01-10", false)).toBe("2024-01-03");
    expect(dateOf("The talks on May 3 ended without a deal", "2024-05-01", false)).toBe("2024-05-03");
    expect(dateOf("The minister will return in May", "2024-05-20", true)).toBe("2024-05-01");
    expect(dateOf("Gunmen killed 30 people on Oct. 7, 2024", "2024-05-01", false)).toBe("2024-10-07");
  });

  it("leaves February 29 in its year", () => {
    expect(yearByTense("2024-02-29", "2023-06-01", "day", false)).toBe("2024-02-29");
    expect(yearByTense("2024-03-01", "2023-06-01", "day", false)).toBe("2023-03-01");
  });
});

describe("DateResolver: weekends and the day after", () => {
  it("'this weekend' is its week (written as the Monday), 'next weekend' the week after", () => {
    // 2024-02-07 is a Wednesday.
    expect(findDates("He will meet them this weekend", 0, "2024-02-07", { future: true })[0]).toMatchObject({
      date: "2024-02-05",
      precision: "week",
      text: "this weekend",
    });
    expect(findDates("talks next weekend", 0, "2024-02-07", { future: true })[0]!.date).toBe("2024-02-12");
    expect(findDates("talks next weekend", 0, null, { future: true })[0]!.date).toBeNull();
  });

  it("'the following day' is the day after the date written before it", () => {
    const dates = findDates("He arrived on Feb. 6 and met the king the following day.", 0, "2024-02-09", { future: false });
    expect(dates.map((d) => [d.text, d.date])).toEqual([
      ["Feb. 6", "2024-02-06"],
      ["the following day", "2024-02-07"],
    ]);
    expect(findDates("He met the king the following day.", 0, "2024-02-09", { future: false })).toEqual([]);
    expect(findDates("on the day after the attack", 0, "2024-02-09", { future: false })).toEqual([]);
  });
});
