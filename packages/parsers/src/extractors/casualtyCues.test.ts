/**
 * The casualty figure patterns are skipped on a sentence that holds none of their cue words (CasualtyExtractor.ts,
 * `cue`). That is only a saving if it never drops a match: on every sentence of the corpus and dev articles and on a
 * sentence written for each pattern, a pattern that matches must find one of its cue words.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { asciiWords, matchesOf } from "../text/regex.js";
import { CASUALTY_PATTERNS, extractCasualties } from "./CasualtyExtractor.js";
import { analyse } from "../analysis.js";

/** One sentence at least for each pattern (rule ids repeat: several patterns share a rule). */
const WRITTEN = [
  "More than 40 Palestinians were killed in Khan Younis overnight.",
  "The blast left another 30 people wounded.",
  "The strike left 12 dead.",
  "The UN condemned the killing of seven aid workers.",
  "The agency said it had lost 102 staff members since the war began.",
  "The strikes killed at least 31 civilians.",
  "The raid killed 20, including four children.",
  "The war has claimed more than 27,000 lives.",
  "The shelling took the lives of 12 people in Jabalia.",
  "A strike killed a family of six in Deir al-Balah.",
  "A family of five was killed in the raid.",
  "The bodies of five hostages were recovered.",
  "About 130 hostages remain in Gaza.",
  "The strike raised the death toll to 177.",
  "The number of soldiers killed has risen to 221.",
  "The death toll has reached nearly 1,200.",
  "The number of injuries has risen to 72,889.",
  "Around 240 were taken hostage.",
  "Hamas seized 250 hostages, 116 of whom remain in Gaza.",
  "Hamas holds 130 hostages. At least 29 of them are believed to be dead.",
  "The dead included four children.",
  "Among those killed were two doctors.",
  "Thirteen members of one family were among the dead.",
  "The agency said 152 of its staff had been killed.",
  "At least 12 wounded were taken to Nasser hospital.",
  "Another 40 were killed overnight, bringing the total to 32,414.",
  "Of the 251 hostages seized on Oct. 7, 116 remain in Gaza.",
  "Killed: 1,139. Wounded: 8,730.",
  "Nearly two dozen of the dead were children.",
  "The ministry reported 77 deaths over the weekend.",
  "With 7,000 still missing under the rubble, rescuers dug on.",
  "The attack brought to 52 the number of soldiers killed in the north.",
  "The agency cut its estimate of women killed to 4,100.",
  "Of those killed, some 3,000 were children.",
  "Of the 250 hostages, 105 were released in November; 120 remain in Gaza.",
  "Two nurses were among the 14 people wounded in the strike.",
  "More than 5,000 residents have fled eastern Aleppo.",
  "Agency: 80,000 displaced from the north in a week.",
  "Israeli reservist killed, 4 wounded in mortar attack.",
  "Three hostages found dead in a building, army says.",
  "At least 9 were rushed to hospital in serious condition.",
  "Nine of the remaining hostages are soldiers.",
  "Some 240 people were abducted. About 150 remain in the enclave.",
  "- Dead in Lebanon: 3,961 (health ministry)",
  "Of those killed whose names are known, 310 were children and 205 were women.",
  "Four members of the same family were killed in Tubas.",
  "Officials believe at least 28 are no longer alive.",
  "Relatives of the 95 people still held in the enclave marched.",
];

function sentencesOf(dir: URL): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => analyse(f, readFileSync(new URL(f, dir), "utf8"), "2024-02-06").sentences.map((s) => s.text));
}

describe("casualty pattern cues", () => {
  it("every pattern has cue words", () => {
    for (const p of CASUALTY_PATTERNS) expect(p.cueWords?.size, p.rule).toBeGreaterThan(0);
  });

  it("each written sentence gives a figure", () => {
    for (const s of WRITTEN) expect(extractCasualties(analyse("t", s, "2024-02-06")).length, s).toBeGreaterThan(0);
  });

  it("every pattern matches one written sentence at least", () => {
    for (const p of CASUALTY_PATTERNS)
      expect(
        WRITTEN.some((s) => matchesOf(p.re, s).length > 0),
        p.re.source.slice(0, 80),
      ).toBe(true);
  });

  it("a pattern matches only where one of its cue words is", () => {
    const root = new URL("../../../../", import.meta.url);
    const sentences = [...WRITTEN, ...sentencesOf(new URL("corpus/articles/", root)), ...sentencesOf(new URL("eval/dev/articles/", root))];
    expect(sentences.length).toBeGreaterThan(300);
    for (const s of sentences) {
      const words = asciiWords(s);
      for (const p of CASUALTY_PATTERNS) {
        if (!matchesOf(p.re, s).length) continue;
        expect(
          [...(p.cueWords ?? [])].some((w) => words.has(w)),
          `${p.rule} on: ${s}`,
        ).toBe(true);
      }
    }
  });
});
