/**
 * A day told just before a journey's trigger is the stop's only when it is in the same clause: ", and" closes the
 * clause the day belongs to. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { tripsIn } from "../testkit.js";

// 2024-09-12 is a Thursday.
const stopsOf = (text: string) => tripsIn(`Headline\n\n${text}`, "2024-09-12")[0]?.slice(1);

describe("a day before ', and' is not the next clause's stop", () => {
  it("'where she landed on Sunday evening, and has since taken her on to X' leaves X undated", () => {
    const stops = stopsOf(
      "Foreign Minister Penny Wong's trip began in Cairo, where she landed on Sunday evening, and has since taken her on to " +
        "the coastal city of Alexandria.",
    );
    expect(stops?.find((s) => s?.startsWith("Alexandria"))).toBe("Alexandria - completed");
  });
  it("a day in the same clause is still the stop's", () => {
    expect(stopsOf("Foreign Minister Penny Wong on Sunday flew to Alexandria.")).toEqual(["Alexandria 2024-09-08 completed"]);
  });
});
