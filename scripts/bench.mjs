// Throughput benchmark. Everything is measured in this one run, on the same input, so the ratios hold on any
// machine (the absolute numbers do not: a shared machine varies from run to run):
//   1. per core: Shuttle's extraction against wink-nlp's readDoc (tokens, tags, entities) over the same texts;
//   2. cost per byte by document size (10 KB, 1 MB, 5 MB): linear when the ratios stay near 1;
//   3. the corpus merge at two sizes: linear in the number of records;
//   4. the CLI as users run it (`shuttle extract FILE.ndjson --format ndjson --jobs N`): MB/s and peak memory.
// The texts are the corpus articles, repeated (never the real development set).
// Usage: pnpm bench [--quick] [--mb 5] [--cli-mb 10] (--cli-mb 0 skips the CLI; --quick: small sizes only)
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { extractDocument, mergeCorpus } from "../packages/parsers/dist/index.js";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const quick = process.argv.includes("--quick");
const targetMb = arg("--mb", quick ? 1 : 5);
const cliMb = arg("--cli-mb", quick ? 2 : 10);

const dir = new URL("../corpus/articles/", import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(new URL(f, dir), "utf8"));
const MB = 1024 * 1024;
const meta = (i) => ({ id: `bench-${i}`, published: "2024-01-10" });
/** CPU seconds of this process (user + system): other processes on the machine do not count. */
const cpu = (fn) => {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};
const fmt = (n, d = 2) => n.toFixed(d);

// ---- 1. per core, against wink-nlp's readDoc ----
const require = createRequire(new URL("../packages/parsers/package.json", import.meta.url));
const winkNLP = require("wink-nlp");
const model = require("wink-eng-lite-web-model");
const nlp = winkNLP(model); // the full default pipeline: sentences, tokens, tags, entities, negation, sentiment

const texts = [];
let total = 0;
for (let i = 0; total < targetMb * MB; i++) {
  texts.push(seeds[i % seeds.length]);
  total += Buffer.byteLength(seeds[i % seeds.length]);
}
extractDocument(seeds[0], meta(0)); // warm up both
nlp.readDoc(seeds[0]).tokens().out();
let shuttle = Infinity;
let wink = Infinity;
for (let round = 0; round < 3; round++) {
  shuttle = Math.min(
    shuttle,
    cpu(() => {
      for (const [i, t] of texts.entries()) extractDocument(t, meta(i));
    }),
  );
  wink = Math.min(
    wink,
    cpu(() => {
      for (const t of texts) nlp.readDoc(t).tokens().out();
    }),
  );
}
console.log(`1. Per core, ${fmt(total / MB, 1)} MB in ${texts.length} documents (the ${seeds.length} corpus articles repeated):`);
console.log(`   Shuttle extractDocument  ${fmt(total / MB / shuttle)} MB/s`);
console.log(`   wink-nlp readDoc         ${fmt(total / MB / wink)} MB/s`);
console.log(`   ratio Shuttle / wink-nlp ${fmt(wink / shuttle)} (goal: at least 1.0)`);

// ---- 2. cost per byte by document size ----
const paragraphs = seeds.flatMap((s) => s.split(/\n\s*\n/).slice(1)); // body paragraphs, not the headlines
function documentOf(bytes) {
  const parts = [seeds[0].split("\n")[0]];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length];
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join("\n\n");
}
const sizes = quick ? [10 * 1024, 256 * 1024] : [10 * 1024, MB, 5 * MB];
console.log("\n2. Cost per byte by document size (one document each; linear: ratios near 1, goal at most 1.5):");
let base = 0;
for (const size of sizes) {
  const doc = documentOf(size);
  const rounds = size <= 64 * 1024 ? 20 : size <= MB ? 3 : 1;
  let seconds = Infinity;
  for (let r = 0; r < rounds; r++)
    seconds = Math.min(
      seconds,
      cpu(() => extractDocument(doc, meta(size))),
    );
  const perKb = (seconds * 1000) / (Buffer.byteLength(doc) / 1024);
  if (!base) base = perKb;
  const label = size >= MB ? `${size / MB} MB` : `${size / 1024} KB`;
  console.log(`   ${label.padStart(6)}: ${fmt(seconds, 3)} s, ${fmt(perKb, 3)} ms/KB, ${fmt(perKb / base)} x the 10 KB cost`);
}

