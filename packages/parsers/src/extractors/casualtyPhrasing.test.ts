/**
 * Casualty phrasings of wire copy that the number-plus-people patterns missed or misread: a bare number after an
 * acting verb, running totals, remains, releases, collective nouns, "the dead included", and sources named by a
 * possessive or a verb of reporting. Every sentence here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../analysis.js";
import { extractCasualties } from "./CasualtyExtractor.js";

const figures = (text: string) =>
  extractCasualties(analyse("t", text, "2024-01-20")).map((c) => ({
    kind: c.kind,
    count: c.count,
    qualifier: c.qualifier,
    population: c.population,
    part_of: c.partOf,
    source: c.attributedText,
  }));
const brief = (text: string) => figures(text).map((f) => [f.kind, f.count, f.qualifier, f.part_of]);

describe("a bare number after an acting verb", () => {
  it("counts people when its phrase ends: punctuation, 'and', 'in', 'overnight', a headline's end", () => {
    expect(brief("Air strikes killed 31 overnight, including nine children, the civil defence said.")).toEqual([
      ["killed", 31, "exact", null],
      ["killed", 9, "exact", 0],
    ]);
    expect(brief("The raid killed at least 17 and wounded more than 60, medics said.")).toEqual([
      ["killed", 17, "at_least", null],
      ["wounded", 60, "more_than", null],
    ]);
    expect(brief("Shelling kills 12 in Khan Younis")).toEqual([["killed", 12, "exact", null]]);
    expect(figures("Gunmen wounded 4, the police said.")[0]).toMatchObject({ kind: "wounded", count: 4, population: null });
  });

  it("leaves percentages, ages, animals, durations and the first digits of a larger number alone", () => {
    expect(figures("The drought killed 30 percent of the herds.")).toEqual([]);
    expect(figures("The gunman killed a 19-year-old at the checkpoint.")).toEqual([]);
    expect(figures("The blast killed 19-year-old Samir and his cousin.")).toEqual([]);
    expect(figures("The storm killed 14 cattle.")).toEqual([]);
    expect(figures("The disease killed 40 years ago, in another war.")).toEqual([]);
    expect(figures("Hunger killed 2,500 percent more than the bombs.")).toEqual([]);
  });
});

describe("running totals", () => {
  it("reads 'bringing/raising the toll to N' as a death toll, and 'past N' as more than N", () => {
    expect(brief("Two more soldiers died of their wounds, raising the army's death toll in the offensive to 214.")).toEqual([
      ["killed", 2, "exact", null],
      ["killed", 214, "exact", null],
    ]);
    expect(brief("The new strikes pushed the overall toll in the enclave past 300.")).toEqual([["killed", 300, "more_than", null]]);
    expect(brief("The toll climbed past 75 by nightfall, medics said.")).toEqual([["killed", 75, "more_than", null]]);
    // An irregular past tense comes from the lexicon ("bring" → "brought").
    expect(brief("The shelling brought the overall death toll in the camp to 118.")).toEqual([["killed", 118, "exact", null]]);
  });

  it("does not read the idiom 'take a toll on' as a running total", () => {
    expect(figures("The siege has taken a heavy toll on families, who are limited to 2 meals a day.")).toEqual([]);
    expect(figures("The war is taking its toll on residents, reduced to 3 litres of water a day.")).toEqual([]);
  });

  it("reads 'the number of <people> <outcome> has risen to N' with the outcome's kind and the people", () => {
    expect(figures("The number of Palestinians wounded has risen to 61,000, the ministry said.")).toEqual([
      { kind: "wounded", count: 61000, qualifier: "exact", population: "Palestinians", part_of: null, source: "the ministry" },
    ]);
    expect(brief("The number of people displaced rose to 1.7 million.")).toEqual([["displaced", 1_700_000, "exact", null]]);
  });
});

describe("remains and releases", () => {
  it("counts 'the bodies of N hostages' as dead, also inside an including-phrase", () => {
    expect(figures("The bodies of three hostages were recovered by troops overnight.")).toEqual([
      { kind: "killed", count: 3, qualifier: "exact", population: "hostages", part_of: null, source: null },
    ]);
    expect(brief("Militants hold 120 captives, including the bodies of at least 20 people.")).toEqual([
      ["hostages", 120, "exact", null],
      ["killed", 20, "at_least", 0],
    ]);
  });

  it("does not count hostages freed, rescued or handed over as people held", () => {
    expect(figures("Hamas freed 24 hostages on Friday under the truce.")).toEqual([]);
    expect(figures("Commandos rescued three hostages in a night raid.")).toEqual([]);
    expect(figures("Hamas handed over 11 hostages to the Red Cross.")).toEqual([]);
    expect(figures("Nine hostages were released on Sunday.")).toEqual([]);
  });

  it("still counts hostages whose release is to come (a demand, a deal, 'the release of')", () => {
    expect(brief("Hamas agreed to release 50 hostages in exchange for prisoners.")).toEqual([["hostages", 50, "exact", null]]);
    expect(brief("The deal will see 33 hostages freed in the first phase.")).toEqual([["hostages", 33, "exact", null]]);
    expect(brief("Talks centred on the release of 40 hostages.")).toEqual([["hostages", 40, "exact", null]]);
  });
});

describe("collective phrasings", () => {
  it("counts the members of 'a family of N'", () => {
    expect(figures("An air strike killed a family of seven in Nuseirat, relatives said.")[0]).toMatchObject({
      kind: "killed",
      count: 7,
      population: "family",
    });
    expect(brief("A family of four was killed when the building collapsed.")).toEqual([["killed", 4, "exact", null]]);
    expect(figures("A family of five fled south on foot.")).toEqual([]);
  });

  it("reads 'the dead included N', 'among those killed were N', 'N … were among the dead' as part of the figure before", () => {
    expect(brief("Israeli strikes killed 25 people in Jabalia. The dead included seven women.")).toEqual([
      ["killed", 25, "exact", null],
      ["killed", 7, "exact", 0],
    ]);
    expect(brief("Shelling wounded 40 people. Among those wounded were three journalists.")).toEqual([
      ["wounded", 40, "exact", null],
      ["wounded", 3, "exact", 0],
    ]);
    expect(figures("Eleven members of one family were among the dead.")).toEqual([
      { kind: "killed", count: 11, qualifier: "exact", population: "members of one family", part_of: null, source: null },
    ]);
  });
});

describe("sources", () => {
  it("takes the owner of a tally ('the ministry's toll') for the tally's figures, not for an army's own dead", () => {
    expect(figures("The ministry's toll stood at 41,000 dead and 95,000 wounded on Monday.").map((f) => f.source)).toEqual([
      "The ministry",
      "The ministry",
    ]);
    expect(figures("Two soldiers died, bringing the army's death toll to 214.").map((f) => f.source)).toEqual([null, null]);
  });

  it("reads 'X reported' and 'X claimed' after a figure as its source", () => {
    expect(figures("At least 50 people were killed in the strike, the Palestinian Red Crescent reported.")[0]?.source).toBe(
      "Palestinian Red Crescent",
    );
    expect(figures("At least 9 soldiers were killed in the ambush, Hamas claimed.")[0]?.source).toBe("Hamas");
  });
});
