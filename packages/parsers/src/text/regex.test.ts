import { describe, expect, it } from "vitest";
import { asciiWords, fastWordStart, firstWords, holdsAny, matchesOf } from "./regex.js";

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

describe("asciiWords and firstWords", () => {
  it("finds a sentence's words lower-cased, split at anything not an ASCII letter", () => {
    expect([...asciiWords("Israeli strikes KILLED 24 people, self-declared; l'Orient")]).toEqual([
      "israeli",
      "strikes",
      "killed",
      "people",
      "self",
      "declared",
      "l",
      "orient",
    ]);
  });

  it("folds the two letters the i and u flags fold into ASCII letters", () => {
    // U+212A KELVIN SIGN matches k, U+017F LONG S matches s, in a case-blind unicode pattern.
    expect(/killed/iu.test("\u212Ailled")).toBe(true);
    expect(asciiWords("\u212Ailled").has("killed")).toBe(true);
    expect(/hostages/iu.test("ho\u017Ftages")).toBe(true);
    expect(asciiWords("ho\u017Ftages").has("hostages")).toBe(true);
  });

  it("takes the first word of each phrase, and none when a phrase opens with no ASCII letter", () => {
    expect([...(firstWords(["taken hostage", "Killed", "self-declared"]) ?? [])]).toEqual(["taken", "killed", "self"]);
    expect(firstWords(["killed", "300+"])).toBeUndefined();
  });

  it("tells whether a set holds any of some words", () => {
    expect(holdsAny(new Set(["a", "b"]), new Set(["c", "b"]))).toBe(true);
    expect(holdsAny(new Set(["a", "b"]), new Set(["c"]))).toBe(false);
  });
});
