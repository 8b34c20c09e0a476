/** The corpus: manifest.json plus article files, read with per-document errors. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { Manifest } from "@shuttle/core";
import type { DocumentMeta, Extraction } from "@shuttle/parsers";

export { Manifest };
import { readArticle } from "./io.js";
import { processDocument } from "./process.js";

export interface CorpusResult {
  extractions: Extraction[];
  texts: Map<string, string>;
  errors: string[];
  /** Supplied dates that the official record contradicts (the build fails on them). */
  contradictions: string[];
}

export { findRoot } from "./root.js";

export function readManifest(corpusDir: string): Manifest {
  const file = join(corpusDir, "manifest.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: cannot read manifest (${(e as Error).message})`);
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: invalid manifest: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * Extracts every document; a bad one is reported and skipped, never losing the others. Documents are dated
 * from the official record where they carry no date; a supplied date it contradicts is an error.
 */
export function extractCorpus(corpusDir: string): CorpusResult {
  const manifest = readManifest(corpusDir);
  const extractions: Extraction[] = [];
  const texts = new Map<string, string>();
  const errors: string[] = [];
  const contradictions: string[] = [];
  for (const d of manifest.documents) {
    const file = resolve(corpusDir, d.file); // absolute paths in a manifest are allowed
    try {
      const text = readArticle(file);
      const meta: DocumentMeta = { ...d, published_basis: "manifest" };
      const r = processDocument(file, text, meta); // validated on its own: a bad document never loses the others
      if ("error" in r) throw new Error(r.error);
      extractions.push(r.extraction);
      const problems = r.problems ?? [];
      texts.set(d.id, text);
      for (const p of problems) contradictions.push(`${file}: ${p}`);
    } catch (e) {
      errors.push((e as Error).message.startsWith(file) ? (e as Error).message : `${file}: ${(e as Error).message}`);
    }
  }
  return { extractions, texts, errors, contradictions };
}

/** The records of a table's JSON file: a plain array, or the older wrapper { name, version, records }. */
export function recordsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  const records = (json as { records?: unknown } | null)?.records;
  if (Array.isArray(records)) return records;
  throw new Error("holds no array of records");
}
