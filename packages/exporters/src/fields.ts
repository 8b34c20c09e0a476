/**
 * Table layout derived from the zod schemas (through their JSON Schema), so CSV columns, link tables,
 * datapackage.json and the data dictionary can never drift from the record model.
 * CSV has no lists: every array field becomes a link table `<row>_<field>` with the owner's id and a
 * 1-based position; arrays of objects keep the objects' fields as columns.
 */
import { z } from "zod";
import { tables, type TableName, type TableSpec } from "@shuttle/core";

export type FieldType = "string" | "integer" | "number" | "boolean" | "date";

export interface Column {
  name: string;
  type: FieldType;
  description: string;
  required: boolean;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  /** The table whose id this column holds. */
  references?: TableName;
}

export interface Layout {
  /** File name without extension. */
  name: string;
  /** Path of the CSV file when it is not `<name>.csv`. */
  path?: string;
  /** The table it belongs to; link tables name their owner. */
  table: TableName;
  /** For a link table: the array field it flattens. */
  field?: string;
  description: string;
  columns: Column[];
  primaryKey: string[];
  /** Turns a record of the table into this file's rows. */
  rows: (record: Record<string, unknown>) => Array<Record<string, unknown>>;
}

type JsonSchema = {
  type?: string | string[];
  format?: string;
  description?: string;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

/** Resolves "#/$defs/X" references (zod emits them for schemas registered with an id) and merges descriptions. */
function deref(root: JsonSchema, s: JsonSchema): JsonSchema {
  let cur = s;
  let description = s.description;
  while (cur.$ref) {
    const name = cur.$ref.replace(/^#\/\$defs\//, "");
    const target = root.$defs?.[name];
    if (!target) throw new Error(`unresolved $ref ${cur.$ref}`);
    description ??= target.description;
    cur = { ...target, ...Object.fromEntries(Object.entries(cur).filter(([k]) => k !== "$ref")) };
  }
  const out: JsonSchema = { ...cur, description };
  if (out.anyOf) out.anyOf = out.anyOf.map((x) => deref(root, x));
  if (out.items) out.items = deref(root, out.items);
  if (out.properties) out.properties = Object.fromEntries(Object.entries(out.properties).map(([k, v]) => [k, deref(root, v)]));
  return out;
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any", reused: "inline" }) as JsonSchema;
}

function unwrap(s: JsonSchema): { inner: JsonSchema; nullable: boolean } {
  // zod writes a nullable primitive as type: ["string", "null"] and a nullable object as anyOf [..., null].
  if (Array.isArray(s.type) && s.type.includes("null")) {
    const rest = s.type.filter((t) => t !== "null");
    return {
      inner: { ...s, type: rest.length === 1 ? rest[0] : rest, ...(s.enum ? { enum: s.enum.filter((e) => e !== null) } : {}) },
      nullable: true,
    };
  }
  if (s.enum?.includes(null as unknown as string)) return { inner: { ...s, enum: s.enum.filter((e) => e !== null) }, nullable: true };
  if (s.anyOf) {
    const inner = s.anyOf.find((x) => x.type !== "null") ?? {};
    return { inner: { ...inner, description: s.description ?? inner.description }, nullable: s.anyOf.some((x) => x.type === "null") };
  }
  return { inner: s, nullable: false };
}

function scalarColumn(name: string, s: JsonSchema, required: boolean, references?: TableName): Column {
  const { inner, nullable } = unwrap(s);
  const t = Array.isArray(inner.type) ? inner.type.find((x) => x !== "null") : inner.type;
  const type: FieldType =
    inner.format === "date" ? "date" : t === "integer" ? "integer" : t === "number" ? "number" : t === "boolean" ? "boolean" : "string";
  const col: Column = { name, type, description: inner.description ?? s.description ?? "", required: required && !nullable };
  if (inner.enum) col.enum = inner.enum;
  if (inner.pattern && type === "string") col.pattern = inner.pattern;
  if (typeof inner.minimum === "number") col.minimum = inner.minimum;
  if (references) col.references = references;
  return col;
}

/** The name of one item of a list field: aliases → alias, warnings → warning, categories → category. */
export function singular(field: string): string {
  if (field.endsWith("_ids")) return field.slice(0, -4);
  if (field.endsWith("ies")) return field.slice(0, -3) + "y";
  if (/(s|x|z|ch|sh)es$/.test(field)) return field.slice(0, -2);
  return field.replace(/s$/, "");
}

export function layoutsOf(spec: TableSpec): Layout[] {
  const root = jsonSchemaOf(spec.schema);
  const js = deref(root, root);
  const props = js.properties ?? {};
  const required = new Set(js.required ?? []);
  const main: Column[] = [];
  const links: Layout[] = [];
  const owner = `${spec.row}_id`;
  for (const [field, raw] of Object.entries(props)) {
    const { inner } = unwrap(raw);
    if (inner.type !== "array") {
      main.push(scalarColumn(field, raw, required.has(field), spec.references[field]));
      continue;
    }
    const items = inner.items ?? {};
    const name = `${spec.row}_${field.replace(/_ids$/, "s")}`;
    const ownerCol: Column = {
      name: owner,
      type: "string",
      description: `The ${spec.row} this row belongs to.`,
      required: true,
      references: spec.name,
    };
    if (items.type === "object" && items.properties) {
      const itemReq = new Set(items.required ?? []);
      const cols = Object.entries(items.properties).map(([f, s]) => scalarColumn(f, s, itemReq.has(f), spec.references[`${field}.${f}`]));
      const hasPosition = cols.some((c) => c.name === "position");
      const position: Column = {
        name: "position",
        type: "integer",
        description: "1-based order within the list.",
        required: true,
        minimum: 1,
      };
      links.push({
        name,
        table: spec.name,
        field,
        description: `${inner.description ?? field} One row per item of ${spec.name}.${field}.`,
        columns: [ownerCol, ...(hasPosition ? [] : [position]), ...cols],
        primaryKey: [owner, "position"],
        rows: (r) =>
          ((r[field] as Array<Record<string, unknown>>) ?? []).map((item, i) => ({
            [owner]: r.id,
            ...(hasPosition ? {} : { position: i + 1 }),
            ...item,
          })),
      });
    } else {
      const ref = spec.references[field];
      const valueName = ref ? `${tables.find((t) => t.name === ref)!.row}_id` : singular(field);
      const value = scalarColumn(valueName, { ...items, description: inner.description ?? "" }, true, ref);
      links.push({
        name,
        table: spec.name,
        field,
        description: `${inner.description ?? field} One row per item of ${spec.name}.${field}.`,
        columns: [
          ownerCol,
          { name: "position", type: "integer", description: "1-based order within the list.", required: true, minimum: 1 },
          value,
        ],
        primaryKey: [owner, "position"],
        rows: (r) => ((r[field] as unknown[]) ?? []).map((v, i) => ({ [owner]: r.id, position: i + 1, [valueName]: v })),
      });
    }
  }
  const meta = z.globalRegistry.get(spec.schema);
  return [
    { name: spec.name, table: spec.name, description: meta?.description ?? spec.name, columns: main, primaryKey: ["id"], rows: (r) => [r] },
    ...links,
  ];
}

/** Every file of the dataset in a fixed order: each table, then its link tables. */
export function allLayouts(): Layout[] {
  return tables.flatMap(layoutsOf);
}
