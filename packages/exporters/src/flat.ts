/**
 * Flat views for analysts: one CSV (and one SQL view in shuttle.sqlite) per record type, one row per record,
 * names in place of actor and place ids, lists joined into one cell, and the facts of the record's documents
 * (title, outlet, date, machine-written, warnings) beside it. Derived from the same layouts as the CSV files,
 * as a list of column sources that two small renderers read: `flatRow` (JavaScript, for the CSV files) and
 * `flatViewSql` (the SQL views). A test checks that both give the same rows.
 */
import { tableSpec, type Dataset, type TableName } from "@shuttle/core";
import { allLayouts, singular, type Column, type Layout } from "./fields.js";

/** Separators: names as asked for by analysts; warnings and evidence texts can themselves contain "; ". */
export const NAME_SEPARATOR = "; ";
export const TEXT_SEPARATOR = " | ";

type Named = "actors" | "places";
type DocumentFact = "title" | "outlet" | "published" | "machine_written" | "warnings";

type Source =
  /** A scalar column of the record, as is. */
  | { kind: "column"; column: string }
  /** An actor or place id, replaced by its name. */
  | { kind: "name"; column: string; table: Named }
  /** A link table joined into one cell: names of the ids it holds, or its values as they are. */
  | { kind: "list"; link: Layout; value: string; table?: Named }
  /** A list of objects with a place or actor: "Name (date)" per item. */
  | { kind: "stops"; link: Layout; value: string; table: Named }
  /** Evidence: the verbatim texts, or the spans as document:start-end. */
  | { kind: "evidence"; link: Layout; what: "text" | "spans" }
  /** Any other list of objects: "column=value, …" per item. */
  | { kind: "items"; link: Layout; columns: string[] }
  /** A fact of the record's documents (several for merged trips and meetings). */
  | { kind: "documents"; fact: DocumentFact };

export interface FlatColumn extends Column {
  source: Source;
}

export interface FlatView {
  /** Name of the view (SQL) and of its resource in datapackage.json. */
  name: string;
  path: string;
  table: TableName;
  description: string;
  columns: FlatColumn[];
  primaryKey: string[];
}

export const flatTables: readonly TableName[] = ["trips", "meetings", "casualty_figures", "quotes"];

const named = (t: TableName | undefined): t is Named => t === "actors" || t === "places";
const str = (name: string, description: string, source: Source): FlatColumn => ({
  name,
  type: "string",
  description,
  required: false,
  source,
});

const documentColumns: FlatColumn[] = [
  str("document_title", 'Title of the record\'s document (several joined with "; ").', { kind: "documents", fact: "title" }),
  str("document_outlet", "Outlet that published the document, when known.", { kind: "documents", fact: "outlet" }),
  str("document_published", 'Publication date of the document (several joined with "; ").', { kind: "documents", fact: "published" }),
  {
    name: "machine_written",
    type: "boolean",
    description: "true when a document of the record says it was written by a machine: treat the record with care.",
    required: true,
    source: { kind: "documents", fact: "machine_written" },
  },
  str(
    "document_warnings",
    `Warnings on the record's documents (machine-written, contradicting date lines, known problems), joined with "${TEXT_SEPARATOR}".`,
    {
      kind: "documents",
      fact: "warnings",
    },
  ),
];

