/**
 * The files as a DuckDB user meets them: DuckDB (its npm package, which ships its binary) reads every Parquet
 * file and flat CSV file of datasets/ with the CSV's row counts, sees dates as DATE, and runs the README's
 * DuckDB query, which must list every meeting once with all its participants.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const datasets = join(root, "datasets");
const dp = JSON.parse(readFileSync(join(datasets, "datapackage.json"), "utf8")) as {
  resources: Array<{ name: string; path: string; format: string }>;
};
const csv = (path: string): Array<Record<string, string>> => parse(readFileSync(join(datasets, path)), { columns: true });

let con: DuckDBConnection;
const rows = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJson();

beforeAll(async () => {
  con = await (await DuckDBInstance.create(":memory:")).connect();
  await con.run(`SET file_search_path = '${datasets.replace(/'/g, "''")}'`);
});

describe("DuckDB on datasets/", () => {
  it("reads every Parquet file with the row count of its CSV file", async () => {
    const tabular = dp.resources.filter((r) => r.format === "csv");
    expect(tabular.length).toBeGreaterThanOrEqual(26);
    for (const r of tabular) {
      const name = r.path.startsWith("flat/") ? `${r.path.slice(5, -4)}_flat` : r.path.slice(0, -4);
      const [fromParquet] = await rows(`SELECT count(*) AS n FROM 'parquet/${name}.parquet'`);
      const [fromCsv] = await rows(`SELECT count(*) AS n FROM read_csv('${r.path}', header = true)`);
      expect(Number(fromParquet!.n), name).toBe(csv(r.path).length);
      expect(Number(fromCsv!.n), r.path).toBe(csv(r.path).length);
    }
  });

  it("sees typed columns: dates as DATE, counts as integers", async () => {
    const types = Object.fromEntries(
      (await rows("DESCRIBE SELECT * FROM 'parquet/casualty_figures.parquet'")).map((c) => [c.column_name, c.column_type]),
    );
    expect(types).toMatchObject({ as_of: "DATE", count: "INTEGER", kind: "VARCHAR" });
  });

  it("runs the README's query: every meeting once, with all its participants", async () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const sql = readme.match(/<!-- run: duckdb -->\s*```sql\n([\s\S]*?)```/)![1]!;
    const result = await rows(sql);
    const flat = csv("flat/meetings.csv");
    expect(result.length).toBe(flat.length);
    const participants = new Map(flat.map((m) => [m.id, m.participants]));
    for (const r of result) expect(r.participants, String(r.id)).toBe(participants.get(String(r.id)));
    expect(result.some((r) => String(r.participants).split("; ").length > 1)).toBe(true); // not only one participant per meeting
  });
});
