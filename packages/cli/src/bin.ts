#!/usr/bin/env node
import { run } from "./main.js";
const write = (stream: NodeJS.WriteStream) => (s: string) => void stream.write(s);
run(process.argv.slice(2), write(process.stdout), write(process.stderr), { progress: process.stderr.isTTY === true }).then((code) => {
  process.exitCode = code;
});
