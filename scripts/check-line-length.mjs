#!/usr/bin/env node
// No source line over 140 characters in packages/*/src. Biome's formatter wraps code at 140 but leaves long
// strings, regular expressions and comments as they are; this check catches those. Lexicon data files
// (packages/parsers/src/lexicon/*.json, one vocabulary entry a line) are data, not code, and are not checked.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const LIMIT = 140;
const root = new URL("..", import.meta.url).pathname;
const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (CODE.test(name)) yield path;
  }
}

const long = [];
for (const pkg of readdirSync(join(root, "packages")).sort()) {
  const src = join(root, "packages", pkg, "src");
  try {
    statSync(src);
  } catch {
    continue;
  }
  for (const file of files(src)) {
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        // Characters, not UTF-16 units: "’" is one.
        const length = [...line].length;
        if (length > LIMIT) long.push(`${relative(root, file)}:${i + 1}: ${length} characters`);
      });
  }
}
if (long.length) {
  console.error(`${long.length} line(s) over ${LIMIT} characters (wrap them; vocabulary belongs in packages/parsers/src/lexicon/):`);
  for (const l of long) console.error(`  ${l}`);
  process.exit(1);
}
console.log(`no line over ${LIMIT} characters in packages/*/src`);
