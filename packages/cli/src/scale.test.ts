/** Issue 10 (CLI side): streaming NDJSON, worker threads with output in input order, shards that merge. */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { findRoot, readManifest, recordsOf } from "./corpus.js";
import { linesOf } from "./inputs.js";
import { ARTICLE, ARTICLE_2, cli } from "./testing.js";

const root = findRoot(__dirname);
const corpus = join(root, "corpus");
const bin = join(__dirname, "..", "dist", "bin.js");
const dir = mkdtempSync(join(tmpdir(), "shuttle-scale-"));

/** A manifest of some of the corpus's documents (files given as absolute paths). */
function shardManifest(name: string, pick: (i: number) => boolean): string {
  const documents = readManifest(corpus)
    .documents.filter((_, i) => pick(i))
    .map((d) => ({ ...d, file: join(corpus, d.file) }));
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify({ documents }));
  return file;
}

describe("shards that merge", () => {
  const all = shardManifest("all", () => true);
  const even = shardManifest("even", (i) => i % 2 === 0);
  const odd = shardManifest("odd", (i) => i % 2 === 1);

  it("extract per shard, then merge: the same JSON as one run, and the same records as the build", async () => {
    const shards = [];
    for (const [name, manifest] of [
      ["even", even],
      ["odd", odd],
    ] as const) {
      const r = await cli(["extract", "--manifest", manifest, "--format", "ndjson"]);
      expect(r.code).toBe(0);
      shards.push(join(dir, `${name}.ndjson`));
      writeFileSync(shards.at(-1)!, r.out);
    }
    const oneRun = await cli(["extract", "--manifest", all, "--format", "json"]);
    const merged = await cli(["merge", ...shards]);
    expect(merged.code).toBe(0);
    expect(merged.out).toBe(oneRun.out);
    expect((await cli(["merge", ...shards.reverse()])).out).toBe(oneRun.out); // shard order does not matter
    const ds = JSON.parse(merged.out);
    for (const table of Object.keys(ds)) {
      expect(ds[table], table).toEqual(recordsOf(JSON.parse(readFileSync(join(root, "datasets", `${table}.json`), "utf8"))));
    }
  });

  it("merge --format csv writes the same files as extract --format csv over all documents", async () => {
    const shard = join(dir, "all.ndjson");
    writeFileSync(shard, (await cli(["extract", "--manifest", all, "--format", "ndjson"])).out);
    const a = join(dir, "csv-one-run");
    const b = join(dir, "csv-merged");
    expect((await cli(["extract", "--manifest", all, "--format", "csv", "--out", a])).code).toBe(0);
    expect((await cli(["merge", shard, "--format", "csv", "--out", b])).code).toBe(0);
    const filesIn = (d: string) =>
      readdirSync(d, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(d, join(e.parentPath, e.name)))
        .sort();
    const files = filesIn(a);
    expect(filesIn(b)).toEqual(files);
    for (const f of files) expect(readFileSync(join(b, f), "utf8"), f).toBe(readFileSync(join(a, f), "utf8"));
  });

  it("a bad shard line is named by file and line; the other documents are merged", async () => {
    const shard = join(dir, "bad.ndjson");
    const good = (await cli(["extract", "-", "--format", "ndjson"], JSON.stringify({ id: "g", text: ARTICLE }))).out;
    writeFileSync(shard, `${good}{ broken\n${JSON.stringify({ table: "quotes", id: "q", document_id: "lost" })}\n`);
    const r = await cli(["merge", shard]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${shard}:${good.split("\n").length}: not JSON`);
    expect(r.err).toContain("lost: records without their document line");
    expect(JSON.parse(r.out).documents.map((d: { id: string }) => d.id)).toEqual(["g"]);
  });
});

describe("lines of an NDJSON stream", () => {
  it("the same lines as readline, however the bytes are cut into chunks (CR LF across chunks, UTF-8 split)", async () => {
    const { createInterface } = await import("node:readline");
    const { Readable } = await import("node:stream");
    const texts = ["a\nb\r\nc\rd\n", "\n\n x \r\r\n", "é€😀\r\nlast", "", "\r", "one\r\n", "a\r\n\r\nb"];
    for (const text of texts) {
      const bytes = Buffer.from(text);
      const expected: string[] = [];
      for await (const l of createInterface({ input: Readable.from([bytes]), crlfDelay: Infinity })) expected.push(l);
      for (let size = 1; size <= bytes.length + 1; size++) {
        const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
        const got: string[] = [];
        for await (const l of linesOf(Readable.from(chunks))) got.push(l);
        expect(got, `${JSON.stringify(text)} in chunks of ${size}`).toEqual(expected);
      }
    }
  });
});

describe("input order does not change the merged output", () => {
  it("extract A B gives the same JSON as extract B A", async () => {
    const a = join(dir, "order-a.txt");
    const b = join(dir, "order-b.txt");
    writeFileSync(a, ARTICLE);
    writeFileSync(b, ARTICLE_2);
    expect((await cli(["extract", b, a])).out).toBe((await cli(["extract", a, b])).out);
  });
});

describe.skipIf(!existsSync(bin))("worker threads and streaming (built CLI)", () => {
  it("--jobs 1, 2 and 3 give byte-identical output, NDJSON in input order", () => {
    const all = join(dir, "all.json");
    for (const format of ["ndjson", "json"]) {
      const args = ["extract", "--manifest", all, "--format", format, "--jobs"];
      const outs = [1, 2, 3].map((n) => spawnSync(process.execPath, [bin, ...args, String(n)], { encoding: "utf8" }));
      for (const o of outs) expect(o.status, o.stderr).toBe(0);
      expect(outs[1]!.stdout).toBe(outs[0]!.stdout);
      expect(outs[2]!.stdout).toBe(outs[0]!.stdout);
      if (format === "ndjson") {
        const docs = outs[2]!.stdout
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l))
          .filter((l) => l.table === "documents")
          .map((d) => d.id);
        expect(docs).toEqual(readManifest(corpus).documents.map((d) => d.id));
      }
    }
  }, 120_000);

  it("NDJSON: a document's records come out while standard input is still open", async () => {
    const child = spawn(process.execPath, [bin, "extract", "-", "--format", "ndjson", "--jobs", "2"], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    child.stdout.setEncoding("utf8");
    const firstOutput = new Promise<void>((resolve) =>
      child.stdout.on("data", (s: string) => {
        out += s;
        if (out.includes('"table":"quotes"')) resolve();
      }),
    );
    child.stdin.write(`${JSON.stringify({ id: "first", text: ARTICLE })}\n`);
    child.stdin.write(`${JSON.stringify({ id: "second", text: ARTICLE_2 })}\n`);
    await firstOutput; // would hang (and time out) if nothing were written before the input ends
    expect(out).toContain('"id":"first"');
    child.stdin.end(`${JSON.stringify({ id: "third", text: ARTICLE })}\n`);
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    const documents = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
      .filter((l) => l.table === "documents");
    expect(documents.map((d) => d.id)).toEqual(["first", "second", "third"]);
  }, 60_000);

  it("NDJSON into --out: the same lines as printed, with two workers, and no staged file left behind", () => {
    const all = join(dir, "all.json");
    const staging = mkdtempSync(join(tmpdir(), "shuttle-staging-"));
    const out = join(dir, "ndjson-out");
    const env = { ...process.env, TMPDIR: staging };
    const args = [bin, "extract", "--manifest", all, "--format", "ndjson", "--jobs", "2"];
    const printed = spawnSync(process.execPath, args, { encoding: "utf8", env });
    const written = spawnSync(process.execPath, [...args, "--out", out], { encoding: "utf8", env });
    expect(written.status, written.stderr).toBe(0);
    expect(readFileSync(join(out, "records.ndjson"), "utf8")).toBe(printed.stdout);
    expect(readdirSync(staging)).toEqual([]);
  }, 120_000);

  it("a worker out of memory under its heap limit loses no document: the document runs again without the limit", () => {
    const input = [ARTICLE, ARTICLE_2, ARTICLE].map((text, i) => JSON.stringify({ id: `doc-${i}`, text })).join("\n");
    const args = [bin, "extract", "-", "--format", "ndjson", "--jobs"];
    const one = spawnSync(process.execPath, [...args, "1"], { input, encoding: "utf8" });
    // A limit so small that every limited worker dies before it has extracted anything.
    const env = { ...process.env, SHUTTLE_WORKER_HEAP_MB: "1" };
    const two = spawnSync(process.execPath, [...args, "2"], { input, encoding: "utf8", env });
    expect(two.stderr).toBe("");
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.match(/"table":"documents"/g)).toHaveLength(3);
  }, 60_000);

  it("a reader that stops early (| head) ends the run quietly, exit 0, no stack trace", async () => {
    const files = Array.from({ length: 6 }, (_, i) => join(dir, `head-${i}.txt`));
    for (const f of files) writeFileSync(f, ARTICLE);
    const args = [bin, "extract", ...files, "--format", "ndjson", "--jobs", "1"];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (s) => (err += s));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(err).toBe("");
    expect(code).toBe(0);
  }, 60_000);
});