function flatView(table: TableName): FlatView {
  const spec = tableSpec(table);
  const [main, ...links] = allLayouts().filter((l) => l.table === table);
  const columns: FlatColumn[] = [];
  for (const c of main!.columns) {
    if (named(c.references)) {
      const name = c.name.replace(/_id$/, "");
      columns.push(
        str(name, `Name of the ${singular(c.references)}: ${c.description}`, { kind: "name", column: c.name, table: c.references }),
      );
    } else columns.push({ ...c, references: undefined, source: { kind: "column", column: c.name } });
  }
  for (const link of links) {
    const field = link.field!;
    const own = new Set([`${spec.row}_id`, "position"]);
    const itemColumns = link.columns.filter((c) => !own.has(c.name));
    const ref = itemColumns.find((c) => named(c.references));
    const listName = field.replace(/_ids$/, "s");
    const about = link.description.replace(/ One row per item of .*$/, ""); // the list field's own description
    if (itemColumns.length === 1) {
      const value = itemColumns[0]!;
      const table = named(value.references) ? value.references : undefined;
      const what = table ? "names" : "values";
      columns.push(
        str(table ? listName : field, `${about} (${what} joined with "${NAME_SEPARATOR}")`, {
          kind: "list",
          link,
          value: value.name,
          table,
        }),
      );
    } else if (itemColumns.some((c) => c.name === "text")) {
      columns.push(str(field, `${about} (verbatim texts joined with "${TEXT_SEPARATOR}")`, { kind: "evidence", link, what: "text" }));
      columns.push(
        str(`${field}_spans`, `Where the evidence is: document:start-end (code points), joined with "${NAME_SEPARATOR}".`, {
          kind: "evidence",
          link,
          what: "spans",
        }),
      );
    } else if (ref && named(ref.references)) {
      columns.push(
        str(listName, `${about} ("Name (date)" joined with "${NAME_SEPARATOR}")`, {
          kind: "stops",
          link,
          value: ref.name,
          table: ref.references,
        }),
      );
    } else {
      const cols = itemColumns.map((c) => c.name);
      columns.push(str(listName, `${about} ("column=value, …" joined with "${NAME_SEPARATOR}")`, { kind: "items", link, columns: cols }));
    }
  }
  return {
    name: `${table}_flat`,
    path: `flat/${table}.csv`,
    table,
    description:
      `One row per record of ${table}, for spreadsheets: names instead of ids, lists in one cell, ` +
      "the documents' title, outlet, date and warnings.",
    // `rule` (how the record was found) last: analysts read the record and its sources first.
    columns: [...columns.filter((c) => c.name !== "rule"), ...documentColumns, ...columns.filter((c) => c.name === "rule")],
    primaryKey: ["id"],
  };
}

export function flatViews(): FlatView[] {
  return flatTables.map(flatView);
}

type Row = Record<string, unknown>;

/** The lookups flatRow needs, made once per dataset. */
export function flatContext(dataset: Dataset) {
  return {
    names: {
      actors: new Map(dataset.actors.map((a) => [a.id, a.name])),
      places: new Map(dataset.places.map((p) => [p.id, p.name])),
    } as Record<Named, Map<string, string>>,
    documents: new Map(dataset.documents.map((d) => [d.id, d])),
  };
}
type Context = ReturnType<typeof flatContext>;

const joined = (values: unknown[], sep: string) => {
  const present = values.filter((v) => v !== null && v !== undefined);
  return present.length ? present.join(sep) : null;
};

function documentIds(record: Row): string[] {
  if (typeof record.document_id === "string") return [record.document_id];
  return (record.document_ids as string[] | undefined) ?? [];
}

function cell(source: Source, record: Row, ctx: Context): unknown {
  switch (source.kind) {
    case "column":
      return record[source.column] ?? null;
    case "name": {
      const id = record[source.column] as string | null;
      return id ? (ctx.names[source.table].get(id) ?? null) : null;
    }
    case "list": {
      const values = source.link.rows(record).map((r) => r[source.value] as string);
      return joined(source.table ? values.map((v) => ctx.names[source.table!].get(v)) : values, NAME_SEPARATOR);
    }
    case "stops":
      return joined(
        source.link
          .rows(record)
          .map((r) => `${ctx.names[source.table].get(r[source.value] as string)}${r.date ? ` (${r.date as string})` : ""}`),
        NAME_SEPARATOR,
      );
    case "evidence": {
      const rows = source.link.rows(record);
      if (source.what === "text")
        return joined(
          rows.map((r) => r.text),
          TEXT_SEPARATOR,
        );
      return joined(
        rows.map((r) => `${r.document_id as string}:${r.start as number}-${r.end as number}`),
        NAME_SEPARATOR,
      );
    }
    case "items":
      return joined(
        source.link.rows(record).map((r) =>
          source.columns
            .filter((c) => r[c] !== null && r[c] !== undefined)
            .map((c) => `${c}=${String(r[c])}`)
            .join(", "),
        ),
        NAME_SEPARATOR,
      );
    case "documents": {
      const docs = documentIds(record).flatMap((id) => ctx.documents.get(id) ?? []);
      if (source.fact === "machine_written") return docs.some((d) => d.machine_generated);
      if (source.fact === "warnings")
        return joined(
          docs.flatMap((d) => d.warnings),
          TEXT_SEPARATOR,
        );
      return joined(
        docs.map((d) => d[source.fact as "title" | "outlet" | "published"]),
        NAME_SEPARATOR,
      );
    }
  }
}

