import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./main.js";
import { MAX_ARTICLE_BYTES } from "./io.js";
import { buildDatasets } from "./commands/build.js";
import { findRoot } from "./corpus.js";
import { FILES_MANIFEST } from "./output.js";

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await run(
    argv,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "shuttle-cli-"));
const good = join(dir, "good.txt");
writeFileSync(
  good,
  "US Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in " +
    "Jerusalem on Tuesday. “We are here to help,” Blinken said.\n",
);

describe("shuttle extract", () => {
  it("prints one JSON object with the records and the actors and places they refer to", async () => {
    const r = await cli("extract", good, "--published", "2024-01-10", "--format", "json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual(["documents", "actors", "places", "trips", "meetings", "casualty_figures", "quotes", "official_legs"]);
    expect(out.meetings).toHaveLength(1);
    expect(out.meetings[0]).toMatchObject({
      participant_ids: ["antony-blinken", "benjamin-netanyahu"],
      place_id: "jerusalem",
      date: "2024-01-09",
      status: "held",
    });
    expect(out.quotes[0]).toMatchObject({ text: "We are here to help", speaker_id: "antony-blinken" });
    expect(out.actors.map((a: { id: string; name: string }) => a.id)).toEqual(["antony-blinken", "benjamin-netanyahu"]);
    expect(out.places.map((p: { id: string }) => p.id)).toEqual(["jerusalem"]);
  });

  it("counts offsets in code points, so astral characters (emoji) do not shift the spans", async () => {
    const file = join(dir, "emoji.txt");
    const text =
      "Blinken said “hi 😀 there” to Netanyahu. “We are close to a deal 🤝,” Secretary of State Antony Blinken told reporters.\n";
    writeFileSync(file, text);
    const out = JSON.parse((await cli("extract", file, "--format", "json")).out);
    const chars = Array.from(text);
    for (const q of out.quotes) for (const e of q.evidence) expect(chars.slice(e.start, e.end).join("")).toBe(e.text);
    expect(out.quotes.map((q: { text: string }) => q.text)).toContain("We are close to a deal 🤝");
  });

  it("prints NDJSON lines tagged with their table", async () => {
    const lines = (await cli("extract", good, "--format", "ndjson")).out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.find((l) => l.table === "quotes")).toMatchObject({ text: "We are here to help" });
  });

  it("writes CSV files to --out", async () => {
    const out = join(dir, "csv-out");
    expect((await cli("extract", good, "--format", "csv", "--out", out)).code).toBe(0);
    expect(readFileSync(join(out, "meetings.csv"), "utf8").split("\n")[0]).toContain("id,place_id,date");
  });

  it("rejects a bad date and a bad format with exit 2", async () => {
    expect(await cli("extract", good, "--published", "10/01/2024")).toMatchObject({ code: 2 });
    expect((await cli("extract", good, "--format", "xml")).err).toContain("--format must be");
  });
});

