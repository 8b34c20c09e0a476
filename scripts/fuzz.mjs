// pnpm fuzz [--runs 10000] [--seed N] [--limit-ms 10000] [--minimise-ms 60000]
// Generates mutated news articles (packages/parsers/fuzz/articles.ts), extracts each with the built library in a
// worker with a per-document time limit, and prints the cases, the failures by kind, the slowest documents
// (ms per KB) and a minimised reproducer for each kind of failure. Exit code 1 when anything failed.
// Run `pnpm build` first: the worker uses packages/parsers/dist.
import { Worker } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg("runs", 1000);
const seed = arg("seed", Date.now() % 2 ** 31);
const limitMs = arg("limit-ms", 10_000);
const minimiseMs = arg("minimise-ms", 60_000);

const { sampleDocs, problemKind } = await tsImport("../packages/parsers/fuzz/articles.ts", import.meta.url);

/** A worker that answers one document at a time; ended and replaced when it overruns the time limit. */
class Runner {
  seq = 0;
  start() {
    this.worker = new Worker(new URL("./fuzz-worker.mjs", import.meta.url));
    this.ready = new Promise((resolve) => this.worker.once("online", resolve));
  }
  async run(doc, limit = limitMs) {
    if (!this.worker) this.start();
    await this.ready;
    const seq = ++this.seq;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.worker.removeAllListeners("message");
        void this.worker.terminate();
        this.worker = undefined;
        resolve({ problems: [`timeout: over ${limit} ms`], ms: limit });
      }, limit);
      const onMessage = (m) => {
        if (m.seq !== seq) return;
        clearTimeout(timer);
        this.worker.off("message", onMessage);
        resolve(m);
      };
      this.worker.on("message", onMessage);
      this.worker.postMessage({ seq, doc });
    });
  }
  stop() {
    void this.worker?.terminate();
  }
}

/**
 * Delta debugging over UTF-16 units (lone surrogates must survive): remove ever smaller chunks while the document
 * still fails with the same kind of problem. Written here because fast-check shrinks only the values it generated
 * within one failing property run, and the fuzzer goes on after a failure to count them all.
 */
async function minimise(runner, doc, kind) {
  const deadline = Date.now() + minimiseMs;
  const fails = async (text) => (await runner.run({ ...doc, text })).problems.some((p) => problemKind(p) === kind);
  let text = doc.text;
  for (let chunk = Math.max(1, text.length >> 1); chunk >= 1 && Date.now() < deadline; chunk >>= 1) {
    for (let i = 0; i < text.length && Date.now() < deadline; ) {
      const candidate = text.slice(0, i) + text.slice(i + chunk);
      if (candidate !== text && (await fails(candidate))) text = candidate;
      else i += chunk;
    }
  }
  return { ...doc, text };
}

const runner = new Runner();
const docs = sampleDocs(runs, seed);
const results = [];
const started = Date.now();
for (const [i, doc] of docs.entries()) {
  const r = await runner.run(doc);
  results.push({ doc, ...r, kb: Buffer.byteLength(doc.text) / 1024 });
  if ((i + 1) % 1000 === 0) process.stderr.write(`${i + 1}/${runs}\n`);
}
const failed = results.filter((r) => r.problems.length > 0);
const byKind = new Map();
for (const r of failed) for (const k of new Set(r.problems.map(problemKind))) byKind.set(k, [...(byKind.get(k) ?? []), r]);

console.log(
  `seed ${seed}: ${results.length} cases, ${failed.length} failures, ${((Date.now() - started) / 1000).toFixed(1)} s, time limit ${limitMs} ms per document`,
);
for (const [k, rs] of byKind) console.log(`  ${rs.length} × ${k}  e.g. ${rs[0].problems.find((p) => problemKind(p) === k).slice(0, 200)}`);
const slowest = [...results]
  .filter((r) => r.kb >= 0.5)
  .sort((a, b) => b.ms / b.kb - a.ms / a.kb)
  .slice(0, 5);
console.log("slowest documents (ms per KB):");
for (const r of slowest)
  console.log(
    `  ${(r.ms / r.kb).toFixed(2)} ms/KB  ${r.ms.toFixed(1)} ms  ${r.kb.toFixed(1)} KB  ${JSON.stringify(r.doc.text.slice(0, 60))}…`,
  );
const maxMs = Math.max(...results.map((r) => r.ms));
console.log(`slowest document: ${maxMs.toFixed(1)} ms; mean ${(results.reduce((s, r) => s + r.ms, 0) / results.length).toFixed(2)} ms`);
for (const [k, rs] of byKind) {
  const small = await minimise(runner, rs.reduce((a, b) => (b.doc.text.length < a.doc.text.length ? b : a)).doc, k);
  console.log(`minimised reproducer (${k}): ${JSON.stringify(small)}`);
}
runner.stop();
process.exitCode = failed.length ? 1 : 0;
