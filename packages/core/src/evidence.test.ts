import { describe, expect, it } from "vitest";
import { OffsetMap, checkSpan, sliceCodePoints, codePointLength } from "./evidence.js";
import { CasualtyFigure, Evidence } from "./index.js";

describe("offsets in code points", () => {
  it("maps UTF-16 offsets past astral characters to code points", () => {
    const text = "😀 Blinken said";
    const map = new OffsetMap(text);
    const u16 = text.indexOf("Blinken");
    expect(u16).toBe(3);
    expect(map.toCodePoint(u16)).toBe(2);
    expect(sliceCodePoints(text, 2, 9)).toBe("Blinken");
  });

  it("a lone surrogate is one code point, in OffsetMap and sliceCodePoints alike", () => {
    const text = "a\ud800b \udc00c 😀 d\ud83d";
    const map = new OffsetMap(text);
    for (let u = 0; u <= text.length; u++) {
      if (u > 0 && text.charCodeAt(u - 1) === 0xd83d && text.charCodeAt(u) === 0xde00) continue; // inside a pair
      const cp = map.toCodePoint(u);
      expect(Array.from(text).slice(0, cp).join("")).toBe(text.slice(0, u));
    }
    const points = Array.from(text);
    for (let s = 0; s <= points.length + 1; s++)
      for (let e = 0; e <= points.length + 1; e++) {
        expect(sliceCodePoints(text, s, e)).toBe(points.slice(s, e).join(""));
      }
    expect(sliceCodePoints(text, -3, -1)).toBe(points.slice(-3, -1).join(""));
  });

  it("reports a span that does not match the text", () => {
    expect(checkSpan("abc def", { start: 4, end: 7, text: "def" })).toBeNull();
    expect(checkSpan("abc def", { start: 3, end: 7, text: "def" })).toContain("record says");
  });
});

describe("schemas", () => {
  it("rejects an evidence span without text and a casualty figure with an unknown qualifier", () => {
    expect(Evidence.safeParse({ document_id: "d1", start: 0, end: 1, text: "" }).success).toBe(false);
    const figure = {
      id: "casualty_1",
      document_id: "d1",
      kind: "killed",
      count: 3,
      count_text: "three",
      qualifier: "roughly",
      min: null,
      max: null,
      population: null,
      place_id: null,
      as_of: null,
      as_of_precision: null,
      period_text: null,
      attributed_to_id: null,
      attributed_to_text: null,
      part_of: null,
      evidence: [{ document_id: "d1", start: 0, end: 5, text: "three" }],
      rule: "x",
    };
    expect(CasualtyFigure.safeParse(figure).success).toBe(false);
    expect(CasualtyFigure.safeParse({ ...figure, qualifier: "about" }).success).toBe(true);
  });
});

describe("codePointLength", () => {
  it("counts a surrogate pair as one code point and a lone half as one, as Array.from does", () => {
    for (const text of ["", "Gaza", "flag 🇵🇸 and 👍 end", "lone \ud800 high", "lone \udc00 low", "\ud83d\ude00\ud800", "pair at end 😀"])
      expect(codePointLength(text)).toBe(Array.from(text).length);
  });
});
