/** A worker thread of `shuttle extract --jobs N`: documents in, results out, one at a time. */
import { parentPort } from "node:worker_threads";
import type { DocumentMeta } from "@shuttle/parsers";
import { processDocument } from "./process.js";

parentPort!.on("message", (m: { name: string; text: string; meta: DocumentMeta }) => {
  parentPort!.postMessage(processDocument(m.name, m.text, m.meta));
});
