import { stringify } from "csv-stringify/sync";
import type { Layout } from "./fields.js";

/**
 * One CSV file: a header row, RFC 4180 quoting, "\n" line ends, UTF-8 without BOM (pandas, R, DuckDB read
 * it as is). null is an empty field; booleans are true/false, as Table Schema reads them.
 */
export function toCsv(layout: Layout, records: Array<Record<string, unknown>>): string {
  const columns = layout.columns.map((c) => c.name);
  const rows = records.flatMap(layout.rows).map((r) => columns.map((c) => r[c] ?? null));
  return stringify(rows, {
    header: true,
    columns,
    record_delimiter: "\n",
    cast: { boolean: (v) => (v ? "true" : "false") },
  });
}

export function toNdjson(records: unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join("\n") + (records.length ? "\n" : "");
}
