/**
 * shuttle validate DIR: checks what a dataset means, not only its hashes:
 * - every file datapackage.json lists is there with its size and sha256, and every file in the folder is listed
 *   (or is datapackage.json or the data dictionary README.md, which must be there);
 * - the JSON tables against the zod schemas, ids unique, references resolve, versions agree with datapackage.json;
 * - each CSV file holds exactly the records of its JSON table (the exporter's CSV of them, byte for byte);
 * - in every CSV resource, primary keys are unique and foreign keys resolve, as datapackage.json declares;
 * - every evidence span equals the text at its offsets and every document's sha256 its text, when the texts are
 *   at hand (--corpus); otherwise it says so.
 */
import { sha256 } from "@shuttle/core/hash";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "csv-parse/sync";
import { tables } from "@shuttle/core";
import { allLayouts, toCsv } from "@shuttle/exporters";
import { checkDataset } from "@shuttle/exporters";
import { readManifest, recordsOf } from "../corpus.js";
import { decodeText, readArticle, readRegularFile, reasonOf } from "../io.js";

const MAX_DATA_FILE = 512 * 1024 * 1024;
/** Files of a dataset folder that are not resources of its datapackage.json. */
const NOT_RESOURCES = ["datapackage.json", "README.md"];
/** What the derived build step makes from the tables (SQLite, Parquet, the page): not tabular resources. */
const DERIVED = (rel: string) => rel === "shuttle.sqlite" || rel.startsWith("parquet/") || rel.startsWith("site/");

interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

interface Resource {
  name?: string;
  path: string;
  bytes?: number;
  hash?: string;
  schema?: { primaryKey?: string | string[]; foreignKeys?: ForeignKey[] };
}

const list = (x: string | string[] | undefined) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** The first line where two texts differ, for a message that points at the row. */
function firstDifference(a: string, b: string): number {
  const la = a.split("\n");
  const lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++) if (la[i] !== lb[i]) return i + 1;
  return 0;
}

function checkCsvKeys(resources: Resource[], csv: Map<string, Array<Record<string, string>>>, problems: string[]): void {
  for (const r of resources) {
    const rows = csv.get(r.path);
    if (!rows || !r.schema) continue;
    const pk = list(r.schema.primaryKey);
    if (pk.length) {
      const seen = new Set<string>();
      rows.forEach((row, i) => {
        const key = JSON.stringify(pk.map((f) => row[f]));
        if (seen.has(key)) problems.push(`${r.path}: row ${i + 2} repeats the primary key ${pk.join(", ")} = ${pk.map((f) => row[f])}`);
        seen.add(key);
      });
    }
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = fk.reference.resource === "" ? r : resources.find((x) => x.name === fk.reference.resource);
      const targetRows = target && csv.get(target.path);
      if (!targetRows) continue;
      const from = list(fk.fields);
      const to = list(fk.reference.fields);
      const keys = new Set(targetRows.map((row) => JSON.stringify(to.map((f) => row[f]))));
      rows.forEach((row, i) => {
        const values = from.map((f) => row[f]);
        if (values.every((v) => v === "" || v === undefined)) return;
        if (keys.has(JSON.stringify(values))) return;
        problems.push(`${r.path}: row ${i + 2}: ${from.join(", ")} = ${values.join(", ")} is not in ${target!.path}`);
      });
    }
  }
}

/** Evidence rows of the CSV link tables (document_id, start, end, text) against the texts at hand. */
function checkCsvEvidence(csv: Map<string, Array<Record<string, string>>>, texts: Map<string, string>, problems: string[]): void {
  const codePoints = new Map<string, string[]>();
  for (const [path, rows] of csv) {
    if (!path.endsWith("_evidence.csv")) continue;
    rows.forEach((row, i) => {
      const text = texts.get(row.document_id!);
      if (text === undefined) return;
      if (!codePoints.has(row.document_id!)) codePoints.set(row.document_id!, Array.from(text));
      const actual = codePoints.get(row.document_id!)!.slice(Number(row.start), Number(row.end)).join("");
      if (actual === row.text) return;
      const span = `span [${row.start}, ${row.end}) of ${row.document_id}`;
      problems.push(`${path}: row ${i + 2}: ${span} is ${JSON.stringify(actual)}, the row says ${JSON.stringify(row.text)}`);
    });
  }
}

