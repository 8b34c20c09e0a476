/** One document through the parsers and the schemas: the unit of work of `shuttle extract`, in a worker or not. */
import { mergeCorpus, type DocumentMeta, type Extraction } from "@shuttle/parsers";
import { extractWithRecord, reconcile } from "@shuttle/reference";
import { checkDataset } from "@shuttle/exporters";

/** `problems`: a supplied date that the official record contradicts (the build fails on it). */
export type DocResult = { name: string; extraction: Extraction; bytes: number; problems?: string[] } | { name: string; error: string };

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
