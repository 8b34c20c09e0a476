#!/usr/bin/env node
import { run } from "./main.js";
run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s), { progress: process.stderr.isTTY === true }).then(
  (code) => (process.exitCode = code),
);
