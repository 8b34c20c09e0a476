/**
 * datasets/datapackage.json against the Frictionless Data Package v1 profiles (their JSON Schemas, vendored in
 * test/frictionless-profiles with their licence), and every CSV file against its Table Schema: header, types,
 * constraints, primary keys and foreign keys — what `frictionless validate` checks.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

const datasets = fileURLToPath(new URL("../../../datasets/", import.meta.url));
const profiles = fileURLToPath(new URL("../test/frictionless-profiles/", import.meta.url));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat("textarea", true); // an editor hint in the profiles, not a constraint
const profile = (name: string) => ajv.compile(JSON.parse(readFileSync(join(profiles, `${name}.json`), "utf8")));
const validators = Object.fromEntries(
  ["data-package", "tabular-data-package", "data-resource", "tabular-data-resource"].map((p) => [p, profile(p)]),
);

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}
interface Resource {
  name: string;
  path: string;
  profile: string;
  format: string;
  dialect?: { delimiter: string; lineTerminator: string; quoteChar: string; doubleQuote: boolean; header: boolean };
  schema?: {
    fields: Field[];
    primaryKey: string[];
    foreignKeys?: Array<{ fields: string; reference: { resource: string; fields: string } }>;
  };
}
const descriptor = () =>
  JSON.parse(readFileSync(join(datasets, "datapackage.json"), "utf8")) as { profile: string; resources: Resource[] } & Record<
    string,
    unknown
  >;

/** Problems of one descriptor under its declared profiles (package, then each resource). */
function profileProblems(dp: ReturnType<typeof descriptor>): string[] {
  const problems: string[] = [];
  const check = (profileName: string, value: unknown, where: string) => {
    const v = validators[profileName];
    if (!v) return problems.push(`${where}: unknown profile ${profileName}`);
    if (!v(value)) problems.push(...(v.errors ?? []).map((e) => `${where}${e.instancePath}: ${e.message}`));
  };
  check(dp.profile, dp, "package");
  for (const r of dp.resources) check(r.profile ?? "data-resource", r, `resource ${r.name}`);
  return problems;
}

const typeChecks: Record<string, (v: string) => boolean> = {
  string: () => true,
  integer: (v) => /^-?\d+$/.test(v),
  number: (v) => v.trim() !== "" && !Number.isNaN(Number(v)),
  boolean: (v) => v === "true" || v === "false",
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
};

function readCsv(r: Resource): { header: string[]; rows: Array<Record<string, string>> } {
  const d = r.dialect!;
  const [header, ...body]: string[][] = parse(readFileSync(join(datasets, r.path)), {
    delimiter: d.delimiter,
    quote: d.quoteChar,
    record_delimiter: d.lineTerminator,
  });
  return { header: header!, rows: body.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!]))) };
}

/** Problems of every CSV file against its Table Schema. */
function tableProblems(dp: ReturnType<typeof descriptor>): string[] {
  const problems: string[] = [];
  const tabular = dp.resources.filter((r) => r.profile === "tabular-data-resource");
  const data = new Map(tabular.map((r) => [r.name, readCsv(r)]));
  for (const r of tabular) {
    const { header, rows } = data.get(r.name)!;
    const fields = r.schema!.fields;
    if (header.join() !== fields.map((f) => f.name).join()) problems.push(`${r.path}: header ${header.join()} is not the schema's fields`);
    const keys = new Set<string>();
    rows.forEach((row, i) => {
      const at = `${r.path} row ${i + 2}`;
      for (const f of fields) {
        const v = row[f.name] ?? "";
        const c = f.constraints ?? {};
        if (v === "") {
          if (c.required) problems.push(`${at}: ${f.name} is required`);
          continue;
        }
        if (!typeChecks[f.type]!(v)) problems.push(`${at}: ${f.name}=${v} is not a ${f.type}`);
        if (c.enum && !c.enum.includes(v)) problems.push(`${at}: ${f.name}=${v} not in enum`);
        if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, "u").test(v)) problems.push(`${at}: ${f.name}=${v} does not match ${c.pattern}`);
        if (c.minimum !== undefined && Number(v) < c.minimum) problems.push(`${at}: ${f.name}=${v} < ${c.minimum}`);
      }
      const key = r.schema!.primaryKey.map((k) => row[k]).join("\u0000");
      if (keys.has(key)) problems.push(`${at}: duplicate primary key ${key}`);
      keys.add(key);
    });
    for (const fk of r.schema!.foreignKeys ?? []) {
      const target = data.get(fk.reference.resource || r.name);
      if (!target) {
        problems.push(`${r.path}: foreign key to unknown resource ${fk.reference.resource}`);
        continue;
      }
      const ids = new Set(target.rows.map((t) => t[fk.reference.fields]));
      for (const row of rows)
        if (row[fk.fields] && !ids.has(row[fk.fields]))
          problems.push(`${r.path}: ${fk.fields}=${row[fk.fields]} not in ${fk.reference.resource}`);
    }
  }
  return problems;
}

describe("datasets/datapackage.json under the Frictionless profiles", () => {
  const dp = descriptor();

  it("is valid under its declared profiles, package and every resource", () => {
    expect(dp.profile).toBe("data-package");
    expect(profileProblems(dp)).toEqual([]);
  });

  it("the check catches what the profiles forbid: JSON files in a tabular-data-package, a bad name, a clock-like created", () => {
    expect(profileProblems({ ...dp, profile: "tabular-data-package" }).length).toBeGreaterThan(0);
    expect(profileProblems({ ...dp, name: "Not Valid" })).not.toEqual([]);
    expect(profileProblems({ ...dp, created: "yesterday" })).not.toEqual([]);
  });

  it("has created, homepage, contributors and sources; CSV files are tabular with an explicit dialect", () => {
    expect(dp.created).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(dp.homepage).toMatch(/^https:\/\//);
    expect((dp.contributors as unknown[]).length).toBeGreaterThan(0);
    expect((dp.sources as unknown[]).length).toBeGreaterThan(0);
    for (const r of dp.resources) {
      expect(r.format === "csv", r.path).toBe(r.profile === "tabular-data-resource");
      if (r.format === "csv")
        expect(r.dialect, r.path).toEqual({ delimiter: ",", lineTerminator: "\n", quoteChar: '"', doubleQuote: true, header: true });
      if (r.schema) expect(r.schema.foreignKeys, `${r.path}: no empty foreignKeys list`).not.toEqual([]);
    }
  });

  it("every CSV file holds to its Table Schema: header, types, constraints, primary and foreign keys", () => {
    const tabular = dp.resources.filter((r) => r.profile === "tabular-data-resource");
    expect(tabular.length).toBeGreaterThanOrEqual(22);
    expect(tableProblems(dp)).toEqual([]);
  });

  it("the table check catches a broken foreign key and a wrong type", () => {
    const broken = structuredClone(dp);
    const participants = broken.resources.find((r) => r.name === "meeting_participants")!;
    participants.schema!.foreignKeys![0]!.reference.resource = "places";
    participants.schema!.fields.find((f) => f.name === "position")!.type = "boolean";
    const problems = tableProblems(broken);
    expect(problems.some((p) => p.includes("not in places"))).toBe(true);
    expect(problems.some((p) => p.includes("is not a boolean"))).toBe(true);
  });
});
