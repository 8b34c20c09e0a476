// Writes what is derived from the records in datasets/*.json, after `shuttle build` (the `derived` step of
// `pnpm build`): datasets/shuttle.sqlite, datasets/parquet/*.parquet and the static page datasets/site/.
// A separate step because sql.js starts asynchronously and `shuttle build` is synchronous. Each file is
// written whole (temporary file, then rename); no other file is touched.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tables } from "@shuttle/core";
import { databaseFiles, siteFiles } from "../dist/index.js";

const dir = process.argv[2] ?? fileURLToPath(new URL("../../../datasets/", import.meta.url));
const read = (file) => {
  try {
    return JSON.parse(readFileSync(join(dir, file), "utf8"));
  } catch (e) {
    console.error(`derived: ${join(dir, file)}: ${e.message} (run shuttle build first)`);
    process.exit(1);
  }
};
const dataset = Object.fromEntries(tables.map((t) => [t.name, read(`${t.name}.json`)]));
const { version } = read("datapackage.json");

/** The root folder of an installed package (its exports map hides package.json and dist/). */
const packageDir = (name) => {
  const marker = `/node_modules/${name}/`;
  const file = fileURLToPath(import.meta.resolve(name));
  return file.slice(0, file.lastIndexOf(marker) + marker.length);
};
const text = (name, file) => readFileSync(join(packageDir(name), file), "utf8");
const libs = {
  d3: text("d3", "dist/d3.min.js"),
  plot: text("@observablehq/plot", "dist/plot.umd.min.js"),
  licences: `# Licences of the bundled libraries\n\n## d3 (d3.min.js)\n\n${text("d3", "LICENSE")}\n## Observable Plot (plot.umd.min.js)\n\n${text("@observablehq/plot", "LICENSE")}`,
};

const files = new Map([...(await databaseFiles(dataset)), ...siteFiles(dataset, version, libs)]);
for (const [path, content] of files) {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(`${full}.tmp-${process.pid}`, content);
  renameSync(`${full}.tmp-${process.pid}`, full);
}
console.error(`derived: wrote ${files.size} files to ${dir} (shuttle.sqlite, Parquet files, site/)`);
