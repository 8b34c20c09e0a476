/** shuttle extract FILE...: records of any articles, as one JSON object, NDJSON lines, or CSV files. */
import { basename, extname } from "node:path";
import { mergeCorpus, type Extraction } from "@shuttle/parsers";
import { extractWithRecord, reconcile } from "@shuttle/reference";
import { datasetFiles, json, toNdjson } from "@shuttle/exporters";
import { tableRecords, tables } from "@shuttle/core";
import { readArticle, writeDirAtomically } from "../io.js";
import { checkDataset } from "../check.js";

export interface ExtractOptions {
  files: string[];
  published?: string;
  format: "json" | "csv" | "ndjson";
  out?: string;
}

export function documentIdFor(file: string): string {
  const id = basename(file, extname(file)).toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^[-_]+/, "");
  return id || "document";
}

export function runExtract(opts: ExtractOptions, stdout: (s: string) => void, stderr: (s: string) => void): number {
  if (opts.published && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) {
    stderr(`shuttle extract: --published must be a date YYYY-MM-DD, got "${opts.published}"\n`);
    return 2;
  }
  const extractions: Extraction[] = [];
  const texts = new Map<string, string>();
  let failed = 0;
  const used = new Set<string>();
  for (const file of opts.files) {
    try {
      const text = readArticle(file);
      let id = documentIdFor(file);
      for (let n = 2; used.has(id); n++) id = `${documentIdFor(file)}-${n}`;
      used.add(id);
      const { extraction } = extractWithRecord(text, { id, published: opts.published ?? null, published_basis: "user" });
      extractions.push(extraction);
      texts.set(id, text);
    } catch (e) {
      failed++;
      stderr(`shuttle extract: ${(e as Error).message}\n`);
    }
  }
  if (extractions.length) {
    const dataset = reconcile(mergeCorpus(extractions));
    const { problems } = checkDataset(dataset, texts);
    if (problems.length) {
      stderr(`shuttle extract: internal error, records do not validate:\n  ${problems.join("\n  ")}\n`);
      return 1;
    }
    if (opts.format === "json") stdout(json(dataset));
    else if (opts.format === "ndjson") stdout(tables.map((t) => toNdjson(tableRecords(dataset, t.name).map((r) => ({ table: t.name, ...r })))).join(""));
    else {
      const out = opts.out ?? "shuttle-out";
      const files = datasetFiles(dataset, { name: "shuttle-extract", title: "Shuttle extraction", version: "0.0.0", description: `Records extracted from ${opts.files.length} file(s).` });
      writeDirAtomically(out, new Map([...files].filter(([p]) => p.endsWith(".csv"))));
      stderr(`shuttle extract: wrote CSV files to ${out}\n`);
    }
  }
  return failed ? 1 : 0;
}
