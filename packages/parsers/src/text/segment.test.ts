import { describe, expect, it } from "vitest";
import { segment } from "./segment.js";

const sentences = (text: string) => segment(text).flatMap((p) => p.sentences.map((s) => s.text));

describe("sentences after abbreviations", () => {
  it("an honorific does not end a sentence, in capitals as transcripts write it too", () => {
    expect(sentences("MR. MILLER: We have seen the reports. We are looking into them.")).toEqual([
      "MR. MILLER: We have seen the reports.",
      "We are looking into them.",
    ]);
    expect(sentences("MS. JEAN-PIERRE: That is a question for the Israelis.")).toHaveLength(1);
    expect(sentences("Mr. Blinken met Mr. Netanyahu on Monday. They spoke for an hour.")).toHaveLength(2);
  });
});
