/**
 * Issue 12: one bad document never loses the others. The parsers are replaced here by a version that throws,
 * or returns a record that breaks the schemas, for texts marked for it, so the test does not depend on which
 * parser bugs exist today.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ARTICLE, cli } from "./testing.js";

vi.mock("@shuttle/parsers", async (importOriginal) => {
  const real = await importOriginal<typeof import("@shuttle/parsers")>();
  return {
    ...real,
    extractDocument: (text: string, meta: Parameters<typeof real.extractDocument>[1]) => {
      if (text.includes("THROWS")) throw new TypeError("Cannot read properties of undefined (reading 'start')");
      const e = real.extractDocument(text, meta);
      const shifted = (q: (typeof e.quotes)[number]) => ({ ...q, evidence: [{ ...q.evidence[0]!, start: q.evidence[0]!.start + 1 }] });
      if (text.includes("INVALID")) e.quotes = e.quotes.map(shifted);
      return e;
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), "shuttle-isolation-"));
const good = join(dir, "good.txt");
const throws = join(dir, "throws.txt");
const invalid = join(dir, "invalid.txt");
writeFileSync(good, ARTICLE);
writeFileSync(throws, `THROWS ${ARTICLE}`);
writeFileSync(invalid, `INVALID ${ARTICLE}`);

describe("one bad document", () => {
  it("a single file whose extraction throws: named, exit 1, no stack trace", async () => {
    const r = await cli(["extract", throws]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`shuttle extract: ${throws}: extraction failed: Cannot read properties of undefined (reading 'start')\n`);
  });

  for (const format of ["json", "ndjson"]) {
    it(`${format}: a throwing and an invalid document are named; the good one's records are all there`, async () => {
      const r = await cli(["extract", throws, good, invalid, "--format", format]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`${throws}: extraction failed`);
      expect(r.err).toMatch(new RegExp(`${invalid}: its records do not validate, skipped: quotes quote_\\w+: evidence in invalid span`));
      const lines = () =>
        r.out
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l));
      const quotes = format === "json" ? JSON.parse(r.out).quotes : lines().filter((l) => l.table === "quotes");
      expect(quotes.map((q: { document_id: string }) => q.document_id)).toEqual(["good"]);
    });
  }

  it("build: a document whose records do not validate is named; the others are written", async () => {
    const root = mkdtempSync(join(tmpdir(), "shuttle-isolation-build-"));
    const { mkdirSync, readFileSync } = await import("node:fs");
    mkdirSync(join(root, "corpus"), { recursive: true });
    mkdirSync(join(root, "packages", "data"), { recursive: true });
    writeFileSync(join(root, "packages", "data", "package.json"), JSON.stringify({ version: "1.0.0" }));
    const documents = [
      { id: "good", file: good },
      { id: "invalid", file: invalid },
      { id: "throws", file: throws },
    ];
    writeFileSync(join(root, "corpus", "manifest.json"), JSON.stringify({ documents }));
    const r = await cli(["build", "--root", root]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${invalid}: its records do not validate`);
    expect(r.err).toContain(`${throws}: extraction failed`);
    const quotes = JSON.parse(readFileSync(join(root, "datasets", "quotes.json"), "utf8"));
    expect((Array.isArray(quotes) ? quotes : quotes.records).map((q: { document_id: string }) => q.document_id)).toEqual(["good"]);
  });
});
