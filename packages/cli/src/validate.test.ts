/**
 * Issue 12 point 5: `shuttle validate` checks what the data means. Each tampering of a built dataset is made
 * the way a careless editor would (hashes and sizes in datapackage.json recomputed afterwards) and must fail.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allLayouts, toCsv } from "@shuttle/exporters";
import { findRoot, recordsOf } from "./corpus.js";
import { cli } from "./testing.js";

const root = findRoot(__dirname);
const corpus = join(root, "corpus");

type Rec = Record<string, unknown> & { id: string };

class Copy {
  readonly dir = mkdtempSync(join(tmpdir(), "shuttle-tamper-"));
  constructor() {
    cpSync(join(root, "datasets"), this.dir, { recursive: true });
  }
  read = (f: string) => readFileSync(join(this.dir, f), "utf8");
  write = (f: string, c: string) => writeFileSync(join(this.dir, f), c);
  /** Edits a JSON table's records, keeping the file's shape. */
  editJson(table: string, edit: (records: Rec[]) => void, alsoCsv = false) {
    const file = `${table}.json`;
    const parsed = JSON.parse(this.read(file));
    const records = recordsOf(parsed) as Rec[];
    edit(records);
    this.write(file, JSON.stringify(Array.isArray(parsed) ? records : { ...parsed, records }, null, 2) + "\n");
    if (alsoCsv) for (const l of allLayouts().filter((x) => x.table === table)) this.write(`${l.name}.csv`, toCsv(l, records));
  }
  editLines(file: string, edit: (lines: string[]) => void) {
    const lines = this.read(file).split("\n");
    edit(lines);
    this.write(file, lines.join("\n"));
  }
  /** What a tamperer does last: sizes and hashes in datapackage.json made to match again. */
  rehash() {
    const dp = JSON.parse(this.read("datapackage.json")) as { resources: Array<{ path: string; bytes: number; hash: string }> };
    for (const r of dp.resources) {
      try {
        const buf = readFileSync(join(this.dir, r.path));
        r.bytes = buf.length;
        r.hash = `sha256:${createHash("sha256").update(buf).digest("hex")}`;
      } catch {
        /* a deleted file stays listed */
      }
    }
    this.write("datapackage.json", JSON.stringify(dp, null, 2) + "\n");
  }
  async validate(withTexts = true) {
    const r = await cli(["validate", this.dir, ...(withTexts ? ["--corpus", corpus] : [])]);
    rmSync(this.dir, { recursive: true, force: true });
    return r;
  }
}

const bump = (n: string) => String(Number(n) + 1);
const moveSpan = (line: string) => line.replace(/,(\d+),(\d+),/, (_, start, end) => `,${bump(start)},${bump(end)},`);

function dropResource(c: Copy, path: string) {
  const dp = JSON.parse(c.read("datapackage.json"));
  dp.resources = dp.resources.filter((r: { path: string }) => r.path !== path);
  c.write("datapackage.json", JSON.stringify(dp, null, 2));
}

function changeVersion(c: Copy) {
  const parsed = JSON.parse(c.read("quotes.json"));
  const records = Array.isArray(parsed) ? parsed : parsed.records;
  c.write("quotes.json", JSON.stringify({ name: "quotes", version: "9.9.9", records }));
}

