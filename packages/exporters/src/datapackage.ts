/**
 * A Frictionless Data Package (v1) descriptor for the dataset's files, generated from the layouts.
 * The package uses the generic `data-package` profile: the CSV files are `tabular-data-resource`s (schema,
 * keys, explicit dialect); JSON, NDJSON and JSON Schema files are plain `data-resource`s, which the
 * `tabular-data-package` profile would reject.
 */
import { sha256 } from "@shuttle/core/hash";
import type { Column, Layout } from "./fields.js";

export interface PackageInfo {
  name: string;
  title: string;
  version: string;
  description: string;
  homepage?: string;
  /** RFC 3339 date-time. Derived from the data (never the clock) so that builds stay byte-identical. */
  created?: string;
  /** Sources beyond the articles (the official record), with their version and licence. */
  sources?: Array<{ title: string; path?: string }>;
}

/** The CSV dialect every CSV file is written in (see toCsv). */
export const csvDialect = { delimiter: ",", lineTerminator: "\n", quoteChar: '"', doubleQuote: true, header: true } as const;

const bytes = (s: string | Uint8Array) => (typeof s === "string" ? Buffer.byteLength(s, "utf8") : s.byteLength);

const mediaTypes: Record<string, string> = {
  json: "application/json",
  ndjson: "application/x-ndjson",
  sqlite: "application/vnd.sqlite3",
  parquet: "application/vnd.apache.parquet",
};

function field(c: Column) {
  const constraints: Record<string, unknown> = {};
  if (c.required) constraints.required = true;
  if (c.enum) constraints.enum = c.enum;
  if (c.pattern) constraints.pattern = c.pattern;
  if (typeof c.minimum === "number") constraints.minimum = c.minimum;
  return {
    name: c.name,
    type: c.type,
    ...(c.type === "date" ? { format: "default" } : {}),
    description: c.description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** Resource name from a path: lower case letters, digits, `-`, `_`, `.` (the profile's pattern). */
const resourceName = (path: string) => path.replace(/\.csv$/, "").replace(/\//g, "-");

function tabularResource(l: Layout, content: string) {
  const foreignKeys = l.columns
    .filter((c) => c.references)
    .map((c) => ({ fields: c.name, reference: { resource: c.references === l.name ? "" : c.references!, fields: "id" } }));
  return {
    name: resourceName(l.path ?? `${l.name}.csv`),
    path: l.path ?? `${l.name}.csv`,
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    bytes: bytes(content),
    hash: `sha256:${sha256(content)}`,
    description: l.description,
    dialect: csvDialect,
    schema: { fields: l.columns.map(field), primaryKey: l.primaryKey, ...(foreignKeys.length ? { foreignKeys } : {}), missingValues: [""] },
  };
}

function otherResource(path: string, content: string | Uint8Array) {
  const ext = path.split(".").pop()!;
  const isSchema = path.startsWith("schemas/");
  return {
    name: path.replace(/\.json$/, "").replace(/[^a-z0-9]+/g, "-") + (isSchema ? "" : ext === "json" ? "-json" : ""),
    path,
    profile: "data-resource",
    format: ext,
    mediatype: isSchema ? "application/schema+json" : (mediaTypes[ext] ?? "application/octet-stream"),
    ...(typeof content === "string" ? { encoding: "utf-8" } : {}),
    bytes: bytes(content),
    hash: `sha256:${sha256(content)}`,
  };
}

export function dataPackage(info: PackageInfo, layouts: Layout[], files: Map<string, string | Uint8Array>) {
  const csvResources = layouts.map((l) => tabularResource(l, files.get(l.path ?? `${l.name}.csv`) as string));
  const tabular = new Set(csvResources.map((r) => r.path));
  const otherResources = [...files.keys()]
    .filter((p) => !tabular.has(p) && p !== "datapackage.json" && p !== "README.md")
    .sort()
    .map((path) => otherResource(path, files.get(path)!));
  const contributor = { title: "The Shuttle project", role: "author", ...(info.homepage ? { path: info.homepage } : {}) };
  return {
    profile: "data-package",
    name: info.name,
    title: info.title,
    version: info.version,
    description: info.description,
    ...(info.homepage ? { homepage: info.homepage } : {}),
    ...(info.created ? { created: info.created } : {}),
    contributors: [contributor],
    licenses: [
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0 (the records; the article texts are not included)",
      },
    ],
    sources: [{ title: "News articles listed in documents.csv (texts not distributed; sha256 given)" }, ...(info.sources ?? [])],
    resources: [...csvResources, ...otherResources],
  };
}
