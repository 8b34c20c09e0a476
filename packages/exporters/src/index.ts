/**
 * Records to files. `datasetFiles` is the one entry point the build uses: it returns every file of
 * datasets/ as (path → content), so the caller can write them all at once (whole or not at all) and a test
 * can compare them with what is committed.
 */
import { tableRecords, tables, type Dataset } from "@shuttle/core";
import { allLayouts, jsonSchemaOf } from "./fields.js";
import { toCsv } from "./csv.js";
import { dataPackage, type PackageInfo } from "./datapackage.js";
import { dataDictionary } from "./dictionary.js";

export { toCsv, toNdjson } from "./csv.js";
export { allLayouts, layoutsOf, jsonSchemaOf, type Layout, type Column } from "./fields.js";
export { dataPackage, type PackageInfo } from "./datapackage.js";
export { dataDictionary } from "./dictionary.js";

export const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

export function datasetFiles(dataset: Dataset, info: PackageInfo): Map<string, string> {
  const files = new Map<string, string>();
  const layouts = allLayouts();
  const counts = new Map<string, number>();
  for (const l of layouts) {
    const records = tableRecords(dataset, l.table);
    files.set(`${l.name}.csv`, toCsv(l, records));
    counts.set(l.name, records.flatMap(l.rows).length);
  }
  for (const t of tables) {
    files.set(`${t.name}.json`, json({ name: t.name, version: info.version, records: tableRecords(dataset, t.name) }));
    files.set(`schemas/${t.name}.schema.json`, json(jsonSchemaOf(t.schema)));
  }
  files.set("datapackage.json", json(dataPackage(info, layouts, files)));
  files.set("README.md", dataDictionary(info, layouts, dataset, counts));
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}