const tamperings: Array<[string, (c: Copy) => void, RegExp]> = [
  [
    "a duplicated row in quotes.csv",
    (c) => c.editLines("quotes.csv", (l) => l.splice(2, 0, l[1]!)),
    /quotes\.csv: row 3 repeats the primary key id/,
  ],
  [
    "a deleted row in quotes.csv",
    (c) => c.editLines("quotes.csv", (l) => l.splice(1, 1)),
    /quotes\.csv: line 2 differs from the records of quotes\.json/,
  ],
  [
    "a changed count in casualty_figures.csv",
    (c) => c.editLines("casualty_figures.csv", (l) => (l[1] = l[1]!.replace(/,(\d+),/, (_, n) => `,${bump(n)},`))),
    /casualty_figures\.csv: line 2 differs/,
  ],
  [
    "a changed count in casualty_figures.json",
    (c) => c.editJson("casualty_figures", (r) => (r[0]!.count = 999_999)),
    /casualty_figures\.csv: line 2 differs from the records of casualty_figures\.json/,
  ],
  [
    "a changed quote text in quotes.json",
    (c) => c.editJson("quotes", (r) => (r[0]!.text = "Words nobody said")),
    /quotes\.csv: line 2 differs/,
  ],
  [
    "an evidence offset moved in quote_evidence.csv",
    (c) => c.editLines("quote_evidence.csv", (l) => (l[1] = moveSpan(l[1]!))),
    /quote_evidence\.csv: row 2: span \[\d+, \d+\) of \S+ is /,
  ],
  [
    "an evidence offset moved in both JSON and CSV",
    (c) =>
      c.editJson(
        "quotes",
        (r) => {
          const e = (r[0]!.evidence as Array<{ start: number; end: number }>)[0]!;
          e.start += 2;
          e.end += 2;
        },
        true,
      ),
    /quotes quote_\w+: evidence in \S+ span/,
  ],
  [
    "CSV and JSON that disagree on a meeting's date",
    (c) => c.editJson("meetings", (r) => (r[0]!.date = "1999-01-01")),
    /meetings\.csv: line 2 differs/,
  ],
  [
    "a resource dropped from datapackage.json, then the file edited",
    (c) => {
      dropResource(c, "quotes.csv");
      c.editLines("quotes.csv", (l) => l.splice(1, 1));
    },
    /quotes\.csv: not listed in datapackage\.json/,
  ],
  ["the data dictionary deleted", (c) => rmSync(join(c.dir, "README.md")), /README\.md: the data dictionary is missing/],
  ["a listed file deleted", (c) => rmSync(join(c.dir, "places.csv")), /places\.csv: listed in datapackage\.json but missing/],
  ["a file added that the package does not list", (c) => c.write("extra.csv", "a,b\n1,2\n"), /extra\.csv: not listed in datapackage\.json/],
  [
    "a speaker that does not exist, in JSON and CSV",
    (c) => c.editJson("quotes", (r) => (r[0]!.speaker_id = "nobody-at-all"), true),
    /refers to missing actors nobody-at-all/,
  ],
  [
    "a speaker that does not exist, in the CSV only",
    (c) => c.editLines("quotes.csv", (l) => (l[1] = l[1]!.replace(/,antony-blinken,/, ",nobody-at-all,"))),
    /quotes\.csv: row 2: speaker_id = nobody-at-all is not in actors\.csv/,
  ],
  ["a duplicated id in JSON and CSV", (c) => c.editJson("quotes", (r) => r.splice(1, 0, { ...r[0]! }), true), /quotes: duplicate id/],
  ["a version that disagrees with datapackage.json", changeVersion, /quotes\.json: version 9\.9\.9, datapackage\.json says/],
  [
    "a document's sha256 changed in JSON and CSV",
    (c) => c.editJson("documents", (r) => (r[0]!.sha256 = "0".repeat(64)), true),
    /sha256 does not match the text/,
  ],
  ["a record that breaks its schema", (c) => c.editJson("casualty_figures", (r) => (r[0]!.count = -5), true), /count/],
];

/** Edits made the same in the JSON and the CSV, hashes recomputed: only the record's own evidence gives them away. */
const consistentTamperings: Array<[string, (c: Copy) => void, RegExp]> = [
  [
    "a count changed in JSON and CSV",
    (c) => c.editJson("casualty_figures", (r) => (r[0]!.count = (r[0]!.count as number) + 1), true),
    /casualty_figures casualty_\w+: count \d+ is not what count_text "[^"]+" says/,
  ],
  [
    "a count and its count text changed in JSON and CSV",
    (c) =>
      c.editJson(
        "casualty_figures",
        (r) => {
          r[0]!.count = 123_456;
          r[0]!.count_text = "123,456";
        },
        true,
      ),
    /casualty_figures casualty_\w+: count_text "123,456" is not in its evidence/,
  ],
  [
    "a quote's words changed in JSON and CSV",
    (c) => c.editJson("quotes", (r) => (r[0]!.text = "Words nobody said"), true),
    /quotes quote_\w+: text is not the words its evidence cites/,
  ],
];

describe("shuttle validate finds every tampering (hashes recomputed)", () => {
  it("the untouched copy is valid, with every text checked", async () => {
    const c = new Copy();
    c.rehash();
    expect(await c.validate()).toMatchObject({ code: 0, err: expect.stringContaining("ok (5 texts checked)") });
  });

  for (const [what, tamper, message] of tamperings) {
    it(what, async () => {
      const c = new Copy();
      tamper(c);
      c.rehash();
      const r = await c.validate();
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
    });
  }

  for (const [what, tamper, message] of consistentTamperings) {
    it(`${what}, found with or without the texts`, async () => {
      for (const withTexts of [true, false]) {
        const c = new Copy();
        tamper(c);
        c.rehash();
        const r = await c.validate(withTexts);
        expect(r.code).toBe(1);
        expect(r.err).toMatch(message);
      }
    });
  }

  it("without the texts it says so instead of claiming the evidence was checked", async () => {
    const c = new Copy();
    const r = await cli(["validate", c.dir, "--corpus", join(c.dir, "no-corpus-here")]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("evidence not checked against the texts");
  });
});
