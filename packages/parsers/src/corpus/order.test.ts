import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractDocument, type Extraction } from "../extract.js";
import type { DocumentMeta } from "../document/DocumentParser.js";
import { mergeCorpus } from "./merge.js";

// The corpus articles are read here (never copied): their five extractions, merged in any order, must give the
// same dataset byte for byte.
const corpus = new URL("../../../../corpus/", import.meta.url);
type Manifest = { documents: Array<DocumentMeta & { file: string }> };
const manifest = JSON.parse(readFileSync(new URL("manifest.json", corpus), "utf8")) as Manifest;
const extractions: Extraction[] = manifest.documents.map((d) =>
  extractDocument(readFileSync(new URL(d.file, corpus), "utf8").replace(/^\ufeff/, ""), { ...d, published_basis: "manifest" }),
);

describe("mergeCorpus: order does not matter", () => {
  const expected = JSON.stringify(mergeCorpus(extractions));

  it("reversed", () => {
    expect(JSON.stringify(mergeCorpus([...extractions].reverse()))).toBe(expected);
  });

  it("any order (every permutation of the five corpus documents)", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(extractions, { minLength: extractions.length }), (order) => {
        expect(JSON.stringify(mergeCorpus(order))).toBe(expected);
      }),
      { numRuns: 120, seed: 1 },
    );
  });

  it("written sentences: a meeting two articles place differently keeps the same place and conflict in either order", () => {
    const text = "Secretary of State Antony Blinken met Prime Minister Benjamin Netanyahu in Jerusalem on Tuesday.";
    const a = extractDocument(text, { id: "a", published: "2024-01-10" });
    const b = extractDocument("Blinken met Netanyahu in Tel Aviv on Tuesday.", { id: "b", published: "2024-01-10" });
    expect(JSON.stringify(mergeCorpus([b, a]))).toBe(JSON.stringify(mergeCorpus([a, b])));
  });
});
