/**
 * shuttle extract: records of any articles. NDJSON streams each document's records as soon as it is done;
 * JSON and CSV are the corpus merge of all documents (sorted by id first, so input order does not matter).
 */
import { explainDocument, formatExplanation, mergeCorpus, type Extraction } from "@shuttle/parsers";
import { reconcile } from "@shuttle/reference";
import { checkDataset } from "@shuttle/exporters";
import { emitDataset, type Format } from "../emit.js";
import { inputBytes, readInputs } from "../inputs.js";
import { processInOrder } from "../pool.js";
import { writeOutput } from "../output.js";
import { Progress } from "../progress.js";

export { documentIdFor } from "../inputs.js";

export interface ExtractOptions {
  sources: string[];
  manifest?: string;
  published?: string;
  format: Format;
  out?: string;
  jobs: number;
  stdin: AsyncIterable<Uint8Array>;
  progress: boolean;
}

export const byDocumentId = (a: Extraction, b: Extraction) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0);

/** The corpus merge of validated extractions, checked once more as a whole (schemas and references). */
export function mergeChecked(extractions: Extraction[]) {
  // Trips and meetings of recorded travellers are linked to the official record (and conflicts with it kept).
  const dataset = reconcile(mergeCorpus([...extractions].sort(byDocumentId)));
  const { problems } = checkDataset(dataset, new Map());
  if (problems.length) throw new Error(`the merged records do not validate:\n  ${problems.join("\n  ")}`);
  return dataset;
}

/**
 * shuttle extract --explain: each document's records with the rules that made them, and the vetoed candidates.
 * One document at a time in this thread: the trace is for reading, not for scale.
 */
export async function runExplain(opts: ExtractOptions, stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  let failed = 0;
  for await (const input of readInputs(opts)) {
    if ("error" in input) {
      failed++;
      stderr(`shuttle extract: ${input.name}: ${input.error}\n`);
      continue;
    }
    const { explanation } = explainDocument(input.text, input.meta);
    stdout(opts.format === "ndjson" ? `${JSON.stringify(explanation)}\n` : formatExplanation(explanation));
  }
  return failed ? 1 : 0;
}

export async function runExtract(opts: ExtractOptions, stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  const extractions: Extraction[] = [];
  const ndjsonFile: string[] = [];
  let failed = 0;
  const progress = new Progress(opts.progress, stderr, opts.progress && !opts.manifest ? inputBytes(opts.sources) : null);
  for await (const r of processInOrder(readInputs(opts), opts.jobs, opts.format === "ndjson")) {
    if ("error" in r) {
      failed++;
      stderr(`shuttle extract: ${r.name}: ${r.error}\n`);
      continue;
    }
    progress.done(r.bytes);
    if (!("lines" in r)) extractions.push(r.extraction);
    else if (opts.out) ndjsonFile.push(r.lines);
    else stdout(r.lines);
  }
  progress.end();
  if (opts.format === "ndjson" && opts.out) writeOutput(opts.out, new Map([["records.ndjson", ndjsonFile.join("")]]));
  else if (extractions.length) emitDataset(mergeChecked(extractions), opts.format, opts.out, stdout);
  if (opts.out) stderr(`shuttle extract: wrote ${opts.format.toUpperCase()} to ${opts.out}\n`);
  return failed ? 1 : 0;
}
