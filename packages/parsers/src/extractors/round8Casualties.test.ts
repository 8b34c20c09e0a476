import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";
import { countsIn as counts, figuresIn as figures, sourcesIn as sources } from "../testkit.js";

/** Each figure as "count kind @place" ("-": no place). */
function placed(text: string) {
  const r = extractDocument(text, { id: "t", published: "2024-03-10" });
  const name = new Map(r.places.map((p) => [p.id, p.name]));
  return r.casualty_figures.map((c) => `${c.count} ${c.kind} @${(c.place_id && name.get(c.place_id)) ?? "-"}`);
}
/** Each figure as "count kind population part" ("y": a part of another figure). */
const parts = (text: string) => figures(text).map((f) => `${f.count} ${f.kind} ${f.pop} ${f.part ?? "-"}`);

describe("casualty figures, round 8: a group of the dead named first, then a list of 'N were X'", () => {
  it("reads every item of the list, after a group with a relative clause", () => {
    expect(
      parts("Headline\n\nOf the people killed whose remains were identified, 3,120 were children, 2,040 were women and 610 were elderly."),
    ).toEqual(["3120 killed children -", "2040 killed women -", "610 killed elderly -"]);
    expect(parts("Headline\n\nOf those killed, 40 were children and 25 were women.")).toEqual([
      "40 killed children -",
      "25 killed women -",
    ]);
  });

  it("makes the items parts of the paragraph's total, none a part of another item", () => {
    expect(
      parts(
        "Headline\n\nThe ministry said 9,000 people had been killed. " +
          "Of the dead, 3,000 were children, 2,000 were women and 500 were elderly.",
      ),
    ).toEqual(["9000 killed people -", "3000 killed children y", "2000 killed women y", "500 killed elderly y"]);
  });

  it("takes no item that is no group of people", () => {
    expect(counts("Headline\n\nOf the dead, 40 were women, and 12 were wounded in the second strike.")).toEqual([
      "12 wounded",
      "40 killed",
    ]);
  });
});

describe("casualty figures, round 8: the dead and the held without a casualty word", () => {
  it("reads 'no longer alive' as dead", () => {
    expect(
      figures("Headline\n\nIsrael believes at least 35 are no longer alive.").map((f) => `${f.count} ${f.kind} ${f.q} ${f.src}`),
    ).toEqual(["35 killed at_least Israel"]);
    expect(counts("Headline\n\nAbout 20 of the captives are alive, and 12 hostages are no longer living.")).toContain("12 killed");
  });

  it("reads bare people still held in the enclave or in Gaza as hostages", () => {
    expect(counts("Headline\n\nOf the 98 people still held in the enclave, most are men.")).toEqual(["98 hostages"]);
    expect(counts("Headline\n\nThe families of the 101 people held in Gaza marched on Jerusalem.")).toEqual(["101 hostages"]);
  });

  it("leaves people held elsewhere, or a group with a name of its own, alone", () => {
    expect(counts("Headline\n\nAbout 9,000 Palestinians are held in Israeli prisons.")).toEqual([]);
    expect(counts("Headline\n\nThree people were held in Gaza for questioning by the police.")).toEqual([]);
  });
});

describe("casualty figures, round 8: the people's words", () => {
  it("reads a progressive passive ('were being killed')", () => {
    expect(placed("Headline\n\nBetween 15 and 25 civilians were being killed in Rafah every day.")).toEqual(["15 killed @Rafah"]);
  });

  it("reads the members of a family before the verb", () => {
    expect(placed("Headline\n\nSix members of the same family were killed in Nablus on Monday.")).toEqual(["6 killed @Nablus"]);
    expect(counts("Headline\n\nEleven members of the Abu Hamad family were wounded.")).toEqual(["11 wounded"]);
    expect(counts("Headline\n\nFour members of the board were appointed.")).toEqual([]);
  });

  it("takes no new figure from 'the six', which refers back to people already counted", () => {
    expect(counts("Headline\n\nThe bodies of four hostages were recovered. The four were killed by their captors.")).toEqual(["4 killed"]);
    expect(counts("Headline\n\nFour were killed by their captors.")).toEqual(["4 killed"]);
  });

  it("keeps the place after an aside that says who one of them was", () => {
    expect(placed("Headline\n\nFive people were killed, one of them a child, in a strike on a house in Jabalia.")).toEqual([
      "5 killed @Jabalia",
      "1 killed @Jabalia",
    ]);
  });
});

describe("casualty figures, round 8: sources", () => {
  it("takes the source that opens a headline before a colon", () => {
    expect(sources("WHO: 300,000 displaced from Khan Younis\n\nThe agency gave no other figures.")).toEqual(["300000 WHO"]);
  });

  it("leaves a place before a colon no source", () => {
    expect(sources("Headline\n\nGaza: At least 31,000 people have been killed.")).toEqual(["31000 -"]);
  });

  it("takes a name set off by commas after its title, before the verb of saying", () => {
    expect(
      sources("Headline\n\nFour soldiers were killed in southern Gaza, the army's spokesman, Daniel Hagari, said on Tuesday."),
    ).toEqual(["4 Daniel Hagari"]);
    expect(sources("Headline\n\nTwo aid workers were wounded, the foreign secretary, David Lammy, said.")).toEqual(["2 David Lammy"]);
  });
});

describe("casualty figures, round 8: communities of the October 7 attack", () => {
  it("places figures in the kibbutzim", () => {
    expect(placed("Headline\n\nAt least 90 people were killed in Be'eri.")).toEqual(["90 killed @Be'eri"]);
    expect(placed("Headline\n\nAbout 60 residents were killed in Kfar Aza.")).toEqual(["60 killed @Kfar Aza"]);
    expect(placed("Headline\n\nMore than 70 residents were taken hostage from Nir Oz.")).toEqual(["70 hostages @Nir Oz"]);
  });
});

describe("casualty figures, round 8: a period up to the report is no date of the count", () => {
  it("dates a figure 'over the past year' by the day it was said, not by the year before", () => {
    expect(
      figures("Headline\n\nThe war has killed 38,000 people over the past year, health officials said on Monday.", "2024-09-11").map(
        (f) => f.asOf,
      ),
    ).toEqual(["2024-09-09"]);
    expect(figures("Headline\n\nIn the past week 210 people were killed.", "2024-09-11").map((f) => f.asOf)).toEqual([null]);
  });
});
