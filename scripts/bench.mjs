// Throughput benchmark: the full per-document pipeline (parse, extract, validate-ready records) and the corpus
// merge over a large corpus made by repeating the seed articles. Prints MB/s, documents/s and peak memory.
// Usage: pnpm bench [--mb 50]
import { readFileSync, readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { extractDocument, mergeCorpus } from "../packages/parsers/dist/index.js";

const mbArg = process.argv.indexOf("--mb");
const targetMb = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 50;
const dir = new URL("../corpus/articles/", import.meta.url);
const seeds = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(new URL(f, dir), "utf8"));

let bytes = 0;
let docs = 0;
let records = 0;
let peakRss = process.memoryUsage().rss;
const started = performance.now();
const batch = [];
while (bytes < targetMb * 1024 * 1024) {
  const text = seeds[docs % seeds.length];
  const e = extractDocument(text, { id: `bench-${docs}`, published: "2024-01-10" });
  records += e.trips.length + e.meetings.length + e.casualty_figures.length + e.quotes.length;
  batch.push(e);
  if (batch.length === 500) {
    mergeCorpus(batch.splice(0)); // merge in batches so memory stays bounded, as a streaming build would
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  bytes += Buffer.byteLength(text);
  docs++;
}
if (batch.length) mergeCorpus(batch);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const seconds = (performance.now() - started) / 1000;
console.log(`corpus: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${docs} documents (the ${seeds.length} seed articles repeated)`);
console.log(`time: ${seconds.toFixed(1)} s`);
console.log(`throughput: ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s, ${(docs / seconds).toFixed(0)} documents/s, ${records} records`);
console.log(`peak memory (RSS): ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
