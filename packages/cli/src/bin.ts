#!/usr/bin/env node
import { run } from "./main.js";

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
