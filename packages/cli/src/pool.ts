/**
 * Runs `processDocument` over a stream of inputs on N worker threads and yields the results in input order,
 * so the output is byte-identical whatever N is. At most a few documents per worker are in flight, so memory
 * does not grow with the number of documents.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { DocInput } from "./inputs.js";
import { processDocument, type DocResult } from "./process.js";

/** The built worker (dist/worker.js); absent when running from the sources (tests), where work stays in-process. */
function workerFile(): string | null {
  const file = fileURLToPath(new URL("./worker.js", import.meta.url));
  return existsSync(file) ? file : null;
}

const run = (input: DocInput): DocResult => ("error" in input ? input : processDocument(input.name, input.text, input.meta));

export async function* processInOrder(inputs: AsyncIterable<DocInput>, jobs: number): AsyncGenerator<DocResult> {
  const file = jobs > 1 ? workerFile() : null;
  if (!file) {
    for await (const input of inputs) yield run(input);
    return;
  }
  const workers = Array.from({ length: jobs }, () => new Worker(file));
  const idle = [...workers];
  const waiting: Array<(w: Worker) => void> = [];
  const release = (w: Worker) => {
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  const acquire = () => (idle.length ? Promise.resolve(idle.pop()!) : new Promise<Worker>((r) => waiting.push(r)));
  const onWorker = (w: Worker, input: Extract<DocInput, { text: string }>) =>
    new Promise<DocResult>((resolveResult) => {
      const done = (r: DocResult) => {
        w.off("message", done);
        w.off("error", failed);
        release(w);
        resolveResult(r);
      };
      const failed = (e: Error) => {
        w.off("message", done);
        // a worker that died (out of memory, say) is replaced; the document is reported by name
        const i = workers.indexOf(w);
        workers[i] = new Worker(file);
        resolveResult({ name: input.name, error: `extraction failed: ${e.message}` });
        release(workers[i]!);
      };
      w.on("message", done);
      w.once("error", failed);
      w.postMessage({ name: input.name, text: input.text, meta: input.meta });
    });

  // The reader fills a bounded queue of results-to-be while the consumer takes them in order as each is done,
  // so a finished document is written at once even while the next input is still being read.
  const queue: Array<Promise<DocResult>> = [];
  const window = jobs * 4;
  let inputDone = false;
  let readError: unknown = null;
  let wakeConsumer: (() => void) | null = null;
  let wakeReader: (() => void) | null = null;
  const wake = (which: "consumer" | "reader") => {
    const f = which === "consumer" ? wakeConsumer : wakeReader;
    if (which === "consumer") wakeConsumer = null;
    else wakeReader = null;
    f?.();
  };
  const reader = (async () => {
    try {
      for await (const input of inputs) {
        while (queue.length >= window) await new Promise<void>((r) => (wakeReader = r));
        queue.push("error" in input ? Promise.resolve(input) : acquire().then((w) => onWorker(w, input)));
        wake("consumer");
      }
    } catch (e) {
      readError = e;
    } finally {
      inputDone = true;
      wake("consumer");
    }
  })();
  try {
    for (;;) {
      if (queue.length) {
        const result = await queue[0]!;
        queue.shift();
        wake("reader");
        yield result;
      } else if (inputDone) break;
      else await new Promise<void>((r) => (wakeConsumer = r));
    }
    await reader;
    if (readError) throw readError;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
