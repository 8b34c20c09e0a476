/** shuttle build: corpus → validated records → datasets/ (written whole or not at all). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mergeCorpus } from "@shuttle/parsers";
import { datasetFiles } from "@shuttle/exporters";
import { officialRecord, reconcile } from "@shuttle/reference";
import { extractCorpus, recordsOf } from "../corpus.js";
import { checkDataset } from "@shuttle/exporters";
import { writeOutput } from "../output.js";

export interface BuildOptions {
  root: string;
  out?: string;
}

export function packageInfo(root: string) {
  const pkg = JSON.parse(readFileSync(join(root, "packages", "data", "package.json"), "utf8")) as { version: string; homepage?: string };
  return {
    name: "shuttle",
    title: "Shuttle: Israel–Gaza diplomacy in the news",
    version: pkg.version,
    homepage: pkg.homepage,
    description:
      "Trips, meetings, casualty figures and quotes extracted from news articles about diplomacy " +
      "in the Israel–Gaza conflict, each record with verbatim evidence (document, code-point " +
      "offsets, text).",
    sources: [officialRecord().source].map((s) => ({
      title: `${s.title} (${s.repository} at commit ${s.commit}; ${s.licence}): official_legs`,
      path: s.url,
    })),
  };
}

export function buildDatasets(opts: BuildOptions): { files: Map<string, string>; errors: string[] } {
  const { extractions, texts, errors, contradictions } = extractCorpus(join(opts.root, "corpus"));
  if (contradictions.length) throw new Error(`the official record contradicts the manifest:\n  ${contradictions.join("\n  ")}`);
  const dataset = reconcile(mergeCorpus(extractions));
  const { problems } = checkDataset(dataset, texts);
  if (problems.length) throw new Error(`the dataset does not validate:\n  ${problems.join("\n  ")}`);
  return { files: datasetFiles(dataset, packageInfo(opts.root)), errors };
}

export function runBuild(opts: BuildOptions, stderr: (s: string) => void): number {
  const { files, errors } = buildDatasets(opts);
  const out = opts.out ?? join(opts.root, "datasets");
  writeOutput(out, files);
  const count = (t: string) => recordsOf(JSON.parse(files.get(`${t}.json`)!)).length;
  const counts = ["trips", "meetings", "casualty_figures", "quotes"].map((t) => `${count(t)} ${t}`);
  stderr(`shuttle build: wrote ${files.size} files to ${out} (${counts.join(", ")})\n`);
  for (const e of errors) stderr(`shuttle build: error: ${e}\n`);
  return errors.length ? 1 : 0;
}
