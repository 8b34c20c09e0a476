import { describe, expect, it } from "vitest";
import { findDates, resolveWeekday } from "./DateResolver.js";

describe("DateResolver", () => {
  it("resolves weekdays by tense: back for reports, forward for plans (2023-10-12 is a Thursday)", () => {
    expect(resolveWeekday("2023-10-12", 2, false)).toBe("2023-10-10");
    expect(resolveWeekday("2023-10-12", 5, true)).toBe("2023-10-13");
    expect(findDates("met on Tuesday", 0, "2023-10-12", { future: false })[0]).toMatchObject({ date: "2023-10-10", precision: "day", basis: "inferred" });
    expect(findDates("will meet on Friday", 0, "2023-10-12", { future: true })[0]).toMatchObject({ date: "2023-10-13" });
  });

  it("resolves casual expressions against the publication date", () => {
    expect(findDates("the ministry said last night", 0, "2023-10-12", { future: false })[0]!.date).toBe("2023-10-11");
    expect(findDates("He began this morning", 0, "2023-10-12", { future: true })[0]!.date).toBe("2023-10-12");
    expect(findDates("on the morning of Friday", 0, "2024-03-22", { future: false })[0]!.date).toBe("2024-03-22");
  });

  it("marks full dates as stated, keeps offsets, and skips times, durations and deadlines", () => {
    expect(findDates("He left on May 24, 2021.", 100, null, { future: false })[0]).toMatchObject({ date: "2021-05-24", basis: "stated", start: 111 });
    expect(findDates("He landed at 10 a.m. after 11 days, and leaves by Thursday.", 0, "2024-01-01", { future: false })).toEqual([]);
  });

  it("leaves relative dates unresolved without a publication date", () => {
    expect(findDates("met on Tuesday", 0, null, { future: false })[0]).toMatchObject({ date: null, text: "on Tuesday" });
  });
});
