/**
 * The dataset as one SQLite file and as Parquet files, for SQL users and DuckDB, pandas or R (arrow):
 * every table and link table of the CSV files with the same columns, keys and row order, plus the flat
 * views. SQLite through sql.js (SQLite compiled to WebAssembly: no native build step); Parquet through
 * hyparquet-writer (plain JavaScript). Both outputs are byte-identical for the same records.
 */
import initSqlJs, { type Database } from "sql.js";
import type { Dataset } from "@shuttle/core";
import { allLayouts, type Column, type Layout } from "./fields.js";
import { flatContext, flatLayout, flatViewSql, flatViews } from "./flat.js";

type Row = Record<string, unknown>;
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const sqlType: Record<Column["type"], string> = { string: "TEXT", integer: "INTEGER", number: "REAL", boolean: "INTEGER", date: "TEXT" };

export function createTableSql(l: Layout): string {
  const cols = l.columns.map((c) => {
    const check = c.type === "boolean" ? ` CHECK (${q(c.name)} IN (0, 1))` : "";
    return `  ${q(c.name)} ${sqlType[c.type]}${c.required ? " NOT NULL" : ""}${check}`;
  });
  const keys = [`  PRIMARY KEY (${l.primaryKey.map(q).join(", ")})`];
  for (const c of l.columns) if (c.references) keys.push(`  FOREIGN KEY (${q(c.name)}) REFERENCES ${q(c.references)} (id)`);
  return `CREATE TABLE ${q(l.name)} (\n${[...cols, ...keys].join(",\n")}\n);`;
}

const sqlValue = (v: unknown) => (v === undefined ? null : typeof v === "boolean" ? (v ? 1 : 0) : (v as string | number | null));

function fill(db: Database, l: Layout, rows: Row[]): void {
  const stmt = db.prepare(`INSERT INTO ${q(l.name)} VALUES (${l.columns.map(() => "?").join(", ")})`);
  for (const r of rows) stmt.run(l.columns.map((c) => sqlValue(r[c.name])));
  stmt.free();
}

/** Full-text search over quotes. The sql.js build has FTS4 (not FTS5): MATCH, prefix* and "phrases" work. */
const quotesFts = [
  "CREATE VIRTUAL TABLE quotes_fts USING fts4(quote_id, speaker, text, notindexed=quote_id);",
  "INSERT INTO quotes_fts (quote_id, speaker, text) SELECT q.id, a.name, q.text" +
    " FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_id ORDER BY q.rowid;",
];

const rowsOf = (dataset: Dataset, l: Layout) => (dataset[l.table] as unknown as Row[]).flatMap(l.rows);

export async function sqliteFile(dataset: Dataset): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  try {
    for (const l of allLayouts()) {
      db.run(createTableSql(l));
      fill(db, l, rowsOf(dataset, l));
    }
    for (const v of flatViews()) db.run(flatViewSql(v));
    for (const s of quotesFts) db.run(s);
    const broken = db.exec("PRAGMA foreign_key_check");
    if (broken.length) throw new Error(`shuttle.sqlite: foreign keys do not hold: ${JSON.stringify(broken[0]!.values.slice(0, 5))}`);
    return db.export();
  } finally {
    db.close();
  }
}

function parquetColumn(c: Column, values: unknown[]) {
  const repetition_type = c.required ? "REQUIRED" : "OPTIONAL";
  const element =
    c.type === "integer"
      ? { type: "INT32" }
      : c.type === "number"
        ? { type: "DOUBLE" }
        : c.type === "boolean"
          ? { type: "BOOLEAN" }
          : c.type === "date"
            ? { type: "INT32", converted_type: "DATE" }
            : { type: "BYTE_ARRAY", converted_type: "UTF8" };
  const data = c.type === "date" ? values.map((v) => (v ? new Date(`${v as string}T00:00:00Z`) : null)) : values.map((v) => v ?? null);
  return { element: { name: c.name, repetition_type, ...element }, data };
}

/** One Parquet file: the layout's columns, typed (dates as DATE), in the row order of the CSV file. */
export async function parquetFile(l: Layout, rows: Row[]): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import("hyparquet-writer");
  const cols = l.columns.map((c) =>
    parquetColumn(
      c,
      rows.map((r) => r[c.name]),
    ),
  );
  const schema = [{ name: "root", num_children: cols.length }, ...cols.map((c) => c.element)];
  const buffer = parquetWriteBuffer({
    // A fixed name, so that the bytes do not depend on the writer's defaults.
    createdBy: "shuttle",
    schema: schema as Parameters<typeof parquetWriteBuffer>[0]["schema"],
    columnData: cols.map((c, i) => ({ name: l.columns[i]!.name, data: c.data as never })),
  });
  return new Uint8Array(buffer);
}

/** shuttle.sqlite and parquet/<table>.parquet (tables, link tables and flat views), as path → bytes. */
export async function databaseFiles(dataset: Dataset): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  files.set("shuttle.sqlite", await sqliteFile(dataset));
  const ctx = flatContext(dataset);
  for (const l of [...allLayouts(), ...flatViews().map((v) => flatLayout(v, ctx))])
    files.set(`parquet/${l.name}.parquet`, await parquetFile(l, rowsOf(dataset, l)));
  return files;
}
