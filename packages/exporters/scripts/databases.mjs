// Writes datasets/shuttle.sqlite and datasets/parquet/*.parquet from the records in datasets/*.json (run
// after `shuttle build`, as the `databases` step of `pnpm build`). A separate step because sql.js starts
// asynchronously and `shuttle build` is synchronous. Each file is written whole (temporary file, rename).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tables } from "@shuttle/core";
import { databaseFiles } from "../dist/index.js";

const dir = process.argv[2] ?? fileURLToPath(new URL("../../../datasets/", import.meta.url));
const dataset = {};
for (const t of tables) {
  const file = join(dir, `${t.name}.json`);
  try {
    dataset[t.name] = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    console.error(`databases: ${file}: ${e.message} (run shuttle build first)`);
    process.exit(1);
  }
}
const files = await databaseFiles(dataset);
for (const [path, bytes] of files) {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(`${full}.tmp-${process.pid}`, bytes);
  renameSync(`${full}.tmp-${process.pid}`, full);
}
console.error(`databases: wrote ${files.size} files to ${dir} (shuttle.sqlite, ${files.size - 1} Parquet files)`);
