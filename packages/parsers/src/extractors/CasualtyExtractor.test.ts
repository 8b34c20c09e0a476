import { describe, expect, it } from "vitest";
import { analyse } from "../analysis.js";
import { extractCasualties } from "./CasualtyExtractor.js";

const figures = (text: string) =>
  extractCasualties(analyse("t", text, "2023-10-12")).map((c) => ({
    kind: c.kind,
    count: c.count,
    count_text: c.countText,
    qualifier: c.qualifier,
    min: c.min,
    max: c.max,
    population: c.population,
    part_of: c.partOf,
    source: c.attributedText,
  }));

describe("CasualtyExtractor", () => {
  it("reads 'more than', bounds and an including-subset", () => {
    expect(figures("Air strikes killed more than 220 Palestinians in Gaza, including more than 100 women and children.")).toEqual([
      {
        kind: "killed",
        count: 220,
        count_text: "more than 220",
        qualifier: "more_than",
        min: 221,
        max: null,
        population: "Palestinians",
        part_of: null,
        source: null,
      },
      {
        kind: "killed",
        count: 100,
        count_text: "more than 100",
        qualifier: "more_than",
        min: 101,
        max: null,
        population: "women and children",
        part_of: 0,
        source: null,
      },
    ]);
  });

  it("reads 300+, number words and 'nearly'", () => {
    expect(figures("300+ Palestinians wounded")[0]).toMatchObject({ kind: "wounded", count: 300, qualifier: "more_than", min: 301 });
    expect(figures("The shelling killed two children.")[0]).toMatchObject({ count: 2, qualifier: "exact", population: "children" });
    expect(figures("The death toll has reached nearly 1,200, the Health Ministry said.")[0]).toMatchObject({
      kind: "killed",
      count: 1200,
      qualifier: "nearly",
      max: 1199,
      source: "Health Ministry",
    });
  });

  it("reads hostages, 'at least', 'about' and attribution to a ministry", () => {
    expect(figures("Hamas is holding about 240 hostages.")[0]).toMatchObject({ kind: "hostages", count: 240, qualifier: "about" });
    expect(figures("At least 18 people were killed in Rafah, according to the Gaza Health Ministry.")[0]).toMatchObject({
      kind: "killed",
      count: 18,
      qualifier: "at_least",
      population: "people",
      source: "Gaza Health Ministry",
    });
  });

  it("ignores numbers that are not people", () => {
    for (const text of [
      "Hamas fired more than 4,000 rockets at Israel.",
      "The US approved $735 million in aid.",
      "After 11 days of fighting, a ceasefire held.",
      "Turnout was 12.53% in the district.",
      "He arrived at 10 a.m. after a 12-hour flight.",
    ])
      expect(figures(text)).toEqual([]);
  });

  it("treats vague words as no count", () => {
    expect(figures("Several Israelis were injured and dozens of people were killed.")).toEqual([]);
  });

  it("a subset in a state: 'including five who were in critical condition'", () => {
    const f = figures("The ministry said 40 others were wounded in the strike, including five who were in critical condition.");
    expect(f.map((x) => [x.kind, x.count, x.population, x.part_of])).toEqual([
      ["wounded", 40, "others", null],
      ["wounded", 5, "others in critical condition", 0],
    ]);
  });

  it("'hostages, 90 of whom remain' counts the hostages; 'N are dead' is a figure", () => {
    const f = figures("The gunmen also seized hostages, 90 of whom remain in Gaza, although the army says 30 are dead.");
    expect(f.map((x) => [x.kind, x.count, x.population])).toEqual([
      ["killed", 30, null],
      ["hostages", 90, "hostages"],
    ]);
  });

  it("'the killing of two top commanders': ranks before the people counted", () => {
    expect(
      figures("Fears grew after the targeted killing of two top commanders in Syria.").map((x) => [x.kind, x.count, x.population]),
    ).toEqual([["killed", 2, "top commanders"]]);
  });

  it("counts of none are no figures: 'no deaths', '0 people', 'Nearly 0 people'", () => {
    expect(figures("No Israeli deaths were reported.")).toEqual([]);
    expect(figures("Nearly 0 people in the town fled their homes.")).toEqual([]);
  });
});
