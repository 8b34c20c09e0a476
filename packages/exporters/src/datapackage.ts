/** A Frictionless Data Package descriptor for the dataset's files, generated from the layouts. */
import { createHash } from "node:crypto";
import type { Column, Layout } from "./fields.js";

export interface PackageInfo {
  name: string;
  title: string;
  version: string;
  description: string;
  homepage?: string;
  /** Sources beyond the articles (the official record), with their version and licence. */
  sources?: Array<{ title: string; path?: string }>;
}

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");
const bytes = (s: string) => Buffer.byteLength(s, "utf8");

function field(c: Column) {
  const constraints: Record<string, unknown> = {};
  if (c.required) constraints.required = true;
  if (c.enum) constraints.enum = c.enum;
  if (c.pattern) constraints.pattern = c.pattern;
  if (typeof c.minimum === "number") constraints.minimum = c.minimum;
  return { name: c.name, type: c.type, ...(c.type === "date" ? { format: "default" } : {}), description: c.description, ...(Object.keys(constraints).length ? { constraints } : {}) };
}

export function dataPackage(info: PackageInfo, layouts: Layout[], files: Map<string, string>) {
  const csvResources = layouts.map((l) => {
    const path = `${l.name}.csv`;
    const content = files.get(path)!;
    const foreignKeys = l.columns
      .filter((c) => c.references)
      .map((c) => ({ fields: c.name, reference: { resource: c.references === l.name ? "" : c.references!, fields: "id" } }));
    return {
      name: l.name,
      path,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      bytes: bytes(content),
      hash: `sha256:${sha256(content)}`,
      description: l.description,
      schema: { fields: l.columns.map(field), primaryKey: l.primaryKey, foreignKeys, missingValues: [""] },
    };
  });
  const otherResources = [...files.keys()]
    .filter((p) => p.endsWith(".json") && p !== "datapackage.json")
    .sort()
    .map((path) => ({
      name: path.replace(/\.json$/, "").replace(/[^a-z0-9]+/g, "-") + (path.startsWith("schemas/") ? "" : "-json"),
      path,
      format: "json",
      mediatype: path.startsWith("schemas/") ? "application/schema+json" : "application/json",
      encoding: "utf-8",
      bytes: bytes(files.get(path)!),
      hash: `sha256:${sha256(files.get(path)!)}`,
    }));
  return {
    profile: "tabular-data-package",
    name: info.name,
    title: info.title,
    version: info.version,
    description: info.description,
    ...(info.homepage ? { homepage: info.homepage } : {}),
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0 (the records; the article texts are not included)" }],
    sources: [{ title: "News articles listed in documents.csv (texts not distributed; sha256 given)" }, ...(info.sources ?? [])],
    resources: [...csvResources, ...otherResources],
  };
}
