// One fuzz worker: extracts each document it is sent twice (the built library, as users get it) and answers
// with the problems found and the time of the first extraction. Run by scripts/fuzz.mjs, which ends a worker
// that overruns the per-document time limit: a synchronous extraction cannot be stopped from inside.
import { parentPort } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import { tsImport } from "tsx/esm/api";
import { extractDocument } from "../packages/parsers/dist/index.js";

const { problemsOf, sampleDocs } = await tsImport("../packages/parsers/fuzz/articles.ts", import.meta.url);
// Warm up first (compiled patterns, chrono's parsers), so the first measured document is not charged for it.
for (const doc of sampleDocs(20, 0)) extractDocument(doc.text, { id: "warm-up", published: doc.published });

parentPort.on("message", ({ seq, doc }) => {
  const meta = { id: "fuzz", published: doc.published };
  let problems;
  let ms = 0;
  try {
    const started = performance.now();
    const e = extractDocument(doc.text, meta);
    ms = performance.now() - started;
    problems = problemsOf(doc, e, extractDocument(doc.text, meta));
  } catch (err) {
    const frame =
      String(err?.stack ?? "")
        .split("\n")
        .find((l) => l.includes(" at ")) ?? "";
    problems = [`throws: ${err?.name ?? "Error"}: ${err?.message ?? err} ${frame.trim()}`];
  }
  parentPort.postMessage({ seq, problems, ms });
});