describe("bad input", () => {
  const bad: Array<[string, () => string, string]> = [
    ["a missing file", () => join(dir, "nope.txt"), "no such file"],
    [
      "a directory",
      () => {
        const d = join(dir, "adir");
        mkdirSync(d, { recursive: true });
        return d;
      },
      "is a directory",
    ],
    [
      "an empty file",
      () => {
        const f = join(dir, "empty.txt");
        writeFileSync(f, "  \n");
        return f;
      },
      "is empty",
    ],
    [
      "a binary file",
      () => {
        const f = join(dir, "bin.txt");
        writeFileSync(f, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
        return f;
      },
      "binary",
    ],
    [
      "a non-UTF-8 file",
      () => {
        const f = join(dir, "latin1.txt");
        writeFileSync(f, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e]));
        return f;
      },
      "not valid UTF-8",
    ],
    [
      "a file over the size limit",
      () => {
        const f = join(dir, "big.txt");
        writeFileSync(f, "a".repeat(MAX_ARTICLE_BYTES + 1));
        return f;
      },
      "the limit is",
    ],
  ];
  for (const [what, make, message] of bad) {
    it(`names ${what} and exits non-zero, keeping the other documents' records`, async () => {
      const file = make();
      const r = await cli("extract", file, good, "--format", "json");
      expect(r.code).toBe(1);
      expect(r.err).toContain(file);
      expect(r.err).toContain(message);
      expect(JSON.parse(r.out).quotes).toHaveLength(1);
    });
  }

  for (const [what, make, message] of bad) {
    it(`shuttle build names ${what} in the corpus, still writes the other documents' records, and exits 1`, async () => {
      const root = mkdtempSync(join(tmpdir(), "shuttle-build-"));
      mkdirSync(join(root, "corpus", "articles"), { recursive: true });
      mkdirSync(join(root, "packages", "data"), { recursive: true });
      writeFileSync(join(root, "packages", "data", "package.json"), JSON.stringify({ version: "1.0.0" }));
      writeFileSync(join(root, "corpus", "articles", "good.txt"), readFileSync(good));
      const file = make();
      writeFileSync(
        join(root, "corpus", "manifest.json"),
        JSON.stringify({
          documents: [
            { id: "good", file: "articles/good.txt", published: "2024-01-10" },
            { id: "bad", file },
          ],
        }),
      );
      const r = await cli("build", "--root", root);
      expect(r.code).toBe(1);
      expect(r.err).toContain(file);
      expect(r.err).toContain(message);
      expect(
        JSON.parse(readFileSync(join(root, "datasets", "quotes.json"), "utf8")).map((q: { document_id: string }) => q.document_id),
      ).toEqual(["good"]);
    });
  }

  it("shuttle build reports a bad document, writes the others whole, and exits 1", async () => {
    const root = join(dir, "repo");
    mkdirSync(join(root, "corpus", "articles"), { recursive: true });
    mkdirSync(join(root, "packages", "data"), { recursive: true });
    writeFileSync(join(root, "packages", "data", "package.json"), JSON.stringify({ version: "9.9.9" }));
    writeFileSync(join(root, "corpus", "articles", "a.txt"), readFileSync(good));
    writeFileSync(join(root, "corpus", "articles", "b.txt"), Buffer.from([0xff, 0xfe, 0x00]));
    writeFileSync(
      join(root, "corpus", "manifest.json"),
      JSON.stringify({
        documents: [
          { id: "a", file: "articles/a.txt", published: "2024-01-10" },
          { id: "b", file: "articles/b.txt" },
        ],
      }),
    );
    const r = await cli("build", "--root", root);
    expect(r.code).toBe(1);
    expect(r.err).toContain("b.txt");
    const out = join(root, "datasets");
    expect(JSON.parse(readFileSync(join(out, "quotes.json"), "utf8"))).toMatchObject([{ document_id: "a" }]);
    expect(JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8")).version).toBe("9.9.9");
    expect(readdirSync(root).filter((f) => f.includes(".tmp-") || f.includes(".old-"))).toEqual([]);
    expect((await cli("validate", out, "--corpus", join(root, "corpus"))).code).toBe(1); // b.txt cannot be read
  });

  it("reports an invalid manifest by name", async () => {
    const root = join(dir, "repo2");
    mkdirSync(join(root, "corpus"), { recursive: true });
    writeFileSync(join(root, "corpus", "manifest.json"), "{ not json");
    const r = await cli("build", "--root", root);
    expect(r.code).toBe(1);
    expect(r.err).toContain("manifest.json");
    expect(existsSync(join(root, "datasets"))).toBe(false);
  });
});

describe("the committed datasets", () => {
  const root = findRoot(__dirname);
  it("are what the build makes now, byte for byte (rebuild with `pnpm build` when this fails)", async () => {
    const { files, errors } = buildDatasets({ root });
    expect(errors).toEqual([]);
    for (const [path, content] of files) expect(readFileSync(join(root, "datasets", path), "utf8"), path).toBe(content);
    // shuttle.sqlite, parquet/ and site/ are made from these files by the exporters' `derived` step (tested there).
    const derived = (p: string) => p === "shuttle.sqlite" || p.startsWith("parquet/") || p.startsWith("site/");
    const onDisk = readdirSync(join(root, "datasets"), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(join(root, "datasets").length + 1))
      .filter((p) => !derived(p))
      .sort();
    expect(onDisk).toEqual([...files.keys(), FILES_MANIFEST].sort());
    // the list of the build's own files, so the next build removes only files it made: same build, same bytes
    expect(JSON.parse(readFileSync(join(root, "datasets", FILES_MANIFEST), "utf8")).files).toEqual([...files.keys()].sort());
  }, 60_000); // the whole corpus: slow on a busy machine

  it("validate: schemas, references, hashes and every evidence span against the texts", async () => {
    const r = await cli("validate", join(root, "datasets"), "--corpus", join(root, "corpus"));
    expect(r.err).toContain("ok (5 texts checked)");
    expect(r.code).toBe(0);
  });

  it("hold records from all five articles", async () => {
    const { files } = buildDatasets({ root });
    for (const table of ["quotes", "casualty_figures", "meetings", "trips"]) {
      const docs = new Set(
        (JSON.parse(files.get(`${table}.json`)!) as Array<{ document_id?: string; document_ids?: string[] }>).flatMap(
          (r) => r.document_ids ?? [r.document_id!],
        ),
      );
      expect(docs.size, table).toBeGreaterThanOrEqual(table === "casualty_figures" || table === "trips" ? 3 : 5);
    }
  });
});
