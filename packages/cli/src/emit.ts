/** Output of `extract` and `merge`: to standard output, or as files in --out (written by output.ts). */
import { tables, type Dataset } from "@shuttle/core";
import type { Extraction } from "@shuttle/parsers";
import { datasetFiles, json, toNdjson } from "@shuttle/exporters";
import { writeOutput } from "./output.js";

export type Format = "json" | "ndjson" | "csv";

const EXTRACT_INFO = {
  name: "shuttle-extract",
  title: "Shuttle extraction",
  version: "0.0.0",
  description: "Records extracted by shuttle extract.",
};

/** Records as NDJSON lines tagged with their table. */
const tagged = (table: string, records: object[]) => toNdjson(records.map((r) => ({ table, ...r })));

/**
 * One document's records as NDJSON lines tagged with their table, in table order, the document first: the
 * document's own extraction before the corpus merge, so `shuttle merge` can run the merge over shards.
 */
export function extractionLines(e: Extraction): string {
  // official_legs come from the record at the merge, not from a document.
  const of = (name: string) => (name === "documents" ? [e.document] : ((e as unknown as Record<string, object[] | undefined>)[name] ?? []));
  return tables.map((t) => tagged(t.name, of(t.name))).join("");
}

/** The CSV files of a dataset with the datapackage.json describing them and the data dictionary. */
function csvFiles(dataset: Dataset): Map<string, string> {
  const all = datasetFiles(dataset, EXTRACT_INFO);
  const files = new Map([...all].filter(([p]) => p.endsWith(".csv") || p === "README.md"));
  const dp = JSON.parse(all.get("datapackage.json")!) as { resources: Array<{ path: string }> };
  files.set("datapackage.json", json({ ...dp, resources: dp.resources.filter((r) => files.has(r.path)) }));
  return files;
}

/** Writes a merged dataset in the chosen format. */
export function emitDataset(dataset: Dataset, format: Format, out: string | undefined, stdout: (s: string) => void): string | null {
  if (format === "csv") {
    writeOutput(out!, csvFiles(dataset));
    return out!;
  }
  const text = format === "json" ? json(dataset) : tables.map((t) => tagged(t.name, dataset[t.name] as object[])).join("");
  if (!out) {
    stdout(text);
    return null;
  }
  writeOutput(out, new Map([[`records.${format}`, text]]));
  return out;
}
