/** Round 8c: days of meetings told by the next sentence ("The meeting on Monday …") and by "a day after …" offsets. */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";

// 2024-03-14 is a Thursday.
const extract = (text: string, published: string | null = "2024-03-14") => extractDocument(text, { id: "t", published });
const meetingDates = (text: string, published?: string | null) =>
  Object.fromEntries(extract(text, published).meetings.map((m) => [m.participant_ids.join("+"), m.date]));
const stopDates = (text: string, published?: string | null) =>
  Object.fromEntries(extract(text, published).trips.flatMap((t) => t.destinations.map((d) => [`${t.traveler_id}@${d.place_id}`, d.date])));

describe("a sentence about 'the meeting' dates the meeting told just before", () => {
  it("'The meeting on Monday' dates a present-perfect meeting (not the day of publication)", () => {
    const text =
      "Jordanian Foreign Minister Ayman Safadi has held talks with Egyptian President Abdel Fattah el-Sisi in Cairo.\n\n" +
      "The meeting on Monday focused on aid deliveries through the Rafah crossing.";
    expect(Object.values(meetingDates(text))).toEqual(["2024-03-11"]);
  });

  it("'Their talks, held on Tuesday,' and 'The discussions took place on Tuesday' date it too", () => {
    const a = "Ayman Safadi has met Abdel Fattah el-Sisi in Cairo. Their talks, held on Tuesday, lasted two hours.";
    const b = "Ayman Safadi has met Abdel Fattah el-Sisi in Cairo. The discussions took place on Tuesday at the palace.";
    expect(Object.values(meetingDates(a))).toEqual(["2024-03-12"]);
    expect(Object.values(meetingDates(b))).toEqual(["2024-03-12"]);
  });

  it("a day of another event in that sentence, a plan, or a later day does not date it", () => {
    const other = "Ayman Safadi has met Abdel Fattah el-Sisi in Cairo. The meeting came after the strike on Monday.";
    const plan = "Ayman Safadi has met Abdel Fattah el-Sisi in Cairo. The talks will resume on Monday.";
    expect(Object.values(meetingDates(other))).toEqual(["2024-03-14"]);
    expect(Object.values(meetingDates(plan))).toEqual(["2024-03-14"]);
  });

  it("a sentence whose subject is not the meeting does not date it", () => {
    const text = "Ayman Safadi has met Abdel Fattah el-Sisi in Cairo. The crossing reopened on Monday.";
    expect(Object.values(meetingDates(text))).toEqual(["2024-03-14"]);
  });
});

describe("an event inside 'N days after/before' is counted from the sentence's day", () => {
  it("'The meeting on Tuesday came a day after X arrived in Y': the arrival is Monday", () => {
    const text = "The meeting on Wednesday came two days after Ayman Safadi arrived in Cairo for a three-day visit.";
    expect(stopDates(text)["ayman-safadi@cairo"]).toBe("2024-03-11");
  });

  it("'a day before' counts forward; no day before the phrase leaves the event undated", () => {
    const before = "The talks on Tuesday ended a day before Ayman Safadi flew to Cairo.";
    const none = "The talks ended a day before Ayman Safadi flew to Cairo.";
    expect(stopDates(before)["ayman-safadi@cairo"]).toBe("2024-03-13");
    expect(stopDates(none)["ayman-safadi@cairo"] ?? null).toBeNull();
  });
});

describe("'a day before'/'the day after' before a clause is a conjunction, not a date", () => {
  it("'the day after he arrived' is no date; 'a day before.' alone still is", () => {
    const dates = (text: string) => extract(text).meetings.map((m) => m.date_text);
    expect(dates("Ayman Safadi met Abdel Fattah el-Sisi in Cairo the day after he arrived.")).not.toContain("the day after");
    expect(dates("Ayman Safadi was in Amman on Monday. He had met Abdel Fattah el-Sisi in Cairo a day before.")).toEqual(["a day before"]);
  });
});

describe("an undated planned meeting takes the day of the traveller's planned stop at its place", () => {
  it("'is due to fly to Cairo on Friday. … will meet el-Sisi in Cairo' → Friday; another place stays undated", () => {
    const text =
      "Ayman Safadi arrived in Amman on Tuesday and is due to fly to Cairo on Friday.\n\n" +
      "His office said he would meet Egyptian President Abdel Fattah el-Sisi in Cairo.";
    expect(meetingDates(text)["ayman-safadi+abdel-fattah-el-sisi"]).toBe("2024-03-15");
    const elsewhere = text.replace("el-Sisi in Cairo", "el-Sisi in Sharm el-Sheikh");
    expect(meetingDates(elsewhere)["ayman-safadi+abdel-fattah-el-sisi"] ?? null).toBeNull();
  });
});
