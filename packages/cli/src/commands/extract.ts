/**
 * shuttle extract: records of any articles. NDJSON streams each document's records as soon as it is done;
 * JSON and CSV are the corpus merge of all documents (sorted by id first, so input order does not matter).
 */
import type { Extraction } from "@shuttle/parsers";
import type { Format } from "../emit.js";
import { inputBytes, readInputs } from "../inputs.js";
import { processInOrder } from "../pool.js";
import { StagedFile, writeOutput } from "../output.js";
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

/**
 * shuttle extract --explain: each document's records with the rules that made them, and the vetoed candidates.
 * One document at a time in this thread: the trace is for reading, not for scale.
 */
export async function runExplain(opts: ExtractOptions, stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  let failed = 0;
  const { explainDocument, formatExplanation } = await import("@shuttle/parsers");
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
  // NDJSON into --out goes to a staged file as it comes, then into the folder whole: memory stays flat.
  const staged = opts.format === "ndjson" && opts.out ? new StagedFile() : null;
  let failed = 0;
  const progress = new Progress(opts.progress, stderr, opts.progress && !opts.manifest ? inputBytes(opts.sources) : null);
  try {
    for await (const r of processInOrder(readInputs(opts), opts.jobs, opts.format === "ndjson")) {
      if ("error" in r) {
        failed++;
        stderr(`shuttle extract: ${r.name}: ${r.error}\n`);
        continue;
      }
      progress.done(r.bytes);
      if (!("lines" in r)) extractions.push(r.extraction);
      else if (staged) staged.write(r.lines);
      else stdout(r.lines);
    }
    progress.end();
    if (staged) writeOutput(opts.out!, new Map([["records.ndjson", staged.close()]]));
  } finally {
    staged?.remove();
  }
  if (!staged && extractions.length) {
    // Loaded here: NDJSON needs neither the merge nor the exporters in this thread.
    const [{ mergeChecked }, { emitDataset }] = await Promise.all([import("../merged.js"), import("../emit.js")]);
    emitDataset(mergeChecked(extractions), opts.format, opts.out, stdout);
  }
  if (opts.out) stderr(`shuttle extract: wrote ${opts.format.toUpperCase()} to ${opts.out}\n`);
  return failed ? 1 : 0;
}
