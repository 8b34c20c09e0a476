/**
 * Records to files. `datasetFiles` is the one entry point the build uses: it returns every file of
 * datasets/ as (path → content), so the caller can write them all at once (whole or not at all) and a test
 * can compare them with what is committed.
 */
import { tableRecords, tables, type Dataset } from "@shuttle/core";
import { allLayouts, jsonSchemaOf } from "./fields.js";
import { toCsv, toNdjson } from "./csv.js";
import { dataPackage, type PackageInfo } from "./datapackage.js";
import { dataDictionary } from "./dictionary.js";
import { flatContext, flatLayout, flatViews } from "./flat.js";

export { toCsv, toNdjson } from "./csv.js";
export { allLayouts, layoutsOf, jsonSchemaOf, type Layout, type Column } from "./fields.js";
export { dataPackage, csvDialect, type PackageInfo } from "./datapackage.js";
export { dataDictionary } from "./dictionary.js";
export { flatViews, flatViewSql, flatRow, flatContext, flatLayout, type FlatView, type FlatColumn } from "./flat.js";

export const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

/**
 * `created` of datapackage.json: the publication date of the newest document, so that the same input gives
 * the same bytes (the wall clock would not).
 */
function createdFrom(dataset: Dataset): string | undefined {
  const newest = dataset.documents
    .map((d) => d.published)
    .filter((d): d is string => !!d)
    .sort()
    .pop();
  return newest ? `${newest}T00:00:00Z` : undefined;
}

export function datasetFiles(dataset: Dataset, info: PackageInfo): Map<string, string> {
  const files = new Map<string, string>();
  const layouts = allLayouts();
  const counts = new Map<string, number>();
  const ctx = flatContext(dataset);
  const csvLayouts = [...layouts, ...flatViews().map((v) => flatLayout(v, ctx))];
  for (const l of csvLayouts) {
    const records = tableRecords(dataset, l.table);
    files.set(l.path ?? `${l.name}.csv`, toCsv(l, records));
    counts.set(l.name, records.flatMap(l.rows).length);
  }
  for (const t of tables) {
    // Plain arrays of records (pd.read_json gives one row per record); the version is in datapackage.json.
    files.set(`${t.name}.json`, json(tableRecords(dataset, t.name)));
    files.set(`${t.name}.ndjson`, toNdjson(tableRecords(dataset, t.name)));
    files.set(`schemas/${t.name}.schema.json`, json(jsonSchemaOf(t.schema)));
  }
  files.set("datapackage.json", json(dataPackage({ created: createdFrom(dataset), ...info }, csvLayouts, files)));
  files.set("README.md", dataDictionary(info, csvLayouts, dataset, counts));
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}
export { databaseFiles, sqliteFile, parquetFile, createTableSql } from "./databases.js";
export { siteFiles, type SiteLibraries } from "./site.js";
export { checkDataset, codePointIndex, sliceByIndex } from "./check.js";
