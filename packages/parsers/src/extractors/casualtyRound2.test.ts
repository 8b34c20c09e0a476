/**
 * Casualty phrasings of a second round of probes: numbers in dozens, lists of groups after "including", bare running
 * totals, lasting states ("remain missing"), shares set off beside a count, captives, an organisation's fighters,
 * people named by whom they served, captives still held "of the N hostages", and sources no mention rule names.
 * Every sentence here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../analysis.js";
import { extractCasualties, parseCount } from "./CasualtyExtractor.js";

const figures = (text: string) =>
  extractCasualties(analyse("t", text, "2024-01-20")).map((c) => ({
    kind: c.kind,
    count: c.count,
    qualifier: c.qualifier,
    part_of: c.partOf,
    source: c.attributedText,
  }));
const brief = (text: string) => figures(text).map((f) => [f.kind, f.count, f.qualifier, f.part_of]);

describe("dozens and hundreds written out", () => {
  it("multiplies by a dozen as by a hundred, and reads 'a' as one", () => {
    expect(parseCount("two dozen")).toBe(24);
    expect(parseCount("a dozen")).toBe(12);
    expect(parseCount("a thousand")).toBe(1000);
    expect(parseCount("three hundred")).toBe(300);
    expect(brief("Nearly two dozen people were wounded in the shelling.")).toEqual([["wounded", 24, "nearly", null]]);
    expect(brief("About a dozen people were killed at the checkpoint.")).toEqual([["killed", 12, "about", null]]);
  });

  it("still leaves the vague plural alone", () => {
    expect(figures("Dozens of people were killed in the night raids.")).toEqual([]);
  });
});

describe("an including-list of several groups", () => {
  it("makes each group listed a part of the total", () => {
    expect(brief("The blast killed at least 31 people, including eight children and five women, rescuers said.")).toEqual([
      ["killed", 31, "at_least", null],
      ["killed", 8, "exact", 0],
      ["killed", 5, "exact", 0],
    ]);
    expect(brief("Shelling killed 70 people, including 20 children, 11 women and 2 journalists, and wounded 140.")).toEqual([
      ["killed", 70, "exact", null],
      ["killed", 20, "exact", 0],
      ["killed", 11, "exact", 0],
      ["killed", 2, "exact", 0],
      ["wounded", 140, "exact", null],
    ]);
  });

  it("does not take the subject of the next clause into the list", () => {
    expect(brief("The raid killed 15 people, including three children, 40 people were wounded.")).toEqual([
      ["wounded", 40, "exact", null],
      ["killed", 15, "exact", null],
      ["killed", 3, "exact", 1],
    ]);
  });
});

describe("bare running totals", () => {
  it("reads 'bringing the total to N' as counting what the figure before it counts", () => {
    expect(brief("Another 18 people were killed on Friday, bringing the total to 4,210.")).toEqual([
      ["killed", 18, "exact", null],
      ["killed", 4210, "exact", null],
    ]);
    expect(brief("Six more soldiers were wounded, taking the overall count to more than 900.")).toEqual([
      ["wounded", 6, "exact", null],
      ["wounded", 900, "more_than", null],
    ]);
  });

  it("gives no figure for a total with no figure before it", () => {
    expect(figures("Forty more trucks crossed, bringing the total to 300.")).toEqual([]);
    expect(figures("The strikes went on, bringing the total to 300, the army said.")).toEqual([]);
  });

  it("reads 'bring the number of <people> <outcome> … to N'", () => {
    expect(brief("The new deaths bring the number of soldiers killed in the north to 96.")).toEqual([["killed", 96, "exact", null]]);
  });
});

describe("lasting states and asides", () => {
  it("reads 'remain missing', 'are still missing', 'are internally displaced'", () => {
    expect(brief("Some 40 people remain missing after the tower fell.")).toEqual([["missing", 40, "about", null]]);
    expect(brief("Around 300 people are still missing, rescuers said.")).toEqual([["missing", 300, "about", null]]);
    expect(brief("More than 2 million people are internally displaced.")).toEqual([["displaced", 2_000_000, "more_than", null]]);
  });

  it("reads past a share set off by commas between the people and the outcome", () => {
    expect(brief("About 1.4 million people, 60% of the population, have fled their homes.")).toEqual([
      ["displaced", 1_400_000, "about", null],
    ]);
  });
});

describe("captives", () => {
  it("reads 'took N people captive' and 'N taken hostage' after a first clause", () => {
    expect(brief("The gunmen took about 90 people captive in the raid.")).toEqual([["hostages", 90, "about", null]]);
    expect(brief("Some 300 people were killed and 45 taken hostage.")).toEqual([
      ["killed", 300, "about", null],
      ["hostages", 45, "exact", null],
    ]);
  });

  it("reads 'Of the N hostages …, M remain' as people still held, and not for other things", () => {
    expect(brief("Of the 180 hostages seized in the raid, 64 remain in captivity, officials said.")).toEqual([
      ["hostages", 180, "exact", null],
      ["hostages", 64, "exact", null],
    ]);
    expect(figures("Of the 50 trucks sent, 20 remain at the border.")).toEqual([]);
  });

  it("still drops captives freed when an adjective is followed by its noun", () => {
    expect(figures("Four captive soldiers were freed in the swap.")).toEqual([]);
  });
});

describe("who the people were", () => {
  it("counts an organisation's own fighters or citizens", () => {
    expect(brief("The group said three of its fighters were killed in the clashes.")).toEqual([["killed", 3, "exact", null]]);
    expect(brief("The ministry said 12 of its citizens had been wounded.")).toEqual([["wounded", 12, "exact", null]]);
  });

  it("reads past whom the people served: 'aid workers with …', 'journalists from …'", () => {
    expect(brief("Five aid workers with Medical Relief were killed on Monday.")).toEqual([["killed", 5, "exact", null]]);
    expect(brief("Two reporters said four journalists from Radio Sawt were wounded.")).toEqual([["wounded", 4, "exact", null]]);
  });
});

describe("sources the mention rules do not name", () => {
  it("takes the words before a verb of saying that ends or opens the sentence", () => {
    expect(figures("Strikes killed 14 people in the camp, the civil defence service said on Friday.")[0]?.source).toBe(
      "the civil defence service",
    );
    expect(figures("The rescue teams said that 22 people were killed in the collapse.")[0]?.source).toBe("The rescue teams");
    expect(figures("The authorities believe about 70 hostages are alive.")[0]?.source).toBe("The authorities");
    // A bare name opening the sentence is one side's claim, left unattributed as before.
    expect(figures("Syria says rebels killed 30 people.")[0]?.source).toBeNull();
  });

  it("takes no pronoun, relative word or figure for a source", () => {
    expect(figures("Strikes killed 14 people in the camp, which the rescue crews said was full.")[0]?.source).toBeNull();
    expect(figures("Strikes killed 14 people in the camp, as the rescue crews said.")[0]?.source).toBeNull();
    expect(figures("Strikes killed 14 people in the camp, the rescue crews said.")[0]?.source).toBe("the rescue crews");
  });
});
