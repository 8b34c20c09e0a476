import { describe, expect, it } from "vitest";
import { fastWordStart, matchesOf } from "./regex.js";

const both = (re: RegExp, text: string) => ({
  ours: matchesOf(re, text).map((m) => [m.index, ...m]),
  matchAll: [...text.matchAll(re)].map((m) => [m.index, ...m]),
});

describe("matchesOf", () => {
  it("gives the matches matchAll gives, groups and all", () => {
    const { ours, matchAll } = both(/(\p{Lu}\p{Ll}+)\s+(said|met)/gu, "Blinken met Safadi. Safadi said so, and Abbas met him.");
    expect(ours).toEqual(matchAll);
    expect(ours.map((m) => m[1])).toEqual(["Blinken met", "Safadi said", "Abbas met"]);
  });

  it("moves past empty matches, a surrogate pair as one character under the u flag", () => {
    for (const re of [/x*/g, /x*/gu, /(?=a)/g]) {
      const { ours, matchAll } = both(re, "a😀xa😀");
      expect(ours).toEqual(matchAll);
    }
    expect(matchesOf(/x*/gu, "😀").length).toBe(2); // before and after the pair, never between its halves
  });

  it("leaves the pattern ready for reuse while its matches are read", () => {
    const re = /\d+/g;
    const outer = matchesOf(re, "1 22 333");
    expect(outer.map((m) => matchesOf(re, m[0]).length)).toEqual([1, 1, 1]);
    expect(re.lastIndex).toBe(0);
  });

  it("refuses a pattern without the g flag, as matchAll does", () => {
    expect(() => matchesOf(/a/, "a")).toThrow(/global/);
  });
});

describe("fastWordStart", () => {
  it("finds what the leading \\b found, under the i and u flags", () => {
    const re = /\b(?:killed|kill|wounded)\s+\d+/giu;
    const text = "Strikes killed 12 and WOUNDED 40; unkilled 3, skill 5, (killed 7).";
    expect(matchesOf(fastWordStart(re), text).map((m) => [m.index, m[0]])).toEqual(matchesOf(re, text).map((m) => [m.index, m[0]]));
    expect(fastWordStart(re).source).not.toMatch(/^\\b/);
  });

  it("leaves other patterns alone", () => {
    const plain = /\bmet\b/gi;
    expect(fastWordStart(plain)).toBe(plain);
  });
});
