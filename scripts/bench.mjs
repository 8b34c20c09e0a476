// Throughput benchmark: the full per-document pipeline (parse, extract, validate-ready records) and the corpus
// merge over a large corpus made by repeating the seed articles. Prints MB/s, documents/s and peak memory.
// Then the CLI as users run it: `shuttle extract corpus.ndjson --format ndjson --jobs N` over an NDJSON file of
// repeated articles, at two sizes and with one and all cores: MB/s and peak memory of the whole process
// (worker threads included), which must not grow with the number of documents.
// Usage: pnpm bench [--mb 50] [--cli-mb 10] (--cli-mb 0 skips the CLI part)
import { spawn } from "node:child_process";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { extractDocument, mergeCorpus } from "../packages/parsers/dist/index.js";

const mbArg = process.argv.indexOf("--mb");
const targetMb = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 50;
const dir = new URL("../corpus/articles/", import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(new URL(f, dir), "utf8"));

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
console.log(
  `throughput: ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s, ${(docs / seconds).toFixed(0)} documents/s, ${records} records`,
);
console.log(`peak memory (RSS): ${(peakRss / 1024 / 1024).toFixed(0)} MB`);

// ---- the CLI ----
const cliArg = process.argv.indexOf("--cli-mb");
const cliMb = cliArg > 0 ? Number(process.argv[cliArg + 1]) : 10;
const bin = new URL("../packages/cli/dist/bin.js", import.meta.url).pathname;

/** Peak resident memory of a running process (VmHWM: high-water mark, worker threads included), in MB. */
function peakOf(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function ndjsonCorpus(mb) {
  const lines = [];
  let size = 0;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const text = seeds[i % seeds.length];
    lines.push(JSON.stringify({ id: `bench-${i}`, text, published: "2024-01-10" }));
    size += Buffer.byteLength(text);
  }
  return { text: lines.join("\n") + "\n", docs: lines.length, bytes: size };
}

async function runCli(file, jobs) {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, "extract", file, "--format", "ndjson", "--jobs", String(jobs)], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  let peak = 0;
  const poll = setInterval(() => (peak = Math.max(peak, peakOf(child.pid))), 100);
  const code = await new Promise((resolve) => child.on("exit", resolve));
  clearInterval(poll);
  return { code, seconds: (performance.now() - started) / 1000, peak };
}

if (cliMb > 0) {
  const dirTmp = mkdtempSync(join(tmpdir(), "shuttle-bench-"));
  const cores = availableParallelism();
  console.log(`\nCLI (shuttle extract FILE.ndjson --format ndjson), ${cores} core(s):`);
  for (const mb of [Math.max(1, cliMb / 4), cliMb]) {
    const corpus = ndjsonCorpus(mb);
    const file = join(dirTmp, `corpus-${mb}.ndjson`);
    writeFileSync(file, corpus.text);
    for (const jobs of [...new Set([1, cores])]) {
      const r = await runCli(file, jobs);
      const rate = corpus.bytes / 1024 / 1024 / r.seconds;
      console.log(
        `  ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB, ${corpus.docs} documents, --jobs ${jobs}: ${r.seconds.toFixed(1)} s, ${rate.toFixed(2)} MB/s, peak memory ${r.peak.toFixed(0)} MB${r.code ? ` (exit ${r.code})` : ""}`,
      );
    }
  }
  rmSync(dirTmp, { recursive: true, force: true });
}
