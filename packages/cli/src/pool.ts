/**
 * Runs `processForOutput` over a stream of inputs on N worker threads and yields the results in input order,
 * so the output is byte-identical whatever N is. Each worker is given its next document before it has finished
 * the one in hand (it never waits for the main thread between documents), and keeps its own warm state (the
 * parsers' compiled patterns, the official record's indexes) for the whole run. At most a few documents per
 * worker are in flight, so memory does not grow with the number of documents.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ResourceLimits, Worker } from "node:worker_threads";
import type { DocInput } from "./inputs.js";
import type { DocOutput } from "./process.js";

/** The built worker (dist/worker.js); absent when running from the sources (tests), where work stays in-process. */
function workerFile(): string | null {
  const file = fileURLToPath(new URL("./worker.js", import.meta.url));
  return existsSync(file) ? file : null;
}

type Article = Extract<DocInput, { text: string }>;
interface Task {
  seq: number;
  input: Article;
  resolve: (r: DocOutput) => void;
}
interface Slot {
  worker: Worker;
  /** Started with the heap limit below (one that ran out of memory under it is replaced by one without, for the run). */
  capped: boolean;
  /** Sent and not yet answered, oldest first: a worker answers in the order it was sent. */
  tasks: Task[];
}

/** Documents sent ahead to each worker: one in hand, one waiting in its queue. */
const DEPTH = 2;

/**
 * Heap limits of a worker. Left alone, V8 lets each worker's heap grow to several times what it keeps alive
 * (about 60 MB: the parsers, the official record, compiled code) before a full collection, so with two workers
 * a 50 MB run peaked near 600 MB; with a limit on the old generation V8 collects sooner (50 MB, two workers:
 * 372–405 MB against 470–598, for 4–9% more CPU in paired runs; 96 MB instead of 128 saved only 5–10 MB more
 * for 10–15% more CPU). The young generation is limited to 12 MB, semi-spaces of 4 MB (V8 rounds them up to a
 * power of two: 16 and 24 MB both give 8 MB, 32 and 48 the default 16): an article's short-lived objects are
 * small, so collecting them more often costs little. 50 MB, two workers, three interleaved pairs: peak 299–308 MB
 * against 372–405, for 0–12% more CPU; a 1 MB document about the same (9.4 s CPU against 9.0, one run). 6 MB
 * (semi-spaces of 2 MB) saved no more in its three runs (293–314 MB) and cost 12–27% more CPU, 19% on a 1 MB
 * document.
 * A document that needs more is not lost: its worker dies of ERR_WORKER_OUT_OF_MEMORY and the document is run
 * again on a worker without the limits. SHUTTLE_WORKER_HEAP_MB sets the old generation's limit (the tests use a
 * tiny one to exercise the retry).
 */
function heapLimits(): ResourceLimits {
  const old = Number(process.env.SHUTTLE_WORKER_HEAP_MB);
  return { maxOldGenerationSizeMb: old > 0 ? old : 128, maxYoungGenerationSizeMb: 12 };
}

/**
 * With N jobs, N workers and none of the extraction on this thread: one stream here and N-1 workers (one isolate
 * fewer) peaked higher, 359–425 MB against 359–370 at 10 MB with two jobs (two pairs), because this thread's heap
 * cannot be limited once the process has started, and a document out of memory here would end the whole run.
 * `lines`: results carry each document's NDJSON lines (made in the worker) instead of its extraction.
 */
export async function* processInOrder(inputs: AsyncIterable<DocInput>, jobs: number, lines = false): AsyncGenerator<DocOutput> {
  const file = jobs > 1 ? workerFile() : null;
  if (!file) {
    // Loaded only here: with worker threads, the parsers are loaded by the workers and not by this thread.
    const { processForOutput } = await import("./process.js");
    for await (const input of inputs) yield "error" in input ? input : processForOutput(input.name, input.text, input.meta, lines);
    return;
  }
  const workerFileName = file;
  const waiting: Task[] = [];
  let seq = 0;
  const send = (slot: Slot, task: Task) => {
    slot.tasks.push(task);
    const { name, text, meta } = task.input;
    slot.worker.postMessage({ seq: task.seq, name, text, meta, lines });
  };
  const pump = () => {
    while (waiting.length) {
      let best: Slot | null = null;
      for (const s of slots) if (s.tasks.length < DEPTH && (!best || s.tasks.length < best.tasks.length)) best = s;
      if (!best) return;
      send(best, waiting.shift()!);
    }
  };
  const start = (capped: boolean): Slot => {
    const slot: Slot = { worker: new Worker(workerFileName, capped ? { resourceLimits: heapLimits() } : {}), capped, tasks: [] };
    slot.worker.on("message", (m: { seq: number; result: DocOutput }) => {
      const task = slot.tasks.shift();
      if (!task || task.seq !== m.seq) throw new Error(`worker answered document ${m.seq} out of turn`);
      task.resolve(m.result);
      pump();
    });
    slot.worker.once("error", (e: Error & { code?: string }) => {
      // A worker that died is replaced and the documents sent after the one in hand go to the workers again.
      // Out of memory under the limit, the document in hand is run again first, on the replacement without
      // the limit; otherwise (or if that fails too) it is reported by name.
      const [failed, ...rest] = slot.tasks;
      slot.tasks = [];
      slot.worker.removeAllListeners("message");
      const retry = slot.capped && e.code === "ERR_WORKER_OUT_OF_MEMORY";
      const next = start(slot.capped && !retry);
      slots[slots.indexOf(slot)] = next;
      if (failed && retry) send(next, failed);
      else failed?.resolve({ name: failed.input.name, error: `extraction failed: ${e.message}` });
      waiting.unshift(...rest);
      pump();
    });
    return slot;
  };
  const slots: Slot[] = Array.from({ length: jobs }, () => start(true));

  // The reader fills a bounded queue of results-to-be while the consumer takes them in order as each is done,
  // so a finished document is written at once even while the next input is still being read.
  const queue: Array<Promise<DocOutput>> = [];
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
        if ("error" in input) queue.push(Promise.resolve(input));
        else {
          queue.push(new Promise<DocOutput>((resolve) => waiting.push({ seq: seq++, input, resolve })));
          pump();
        }
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
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