export function flatRow(view: FlatView, record: Row, ctx: Context): Row {
  return Object.fromEntries(view.columns.map((c) => [c.name, cell(c.source, record, ctx)]));
}

/** A flat view as a Layout, so that toCsv and datapackage.json treat it like any other CSV file. */
export function flatLayout(view: FlatView, ctx: Context): Layout {
  return { ...view, rows: (r) => [flatRow(view, r, ctx)] };
}

// --- SQL: the same columns as a view over the tables of shuttle.sqlite -------------------------------------

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

function linkFrom(link: Layout): string {
  const owner = link.columns[0]!.name;
  return `FROM ${q(link.name)} l WHERE l.${q(owner)} = t.id`;
}

/** The record's documents as (id, position) rows, for the document facts. */
function documentSet(view: FlatView): string {
  const main = allLayouts().find((l) => l.name === view.table)!;
  if (main.columns.some((c) => c.name === "document_id")) return "(SELECT t.document_id AS id, 1 AS position)";
  const link = allLayouts().find((l) => l.table === view.table && l.field === "document_ids")!;
  return `(SELECT l.document_id AS id, l.position AS position ${linkFrom(link)})`;
}

/**
 * group_concat over rows in a given order. The order goes into a subquery, not into group_concat itself:
 * `group_concat(x ORDER BY y)` needs SQLite 3.44, and users open the file with older ones (Python, Debian).
 */
const joinedSql = (value: string, sep: string, from: string, orderBy: string) =>
  `(SELECT group_concat(v, ${lit(sep)}) FROM (SELECT ${value} AS v ${from} ORDER BY ${orderBy}))`;

function cellSql(source: Source, view: FlatView): string {
  const named = (link: Layout, table: Named, value: string) =>
    linkFrom(link).replace("WHERE", `JOIN ${q(table)} n ON n.id = l.${q(value)} WHERE`);
  switch (source.kind) {
    case "column":
      return `t.${q(source.column)}`;
    case "name":
      return `(SELECT n.name FROM ${q(source.table)} n WHERE n.id = t.${q(source.column)})`;
    case "list":
      return source.table
        ? joinedSql("n.name", NAME_SEPARATOR, named(source.link, source.table, source.value), "l.position")
        : joinedSql(`l.${q(source.value)}`, NAME_SEPARATOR, linkFrom(source.link), "l.position");
    case "stops":
      return joinedSql(
        "n.name || coalesce(' (' || l.date || ')', '')",
        NAME_SEPARATOR,
        named(source.link, source.table, source.value),
        "l.position",
      );
    case "evidence":
      return source.what === "text"
        ? joinedSql("l.text", TEXT_SEPARATOR, linkFrom(source.link), "l.position")
        : joinedSql(`l.document_id || ':' || l.start || '-' || l."end"`, NAME_SEPARATOR, linkFrom(source.link), "l.position");
    case "items": {
      // "c=value" for each present column, joined with ", " (concat_ws would need SQLite 3.44).
      const parts = source.columns.map((c) => `coalesce(${lit(`, ${c}=`)} || l.${q(c)}, '')`);
      return joinedSql(`substr(${parts.join(" || ")}, 3)`, NAME_SEPARATOR, linkFrom(source.link), "l.position");
    }
    case "documents": {
      const docs = `FROM ${documentSet(view)} x JOIN documents d ON d.id = x.id`;
      if (source.fact === "machine_written") return `EXISTS (SELECT 1 ${docs} WHERE d.machine_generated)`;
      if (source.fact === "warnings") {
        return joinedSql("w.warning", TEXT_SEPARATOR, `${docs} JOIN document_warnings w ON w.document_id = d.id`, "x.position, w.position");
      }
      return joinedSql(`d.${q(source.fact)}`, NAME_SEPARATOR, docs, "x.position");
    }
  }
}

/** CREATE VIEW for one flat view; rows in the order of the table (its insertion order). */
export function flatViewSql(view: FlatView): string {
  const cols = view.columns.map((c) => `  ${cellSql(c.source, view)} AS ${q(c.name)}`).join(",\n");
  return `CREATE VIEW ${q(view.name)} AS SELECT\n${cols}\nFROM ${q(view.table)} t ORDER BY t.rowid;`;
}
