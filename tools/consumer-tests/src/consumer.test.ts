/**
 * The published packages as users meet them: pnpm packs every public package (the release dry run), plain
 * npm installs the data package's tarballs into a fresh project, and there the records are imported with ESM
 * and CommonJS, a TypeScript file is type-checked (a misspelled field must fail), and the CSV files are read
 * with a CSV parser and checked against datapackage.json. publint and arethetypeswrong check every package.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { publint } from "publint";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { packAll } from "../../../scripts/pack-all.mjs";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const require_ = (p: string) => fileURLToPath(import.meta.resolve(p));
interface Packed {
  name: string;
  version: string;
  tarball: string;
}

let packed: Packed[] = [];
let project = "";
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: project, encoding: "utf8" });

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), "shuttle-consumer-"));
  packed = packAll(join(dir, "tarballs"));
  project = join(dir, "project");
  execFileSync("mkdir", ["-p", project]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  const tarball = (n: string) => packed.find((p) => p.name === n)!.tarball;
  execFileSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", tarball("@shuttle/core"), tarball("@shuttle/data")],
    { cwd: project, stdio: "pipe" },
  );
}, 300_000);

const datasetJson = (t: string) => JSON.parse(readFileSync(join(root, "datasets", `${t}.json`), "utf8"));

describe("packages", () => {
  it("the dry run packs every public package", () => {
    expect(packed.map((p) => p.name).sort()).toEqual([
      "@shuttle/cli",
      "@shuttle/core",
      "@shuttle/data",
      "@shuttle/exporters",
      "@shuttle/parsers",
      "@shuttle/reference",
    ]);
  });

  it("publint finds no error or warning in any package", async () => {
    for (const p of packed) {
      const buf = readFileSync(p.tarball);
      const { messages } = await publint({
        pack: { tarball: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) },
        level: "warning",
      });
      expect(messages, p.name).toEqual([]);
    }
  }, 60_000);

  it("arethetypeswrong finds no problem in any package", () => {
    const attw = require_("@arethetypeswrong/cli/package.json").replace(/package\.json$/, "dist/index.js");
    for (const p of packed) {
      const r = spawnSync(process.execPath, [attw, p.tarball, "--format", "json"], { encoding: "utf8" });
      const report = JSON.parse(r.stdout);
      const problems = Object.values(report.problems ?? {}).flat();
      expect(problems, `${p.name}: ${r.stdout.slice(0, 2000)}`).toEqual([]);
    }
  }, 120_000);

  it("the data package ships records, not article texts", () => {
    const files = execFileSync("tar", ["tzf", packed.find((p) => p.name === "@shuttle/data")!.tarball], { encoding: "utf8" });
    expect(files).not.toMatch(/corpus|articles|\.txt\b/);
    const longest = Math.max(
      ...datasetJson("quotes").flatMap((q: { evidence: Array<{ text: string }> }) => q.evidence.map((e) => e.text.length)),
    );
    expect(longest).toBeLessThan(1000);
  });
});

describe("a fresh npm project with @shuttle/data installed", () => {
  it("imports the records with ESM", () => {
    const out = JSON.parse(
      node([
        "--input-type=module",
        "-e",
        "import { trips, quotes, version, urls } from '@shuttle/data'; console.log(JSON.stringify({ trips: trips.length, quotes: quotes.length, version, url: urls.csv.trips }))",
      ]),
    );
    expect(out).toEqual({
      trips: datasetJson("trips").length,
      quotes: datasetJson("quotes").length,
      version: datasetJson("datapackage").version,
      url: `https://cdn.jsdelivr.net/npm/@shuttle/data@${out.version}/data/trips.csv`,
    });
  });

  it("requires the records with CommonJS", () => {
    const out = JSON.parse(
      node([
        "-e",
        "const d = require('@shuttle/data'); console.log(JSON.stringify({ meetings: d.meetings.length, first: d.casualtyFigures[0].id, place: d.withNames(d.trips)[0].destinations[0].place }))",
      ]),
    );
    const firstStop = datasetJson("trips")[0].destinations[0].place_id;
    expect(out).toEqual({
      meetings: datasetJson("meetings").length,
      first: datasetJson("casualty_figures")[0].id,
      place: datasetJson("places").find((p: { id: string }) => p.id === firstStop).name,
    });
  });

  it("type-checks a TypeScript consumer, and a misspelled field is a type error", () => {
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        include: ["*.ts"],
      }),
    );
    writeFileSync(
      join(project, "good.ts"),
      "import { meetings, quotes, withNames, type Quote, type Trip } from '@shuttle/data';\nconst q: Quote | undefined = quotes[0];\n" +
        "export const speaker: string | null | undefined = q?.speaker_id;\nexport const stops = (t: Trip): string[] => t.destinations.map((d) => d.place_id);\n" +
        "export const who: string[] | undefined = withNames(meetings)[0]?.participants;\n",
    );
    expect(spawnSync(process.execPath, [tsc, "-p", project], { encoding: "utf8" }).stdout).toBe("");
    writeFileSync(join(project, "bad.ts"), "import { quotes } from '@shuttle/data';\nexport const s = quotes[0]?.speeker_id;\n");
    const bad = spawnSync(process.execPath, [tsc, "-p", project], { encoding: "utf8" });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toContain("speeker_id");
  }, 60_000);

  it("reads every CSV file with a CSV parser: columns, row counts and types match datapackage.json", () => {
    const dataDir = join(project, "node_modules", "@shuttle", "data", "data");
    const dp = JSON.parse(readFileSync(join(dataDir, "datapackage.json"), "utf8"));
    for (const r of dp.resources.filter((x: { format: string }) => x.format === "csv")) {
      const rows: string[][] = parse(readFileSync(join(dataDir, r.path)), { bom: false });
      const [header, ...body] = rows;
      const fields = r.schema.fields as Array<{ name: string; type: string; constraints?: { required?: boolean; enum?: string[] } }>;
      expect(header, r.path).toEqual(fields.map((f) => f.name));
      for (const row of body) {
        fields.forEach((f, i) => {
          const v = row[i]!;
          if (v === "") {
            expect(f.constraints?.required, `${r.path} ${f.name} is required`).not.toBe(true);
            return;
          }
          if (f.type === "integer") expect(v, `${r.path} ${f.name}`).toMatch(/^-?\d+$/);
          if (f.type === "date") expect(v, `${r.path} ${f.name}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (f.type === "boolean") expect(["true", "false"], `${r.path} ${f.name}`).toContain(v);
          if (f.constraints?.enum) expect(f.constraints.enum, `${r.path} ${f.name}`).toContain(v);
        });
      }
      // Row counts: a table has one row per record; a link table one per item of the list it flattens.
      const table = ["documents", "actors", "places", "trips", "meetings", "casualty_figures", "quotes"].find(
        (t) => r.name === t || r.name.startsWith(t.replace(/s$/, "").replace(/ie$/, "y") + "_"),
      );
      if (!table) continue;
      const records = JSON.parse(readFileSync(join(dataDir, `${table}.json`), "utf8")) as Array<Record<string, unknown[]>>;
      const field = r.name === table ? null : Object.keys(records[0] ?? {}).find((k) => r.name.endsWith(`_${k.replace(/_ids$/, "s")}`));
      const expected = field ? records.reduce((n, rec) => n + (rec[field]?.length ?? 0), 0) : records.length;
      expect(body.length, r.path).toBe(expected);
    }
  });

  it("runs the example script", () => {
    copyFileSync(join(root, "examples", "summary.mjs"), join(project, "summary.mjs"));
    const out = node(["summary.mjs"]);
    expect(out).toMatch(/^Shuttle data \d+\.\d+\.\d+: \d+ trips, \d+ meetings, \d+ casualty figures, \d+ quotes/);
    expect(out).toContain("Antony Blinken");
  });
});
