/** One document through the parsers and the schemas: the unit of work of `shuttle extract`, in a worker or not. */
import { mergeCorpus, type DocumentMeta, type Extraction } from "@shuttle/parsers";
import { extractWithRecord, reconcile } from "@shuttle/reference";
import { checkDataset } from "@shuttle/exporters";
import { extractionLines } from "./emit.js";

/** `problems`: a supplied date that the official record contradicts (the build fails on it). */
export type DocResult = { name: string; extraction: Extraction; bytes: number; problems?: string[] } | { name: string; error: string };

/** What `shuttle extract` needs of a document: its NDJSON lines (made where it was extracted) or its extraction. */
export type DocOutput =
  | { name: string; bytes: number; lines: string }
  | { name: string; bytes: number; extraction: Extraction }
  | { name: string; error: string };

/**
 * Extracts one document and validates its records on their own (schemas, references, every evidence span
 * against the text), so that one bad document is reported by name and never loses the others' records.
 */
export function processDocument(name: string, text: string, meta: DocumentMeta): DocResult {
  try {
    // Dated from the official record of travels where the text and the caller give no date.
    const { extraction, problems: dating } = extractWithRecord(text, meta);
    const { problems } = checkDataset(reconcile(mergeCorpus([extraction])), new Map([[meta.id, text]]));
    if (problems.length) {
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
      return { name, error: `its records do not validate, skipped: ${problems[0]!.replace(/\s*\n\s*/g, " ")}${more}` };
    }
    return { name, extraction, bytes: Buffer.byteLength(text), problems: dating };
  } catch (e) {
    return { name, error: `extraction failed: ${(e as Error).message}` };
  }
}

/**
 * A document for `shuttle extract`: with `lines`, its NDJSON lines are written here (in the worker thread that
 * extracted it), so only a string crosses to the main thread instead of every record object.
 */
export function processForOutput(name: string, text: string, meta: DocumentMeta, lines: boolean): DocOutput {
  const r = processDocument(name, text, meta);
  if ("error" in r || !lines) return r;
  return { name, bytes: r.bytes, lines: extractionLines(r.extraction) };
}