export function runValidate(dir: string, corpusDir: string | null, stderr: (s: string) => void): number {
  const say = (s: string) => stderr(`shuttle validate: ${s}\n`);
  try {
    if (!statSync(dir).isDirectory()) {
      say(`${dir}: is not a folder`);
      return 1;
    }
  } catch (e) {
    say(`${dir}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such folder" : reasonOf(e)}`);
    return 1;
  }
  const problems: string[] = [];
  const readBytes = (rel: string): Buffer | null => {
    try {
      return readRegularFile(join(dir, rel), MAX_DATA_FILE);
    } catch (e) {
      problems.push((e as Error).message);
      return null;
    }
  };
  const read = (rel: string, bytes = readBytes(rel)): string | null => {
    if (!bytes) return null;
    try {
      return decodeText(join(dir, rel), bytes);
    } catch (e) {
      problems.push((e as Error).message);
      return null;
    }
  };

  // The package descriptor and its files.
  const dpText = existsSync(join(dir, "datapackage.json")) ? read("datapackage.json") : null;
  if (!existsSync(join(dir, "datapackage.json"))) problems.push(`${join(dir, "datapackage.json")}: missing`);
  let dp: { version?: string; resources?: Resource[] } = {};
  if (dpText) {
    try {
      dp = JSON.parse(dpText);
    } catch {
      problems.push(`${join(dir, "datapackage.json")}: not valid JSON`);
    }
  }
  const resources = Array.isArray(dp.resources) ? dp.resources : [];
  const contents = new Map<string, string>();
  for (const r of resources) {
    const file = join(dir, r.path);
    if (!existsSync(file)) {
      problems.push(`${file}: listed in datapackage.json but missing`);
      continue;
    }
    const buf = readBytes(r.path); // hashed as bytes: a resource may be binary (SQLite, Parquet)
    if (!buf) continue;
    if (/\.(?:csv|json)$/.test(r.path)) {
      const text = read(r.path, buf);
      if (text !== null) contents.set(r.path, text);
    }
    if (buf.length !== r.bytes) problems.push(`${file}: ${buf.length} bytes, datapackage.json says ${r.bytes}`);
    const hash = `sha256:${sha256(buf)}`;
    if (hash !== r.hash) problems.push(`${file}: sha256 differs from datapackage.json`);
  }
  const listed = new Set(resources.map((r) => r.path));
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const rel = relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/");
    if (entry.isDirectory() || rel.split("/").some((p) => p.startsWith("."))) continue; // shuttle's own bookkeeping files
    if (listed.has(rel) || NOT_RESOURCES.includes(rel) || DERIVED(rel)) continue;
    problems.push(`${join(dir, rel)}: not listed in datapackage.json`);
  }
  if (!existsSync(join(dir, "README.md"))) problems.push(`${join(dir, "README.md")}: the data dictionary is missing`);

  // The JSON tables: schemas, keys, references, versions.
  const raw: Record<string, unknown[]> = {};
  for (const t of tables) {
    const path = `${t.name}.json`;
    const text = contents.get(path) ?? (existsSync(join(dir, path)) ? read(path) : null);
    if (text === null) continue;
    try {
      const parsed = JSON.parse(text) as { version?: unknown };
      raw[t.name] = recordsOf(parsed);
      if (!Array.isArray(parsed) && parsed.version !== dp.version) {
        problems.push(`${join(dir, path)}: version ${String(parsed.version)}, datapackage.json says ${dp.version}`);
      }
    } catch (e) {
      problems.push(`${join(dir, path)}: ${e instanceof SyntaxError ? "not valid JSON" : (e as Error).message}`);
    }
  }
  const haveJson = Object.keys(raw).length === tables.length;
  const texts = new Map<string, string>(); // filled below from the corpus, for the dataset's documents only
  if (Object.keys(raw).length && !haveJson) problems.push(`${dir}: only some JSON tables are there (${Object.keys(raw).join(", ")})`);

  // The texts, when at hand: only those of the dataset's documents count.
  const corpusTexts = new Map<string, string>();
  if (corpusDir && existsSync(join(corpusDir, "manifest.json"))) {
    for (const d of readManifest(corpusDir).documents) {
      try {
        corpusTexts.set(d.id, readArticle(join(corpusDir, d.file)));
      } catch (e) {
        problems.push((e as Error).message);
      }
    }
  }
  const csvRows = new Map<string, Array<Record<string, string>>>();
  for (const [path, text] of contents) {
    if (!path.endsWith(".csv")) continue;
    try {
      csvRows.set(path, parse(text, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>);
    } catch (e) {
      problems.push(`${join(dir, path)}: not valid CSV (${(e as Error).message})`);
    }
  }
  const documentRows = (raw.documents as Array<{ id: string }> | undefined) ?? csvRows.get("documents.csv") ?? [];
  const documentIds = documentRows.map((d) => d.id!);
  for (const id of documentIds) if (corpusTexts.has(id)) texts.set(id, corpusTexts.get(id)!);
  if (haveJson) {
    const checked = checkDataset(raw, texts);
    problems.push(...checked.problems);
    // CSV against JSON: each CSV file must be what the exporter makes of the JSON records.
    if (checked.dataset) {
      for (const l of allLayouts()) {
        const csv = contents.get(`${l.name}.csv`);
        if (csv === undefined) continue;
        const expected = toCsv(l, checked.dataset[l.table] as unknown as Array<Record<string, unknown>>);
        if (csv === expected) continue;
        problems.push(`${join(dir, `${l.name}.csv`)}: line ${firstDifference(csv, expected)} differs from the records of ${l.table}.json`);
      }
    }
  }
  checkCsvKeys(resources, csvRows, problems);
  checkCsvEvidence(csvRows, texts, problems);

  const missingTexts = documentIds.filter((id) => !texts.has(id));
  const why = corpusDir ? `no text of these documents in ${corpusDir}` : "no corpus at hand (pass --corpus DIR)";
  const some = missingTexts.slice(0, 5).join(", ");
  const partly = missingTexts.length ? `; no text at hand for ${missingTexts.length} document(s): ${some}` : "";
  const textsNote = texts.size ? `${texts.size} texts checked${partly}` : `evidence not checked against the texts: ${why}`;
  for (const p of problems) say(p);
  say(`${dir}: ${problems.length ? `${problems.length} problem(s); ${textsNote}` : `ok (${textsNote})`}`);
  return problems.length ? 1 : 0;
}
