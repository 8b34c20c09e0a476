/** A worker thread of `shuttle extract --jobs N`: documents in, results out, in the order they came. */
import { parentPort } from "node:worker_threads";
import type { DocumentMeta } from "@shuttle/parsers";
import { processForOutput } from "./process.js";

parentPort!.on("message", (m: { seq: number; name: string; text: string; meta: DocumentMeta; lines: boolean }) => {
  parentPort!.postMessage({ seq: m.seq, result: processForOutput(m.name, m.text, m.meta, m.lines) });
});
