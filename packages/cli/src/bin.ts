#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";
import { run } from "./main.js";

// The parsers' patterns are large case-blind alternations. V8 compiles a pattern first to bytecode for its
// interpreter, then again to machine code once the pattern is used a second time; for these patterns the bytecode
// step is the costly one (measured over the 45 articles of the corpus, dev and real-dev sets: 1.7 s of CPU to
// compile in a fresh process, 0.9 s when compiled straight to machine code). A V8 flag is the whole process's, so
// the worker threads have it too. Set here, not in the library: a library does not change its host's V8 flags.
setFlagsFromString("--no-regexp-tier-up");

// A reader that stops early (`shuttle extract … | head`) is no error of ours: stop quietly. Any other failure
// to write the output is one line, exit 1.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") process.stderr.write(`shuttle: cannot write to standard output (${e.message})\n`);
  process.exit(e.code === "EPIPE" ? 0 : 1);
});
const write = (stream: NodeJS.WriteStream) => (s: string) => void stream.write(s);
run(process.argv.slice(2), write(process.stdout), write(process.stderr), { progress: process.stderr.isTTY === true }).then((code) => {
  process.exitCode = code;
});
