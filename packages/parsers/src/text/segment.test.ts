import { describe, expect, it } from "vitest";
import { isFurniture, segment, type Segment } from "./segment.js";

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

describe("sentences after a rank's service mark and after a clock time", () => {
  it("a reservist's or retiree's mark after a rank does not end the sentence", () => {
    expect(sentences("Maj. Gen. (res.) Amos Dor wrote in a column. The plan drew criticism.")).toEqual([
      "Maj. Gen. (res.) Amos Dor wrote in a column.",
      "The plan drew criticism.",
    ]);
    expect(sentences("Brig. Gen. (ret.) Dana Levi spoke.")).toHaveLength(1);
  });

  it("a weekday, a month or a time zone after 'a.m.'/'p.m.' goes on the sentence; another capital starts one", () => {
    expect(sentences("The talks ran until 2 a.m. Monday. Negotiators returned at 10 a.m.")).toEqual([
      "The talks ran until 2 a.m. Monday.",
      "Negotiators returned at 10 a.m.",
    ]);
    expect(sentences("The convoy left at 6 a.m. GMT and reached Rafah by noon.")).toHaveLength(1);
    expect(sentences("The vote is set for 10 a.m. March 4 in New York.")).toHaveLength(1);
    expect(sentences("They met until 11 p.m. The envoy then left for Doha.")).toHaveLength(2);
  });
});

describe("ranks and titles of the abbreviation list", () => {
  it("a rank or title written short does not end the sentence", () => {
    for (const title of ["Cpl.", "Pvt.", "Cmdr.", "Amb.", "Lt. Gen.", "Ret. Gen."])
      expect(sentences(`${title} Dana Levi spoke to reporters. She left.`)).toEqual([
        `${title} Dana Levi spoke to reporters.`,
        "She left.",
      ]);
  });
});

describe("page furniture: lines of the page, not of the story", () => {
  it("knows advertisement slots, links, sign-up prompts, photo credits and bylines", () => {
    for (const line of [
      "Advertisement",
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "READ MORE: Gaza truce talks resume in Cairo",
      "Related: What we know about the hostages",
      "Sign up for our Middle East newsletter",
      "REUTERS/Amir Cohen",
      "AFP via Getty Images",
      "By Jane Doe",
      "By Jane Doe and Omar Said, Reuters",
      "By Jane Doe, Omar Said and Ana Ruiz",
      "By Jane Doe in Cairo",
    ])
      expect(isFurniture(line), line).toBe(true);
  });

  it("keeps the story's own lines, headlines that open with 'By' among them", () => {
    for (const line of [
      "By Land and Sea: How Aid Reaches Gaza",
      "By Tuesday, the talks had collapsed.",
      "Blinken Lands in Israel",
      "Related talks are due in Cairo next week.",
      "Reuters reported that the envoy had left Doha.",
      "Secretary of State Antony Blinken in Tel Aviv, Israel, January 9, 2024. REUTERS/Evelyn Hockstein/Pool",
    ])
      expect(isFurniture(line), line).toBe(false);
  });

  it("makes no paragraph of them, and hands them to the caller", () => {
    const text =
      "Blinken Lands in Israel\n\nBy Jane Doe, Reuters\n\n“We will keep working,” Blinken said.\n\nAdvertisement\n\n“Every day counts.”";
    const furniture: Segment[] = [];
    const paragraphs = segment(text, furniture);
    expect(paragraphs.map((p) => p.text)).toEqual([
      "Blinken Lands in Israel",
      "“We will keep working,” Blinken said.",
      "“Every day counts.”",
    ]);
    expect(paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(furniture.map((f) => f.text)).toEqual(["By Jane Doe, Reuters", "Advertisement"]);
  });
});