// ---- 3. the corpus merge ----
console.log("\n3. Corpus merge (linear: the time per document stays flat):");
const extractions = seeds.map((t, i) => extractDocument(t, meta(i)));
for (const n of quick ? [250, 1000] : [500, 4000]) {
  const docs = Array.from({ length: n }, (_, i) => {
    const e = structuredClone(extractions[i % extractions.length]);
    e.document.id = `bench-${i}`;
    for (const table of ["trips", "meetings", "casualty_figures", "quotes"])
      for (const r of e[table]) {
        r.id = `${r.id}-${i}`;
        if (r.document_id) r.document_id = e.document.id;
        for (const ev of r.evidence) ev.document_id = e.document.id;
        if (r.document_ids) r.document_ids = [e.document.id];
      }
    return e;
  });
  const seconds = cpu(() => mergeCorpus(docs));
  console.log(`   ${String(n).padStart(5)} documents: ${fmt(seconds, 3)} s, ${fmt((seconds * 1e6) / n, 0)} µs per document`);
}

// ---- 4. the CLI ----
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

/**
 * CPU seconds of a running process so far (user + system, all its threads: workers, V8's compiler and GC
 * helpers), from /proc (clock ticks of 1/100 s); 0 where there is no /proc. Sampled with the memory, so the
 * last tenth of a second is missed.
 */
function cpuOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function ndjsonCorpus(mb) {
  const lines = [];
  let size = 0;
  for (let i = 0; size < mb * MB; i++) {
    const text = seeds[i % seeds.length];
    lines.push(JSON.stringify({ id: `bench-${i}`, text, published: "2024-01-10" }));
    size += Buffer.byteLength(text);
  }
  return { text: `${lines.join("\n")}\n`, docs: lines.length, bytes: size };
}

async function runCli(file, jobs) {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, "extract", file, "--format", "ndjson", "--jobs", String(jobs)], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  let peak = 0;
  let cpuSeconds = 0;
  const poll = setInterval(() => {
    peak = Math.max(peak, peakOf(child.pid));
    cpuSeconds = Math.max(cpuSeconds, cpuOf(child.pid));
  }, 100);
  const code = await new Promise((resolve) => child.on("exit", resolve));
  clearInterval(poll);
  return { code, seconds: (performance.now() - started) / 1000, peak, cpuSeconds };
}

if (cliMb > 0) {
  const dirTmp = mkdtempSync(join(tmpdir(), "shuttle-bench-"));
  const cores = availableParallelism();
  console.log(`\n4. CLI (shuttle extract FILE.ndjson --format ndjson), ${cores} core(s), wall-clock time:`);
  for (const mb of [Math.max(1, cliMb / 4), cliMb]) {
    const corpus = ndjsonCorpus(mb);
    const file = join(dirTmp, `corpus-${mb}.ndjson`);
    writeFileSync(file, corpus.text);
    for (const jobs of [...new Set([1, cores])]) {
      const r = await runCli(file, jobs);
      const rate = corpus.bytes / MB / r.seconds;
      const size = `${fmt(corpus.bytes / MB, 1)} MB, ${corpus.docs} documents, --jobs ${jobs}`;
      const time = `${fmt(r.seconds, 1)} s (CPU ${fmt(r.cpuSeconds, 1)} s)`;
      console.log(`   ${size}: ${time}, ${fmt(rate)} MB/s, peak memory ${fmt(r.peak, 0)} MB${r.code ? ` (exit ${r.code})` : ""}`);
    }
  }
  rmSync(dirTmp, { recursive: true, force: true });
}
