/**
 * shuttle.sqlite and the Parquet files: opened with sql.js and hyparquet (a reader written apart from the
 * writer), row counts and columns checked against the CSV files, keys and full-text search checked, the SQL
 * flat views checked against the flat CSV files, and the committed files against what the build makes now.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { parquetReadObjects } from "hyparquet";
import initSqlJs from "sql.js";
import { beforeAll, describe, expect, it } from "vitest";
import { tables, type Dataset } from "@shuttle/core";
import { allLayouts, databaseFiles, flatContext, flatRow, flatViews, siteFiles } from "./index.js";

const datasets = fileURLToPath(new URL("../../../datasets/", import.meta.url));
const dataset = Object.fromEntries(
  tables.map((t) => [t.name, JSON.parse(readFileSync(join(datasets, `${t.name}.json`), "utf8"))]),
) as Dataset;
const csv = (path: string): Array<Record<string, string>> => parse(readFileSync(join(datasets, path)), { columns: true });
const csvPaths = [
  ...allLayouts().map((l) => ({ name: l.name, path: `${l.name}.csv` })),
  ...flatViews().map((v) => ({ name: v.name, path: v.path })),
];

let db: import("sql.js").Database;
const all = (sql: string) => {
  const [r] = db.exec(sql);
  return r ? r.values.map((v) => Object.fromEntries(r.columns.map((c, i) => [c, v[i]]))) : [];
};

beforeAll(async () => {
  const SQL = await initSqlJs();
  db = new SQL.Database(readFileSync(join(datasets, "shuttle.sqlite")));
}, 60_000);

describe("datasets/shuttle.sqlite", () => {
  it("has every CSV file as a table or view, with the same row count and columns", () => {
    for (const { name, path } of csvPaths) {
      const rows = csv(path);
      expect(all(`SELECT count(*) AS n FROM "${name}"`)[0]!.n, name).toBe(rows.length);
      const columns = db.exec(`SELECT * FROM "${name}" LIMIT 0`)[0]?.columns ?? all(`PRAGMA table_info("${name}")`).map((c) => c.name);
      expect(columns, name).toEqual(Object.keys(rows[0] ?? {}).length ? Object.keys(rows[0]!) : columns);
    }
  });

  it("declares primary and foreign keys, and they hold", () => {
    const pk = all(`PRAGMA table_info("meeting_participants")`)
      .filter((c) => (c.pk as number) > 0)
      .map((c) => c.name);
    expect(pk).toEqual(["meeting_id", "position"]);
    const fks = all(`PRAGMA foreign_key_list("meeting_participants")`).map((f) => `${f.from}->${f.table}.${f.to}`);
    expect(fks.sort()).toEqual(["actor_id->actors.id", "meeting_id->meetings.id"]);
    expect(db.exec("PRAGMA foreign_key_check")).toEqual([]);
  });

  it("the flat views give the same rows as the flat CSV files", () => {
    for (const v of flatViews()) {
      const fromSql = all(`SELECT * FROM "${v.name}"`).map((r) =>
        Object.fromEntries(
          Object.entries(r).map(([k, x]) => [
            k,
            x === null ? "" : v.columns.find((c) => c.name === k)!.type === "boolean" ? String(x === 1) : String(x),
          ]),
        ),
      );
      expect(fromSql, v.name).toEqual(csv(v.path));
    }
  });

  it("uses no SQL newer than SQLite 3.40 in its views (Debian's and many Pythons' sqlite3 must open it)", () => {
    const views = all("SELECT sql FROM sqlite_master WHERE type = 'view'").map((r) => r.sql as string);
    expect(views.length).toBe(flatViews().length);
    for (const sql of views) {
      expect(sql).not.toMatch(/concat_ws|group_concat\([^()]*ORDER BY/i);
    }
  });

  it("searches quotes by words of the text and by speaker (FTS4)", () => {
    const quote = dataset.quotes.find((x) => x.speaker_id)!;
    const word = quote.text.match(/[A-Za-z]{6,}/)![0];
    const hits = all(`SELECT quote_id FROM quotes_fts WHERE quotes_fts MATCH '${word}'`).map((r) => r.quote_id);
    expect(hits).toContain(quote.id);
    const speaker = dataset.actors
      .find((a) => a.id === quote.speaker_id)!
      .name.split(" ")
      .pop()!;
    const bySpeaker = all(`SELECT quote_id FROM quotes_fts WHERE speaker MATCH '${speaker}'`).map((r) => r.quote_id);
    expect(bySpeaker).toContain(quote.id);
    expect(all(`SELECT quote_id FROM quotes_fts WHERE quotes_fts MATCH 'zzzxqj'`)).toEqual([]);
  });
});

describe("the README's SQLite example", () => {
  it("runs on shuttle.sqlite and finds quotes with their speakers", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const sql = readme.match(/<!-- run: sqlite -->\s*```sql\n([\s\S]*?)```/)![1]!;
    const rows = all(sql);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(String(r.text).toLowerCase()).toContain("humanitarian");
    expect(rows.some((r) => r.speaker)).toBe(true);
  });
});

describe("datasets/parquet", () => {
  it("has one file per CSV file, with the same columns and rows (read back with hyparquet)", async () => {
    for (const { name, path } of csvPaths) {
      const buf = readFileSync(join(datasets, "parquet", `${name}.parquet`));
      const rows = (await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) })) as Array<
        Record<string, unknown>
      >;
      const expected = csv(path);
      expect(rows.length, name).toBe(expected.length);
      const text = (x: unknown) => (x === null || x === undefined ? "" : x instanceof Date ? x.toISOString().slice(0, 10) : String(x));
      expect(
        rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, x]) => [k, text(x)]))),
        name,
      ).toEqual(expected);
    }
  }, 60_000);
});

describe("databaseFiles", () => {
  it("makes the committed files again, byte for byte (rebuild with `pnpm build` when this fails)", async () => {
    const files = await databaseFiles(dataset);
    for (const [path, bytes] of files) expect(Buffer.from(bytes).equals(readFileSync(join(datasets, path))), path).toBe(true);
    expect(files.size).toBe(1 + csvPaths.length);
  }, 120_000);
});

describe("flat views", () => {
  it("put names in place of ids and flag records from machine-written documents", () => {
    const ctx = flatContext(dataset);
    const meetings = flatViews().find((v) => v.table === "meetings")!;
    const machine = new Set(dataset.documents.filter((d) => d.machine_generated).map((d) => d.id));
    expect(machine.size).toBeGreaterThan(0);
    for (const m of dataset.meetings) {
      const row = flatRow(meetings, m, ctx);
      expect(row.participants).toBe(m.participant_ids.map((id) => dataset.actors.find((a) => a.id === id)!.name).join("; "));
      expect(row.place).toBe(m.place_id ? dataset.places.find((p) => p.id === m.place_id)!.name : null);
      expect(row.machine_written, m.id).toBe(m.document_ids.some((d) => machine.has(d)));
      if (row.machine_written) expect(row.document_warnings).toMatch(/machine-written/);
    }
  });
});

describe("siteFiles", () => {
  it("makes the committed page again from the records, with every record's flat row embedded and no remote URL", () => {
    const committed = (p: string) => readFileSync(join(datasets, "site", p), "utf8");
    const version = JSON.parse(readFileSync(join(datasets, "datapackage.json"), "utf8")).version;
    const files = siteFiles(dataset, version, {
      d3: committed("d3.min.js"),
      plot: committed("plot.umd.min.js"),
      licences: committed("LICENSES.md"),
    });
    const html = files.get("site/index.html")!;
    expect(html).toBe(committed("index.html"));
    const embedded = JSON.parse(html.match(/<script type="application\/json" id="shuttle-data">(.*?)<\/script>/s)![1]!);
    for (const t of ["trips", "meetings", "casualty_figures", "quotes"] as const)
      expect(embedded[t].map((r: { id: string }) => r.id)).toEqual(dataset[t].map((r) => r.id));
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
});
