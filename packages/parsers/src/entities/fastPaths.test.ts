/**
 * The fast paths change no result. The whole-text scans find the same matches: a capital-letter pre-test lets
 * non-ASCII capitals through, a first-character pre-test keeps every word of its list, and the description rule's
 * window, which starts after
 * the last character that cannot be in a description, still finds descriptions with full stops inside ("U.N.").
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../analysis.js";
import { capitalAhead, firstCharAhead, matchesOf } from "../text/regex.js";
import { slug } from "./gazetteer.js";

const mentions = (text: string, rule: string) =>
  analyse("t", text, "2024-01-10")
    .mentions.filter((m) => m.rule === rule)
    .map((m) => m.text);

describe("scan pre-tests", () => {
  it("capitalAhead passes capitals outside ASCII on to the pattern's own test", () => {
    const re = new RegExp(String.raw`${capitalAhead()}(?=\p{Lu})\p{Lu}\p{L}+`, "gu");
    expect(matchesOf(re, "then Ömer Çelik and Éric met Łukasz, not émile").map((m) => m[0])).toEqual(["Ömer", "Çelik", "Éric", "Łukasz"]);
  });

  it("firstCharAhead keeps every word of its list, whatever its first character", () => {
    const words = ["Abbas", "al-Sisi", "[x]", "-dash", "^hat", "\\back"];
    const re = new RegExp(`${firstCharAhead(words)}(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "g");
    expect(matchesOf(re, words.join(" ")).map((m) => m[0])).toEqual(words);
  });

  it("a titled name with a non-ASCII capital is still found", () => {
    expect(mentions("Foreign Minister Ümit Özgür spoke in Ankara.", "mention/titled-name")).toEqual(["Foreign Minister Ümit Özgür"]);
  });
});

describe("the description rule's window", () => {
  it("finds a description right after a full stop, a quote mark or a parenthesis", () => {
    expect(mentions("The talks ended. Two senior Israeli officials said little.", "mention/description")).toEqual([
      "Two senior Israeli officials",
    ]);
    expect(mentions("“It is over,” two Egyptian officials said.", "mention/description")).toEqual(["two Egyptian officials"]);
    expect(mentions("The plan (a senior Qatari official said) stands.", "mention/description")).toEqual(["a senior Qatari official"]);
  });

  it("reads on through a full stop after a capital and through commas", () => {
    expect(mentions("A senior U.N. official said so.", "mention/description")).toEqual(["A senior U.N. official"]);
    // (a list of countries' counterparts is one mention per country; the first is found only if the window reaches it)
    expect(mentions("Blinken thanked his Israeli, Qatari and Egyptian counterparts.", "mention/description")).toEqual([
      "Israeli",
      "Qatari",
      "Egyptian counterparts",
    ]);
  });
});

describe("slug", () => {
  it("gives the same ids on the ASCII fast path and through the letter table and NFKD", () => {
    expect(slug("Abdel Fattah el-Sisi")).toBe("abdel-fattah-el-sisi");
    expect(slug("O'Brien and O’Neill")).toBe("obrien-and-oneill");
    expect(slug("Jonas Gahr Støre")).toBe("jonas-gahr-store");
    expect(slug("Recep Tayyip Erdoğan")).toBe("recep-tayyip-erdogan");
    expect(slug("  Deir al-Balah!  ")).toBe("deir-al-balah");
  });
});
