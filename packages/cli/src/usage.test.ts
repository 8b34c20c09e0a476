/** Issue 11 point 5 and issue 12 point 6: help, version, strict options, per-article metadata, --out, messages. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "./args.js";
import { ARTICLE, ARTICLE_2, cli } from "./testing.js";
import { FILES_MANIFEST } from "./output.js";
import { MAX_ARTICLE_BYTES } from "./io.js";

const dir = mkdtempSync(join(tmpdir(), "shuttle-usage-"));
const a = join(dir, "a.txt");
const b = join(dir, "b.txt");
writeFileSync(a, ARTICLE);
writeFileSync(b, ARTICLE_2);
const pkg = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")) as { version: string };

describe("help and version", () => {
  it("--help, -h and help list every command; --version prints the package's version", async () => {
    for (const argv of [["--help"], ["-h"], ["help"]]) {
      const r = await cli(argv);
      expect(r.code).toBe(0);
      for (const c of Object.keys(COMMANDS)) expect(r.out).toContain(c);
    }
    expect(await cli(["--version"])).toMatchObject({ code: 0, out: `${pkg.version}\n` });
  });

  for (const command of Object.keys(COMMANDS)) {
    it(`shuttle ${command} --help and -h show its usage and options, exit 0`, async () => {
      for (const flag of ["--help", "-h"]) {
        const r = await cli([command, flag]);
        expect(r.code).toBe(0);
        expect(r.out).toContain(`usage: shuttle ${command}`);
        for (const o of Object.keys(COMMANDS[command]!.options)) expect(r.out).toContain(`--${o}`);
      }
    });

    it(`shuttle ${command} rejects an unknown option with exit 2 and one clear line`, async () => {
      const r = await cli([command, "--frobnicate"]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`^shuttle ${command}: Unknown option '--frobnicate'; see shuttle ${command} --help\\n$`));
    });
  }

  it("no command: usage on stderr, exit 2; an unknown command: exit 2", async () => {
    expect((await cli([])).code).toBe(2);
    expect(await cli(["frob"])).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "frob"') });
  });
});

describe("bad values", () => {
  const cases: Array<[string[], string]> = [
    [["--published", "2024-13-45"], '--published must be a calendar date YYYY-MM-DD, got "2024-13-45"'],
    [["--published", "2023-02-29"], "calendar date"], // no leap day in 2023
    [["--published", "2024-04-31"], "calendar date"],
    [["--published", "10/01/2024"], "calendar date"],
    [["--format", "xml"], '--format must be json, csv or ndjson, got "xml"'],
    [["--format", "csv"], "--format csv writes files: give --out DIR"],
    [["--jobs", "0"], "--jobs must be a whole number"],
    [["--jobs", "two"], "--jobs must be a whole number"],
    [["--out"], "argument missing"],
  ];
  for (const [args, message] of cases) {
    it(`extract ${args.join(" ")}: exit 2, one line`, async () => {
      const r = await cli(["extract", a, ...args]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(message);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.out).toBe("");
    });
  }

  it("accepts a real leap day", async () => {
    expect((await cli(["extract", a, "--published", "2024-02-29"])).code).toBe(0);
  });

  it("extract with no input is bad usage", async () => {
    expect(await cli(["extract"])).toMatchObject({ code: 2, err: expect.stringContaining("no input given") });
  });
});

describe("each article its own metadata", () => {
  it("--manifest gives each file its id, date, outlet and URL", async () => {
    const manifest = join(dir, "manifest.json");
    writeFileSync(
      manifest,
      JSON.stringify({
        documents: [
          { id: "first", file: "a.txt", published: "2024-01-10", outlet: "The Daily Test", url: "https://example.org/first" },
          { id: "second", file: b, published: "2023-05-02" },
        ],
      }),
    );
    const r = await cli(["extract", "--manifest", manifest]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.out).documents;
    expect(docs).toMatchObject([
      { id: "first", published: "2024-01-10", published_basis: "manifest", outlet: "The Daily Test", url: "https://example.org/first" },
      { id: "second", published: "2023-05-02", outlet: null, url: null },
    ]);
    // "on Tuesday" resolves against each document's own date
    const meeting = JSON.parse(r.out).meetings.find((m: { document_ids: string[] }) => m.document_ids[0] === "first");
    expect(meeting).toMatchObject({ date: "2024-01-09" });
  });

  it("a manifest that is not one is named, exit 1", async () => {
    const bad = join(dir, "bad-manifest.json");
    writeFileSync(bad, JSON.stringify({ documents: [{ id: "Bad Id", file: "a.txt" }] }));
    const r = await cli(["extract", "--manifest", bad]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${bad}: is not a manifest`);
  });

  it("NDJSON on standard input: one article per line with its own metadata; bad lines named by line", async () => {
    const lines = [
      JSON.stringify({ id: "one", text: ARTICLE, published: "2024-01-10", outlet: "Wire", url: "https://example.org/1" }),
      "{ not json",
      JSON.stringify({ id: "two", text: ARTICLE_2 }),
      JSON.stringify({ id: "three", text: ARTICLE, published: "2024-13-45" }),
    ].join("\r\n");
    const r = await cli(["extract", "-", "--format", "json", "--published", "2020-01-01"], `\uFEFF${lines}\n`);
    expect(r.code).toBe(1);
    expect(r.err).toContain("-:2: not a JSON object");
    expect(r.err).toContain("-:4: not an article line");
    expect(JSON.parse(r.out).documents).toMatchObject([
      { id: "one", published: "2024-01-10", outlet: "Wire", url: "https://example.org/1" },
      { id: "two", published: "2020-01-01", published_basis: "user", outlet: null },
    ]);
  });

  it("empty standard input is no article, not an error (an empty partition of a distributed job)", async () => {
    expect(await cli(["extract", "-", "--format", "ndjson"], "\n")).toMatchObject({ code: 0, out: "", err: "" });
  });

  it("plain text on standard input is one article", async () => {
    const r = await cli(["extract", "-"], ARTICLE);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).documents.map((d: { id: string }) => d.id)).toEqual(["stdin"]);
  });

  it("an .ndjson file and a folder are inputs too", async () => {
    const folder = join(dir, "folder");
    mkdirSync(join(folder, "sub"), { recursive: true });
    writeFileSync(join(folder, "x.txt"), ARTICLE);
    writeFileSync(join(folder, "sub", "y.txt"), ARTICLE_2);
    writeFileSync(join(folder, "notes.md"), "not an article");
    writeFileSync(join(dir, "more.ndjson"), `${JSON.stringify({ id: "z", text: ARTICLE })}\n`);
    const r = await cli(["extract", folder, join(dir, "more.ndjson")]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).documents.map((d: { id: string }) => d.id)).toEqual(["x", "y", "z"]);
  });
});

describe("--out", () => {
  for (const format of ["json", "ndjson", "csv"] as const) {
    it(`${format}: a trailing slash works, only its own files are written, other files are kept`, async () => {
      const out = join(dir, `out-${format}`);
      mkdirSync(out);
      writeFileSync(join(out, "mine.txt"), "the user's file\n");
      writeFileSync(join(out, "records.txt"), "another\n");
      const r = await cli(["extract", a, b, "--format", format, "--out", `${out}/`]);
      expect(r.code).toBe(0);
      expect(r.out).toBe("");
      expect(readFileSync(join(out, "mine.txt"), "utf8")).toBe("the user's file\n");
      expect(readFileSync(join(out, "records.txt"), "utf8")).toBe("another\n");
      const own = JSON.parse(readFileSync(join(out, FILES_MANIFEST), "utf8")).files as string[];
      const onDisk = readdirSync(out, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(out, join(e.parentPath, e.name)))
        .sort();
      expect(onDisk).toEqual([...own, FILES_MANIFEST, "mine.txt", "records.txt"].sort());
      if (format === "json") expect(JSON.parse(readFileSync(join(out, "records.json"), "utf8")).quotes).toHaveLength(2);
      const printed = (await cli(["extract", a, b, "--format", "ndjson"])).out;
      if (format === "ndjson") expect(readFileSync(join(out, "records.ndjson"), "utf8")).toBe(printed);
      if (format === "csv") {
        expect(own).toContain("datapackage.json");
        expect(own).toContain("quotes.csv");
        const v = await cli(["validate", out]);
        expect(v.err).toContain("not listed in datapackage.json"); // the user's own files are not part of the package
        expect(v.err).not.toMatch(/datapackage.json: missing|hash|differs|duplicate|refers/);
      }
    });
  }

  it("csv: the folder is a valid data package (validate passes)", async () => {
    const out = join(dir, "csv-only");
    expect((await cli(["extract", a, b, "--format", "csv", "--out", out])).code).toBe(0);
    const v = await cli(["validate", out]);
    expect(v.code).toBe(0);
    expect(v.err).toContain("evidence not checked against the texts");
  });

  it("the next run removes the files its previous run wrote and no longer makes, nothing else", async () => {
    const out = join(dir, "switch");
    mkdirSync(out);
    writeFileSync(join(out, "keep.csv"), "x\n");
    await cli(["extract", a, "--format", "csv", "--out", out]);
    expect(existsSync(join(out, "quotes.csv"))).toBe(true);
    await cli(["extract", a, "--format", "json", "--out", out]);
    expect(readdirSync(out).sort()).toEqual([FILES_MANIFEST, "keep.csv", "records.json"]);
  });

  it("an --out that is a regular file is refused and kept", async () => {
    const file = join(dir, "not-a-folder");
    writeFileSync(file, "keep me\n");
    const r = await cli(["extract", a, "--format", "json", "--out", file]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`shuttle extract: ${file}: exists and is not a folder; --out needs a folder\n`);
    expect(readFileSync(file, "utf8")).toBe("keep me\n");
  });

  // node's recursive mkdir loops there
  it.skipIf(!existsSync("/proc/self"))("an --out under /proc returns at once with one line, exit 1", async () => {
    const r = await cli(["extract", a, "--out", "/proc/shuttle-test/x"]);
    expect(r).toMatchObject({ code: 1, err: "shuttle extract: /proc/shuttle-test/x: cannot create the folder (no such file)\n" });
  });

  it("an --out that cannot be created is one line, exit 1", async () => {
    const r = await cli(["extract", a, "--out", join(dir, "not-a-folder", "x")]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("not-a-folder");
  });
});

describe("messages: one line naming the path and the reason", () => {
  const fifo = join(dir, "pipe.txt");
  execFileSync("mkfifo", [fifo]);
  const loop = join(dir, "loop1.txt");
  symlinkSync(join(dir, "loop2.txt"), loop);
  symlinkSync(loop, join(dir, "loop2.txt"));
  const utf16 = join(dir, "utf16.txt");
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Blinken met Netanyahu.", "utf16le")]));
  const big = join(dir, "big.txt");
  writeFileSync(big, "a".repeat(MAX_ARTICLE_BYTES + 1));
  const cases: Array<[string, string, string]> = [
    ["a FIFO (it would block a plain read)", fifo, "is a named pipe (FIFO), not a regular file"],
    ["a symbolic link loop", loop, "symbolic link loop"],
    ["UTF-16 text", utf16, "is UTF-16 text; save it as UTF-8"],
    ["a file over the size limit", big, "is over the size limit"],
    ["/dev/zero (size 0, endless)", "/dev/zero", "is a device, not a regular file"],
    ["a missing file", join(dir, "missing.txt"), "no such file"],
  ];
  for (const [what, path, reason] of cases) {
    it(`${what}: named, the others' records kept, exit 1`, async () => {
      const r = await cli(["extract", path, a]);
      expect(r.code).toBe(1);
      expect(r.err.startsWith(`shuttle extract: ${path}: ${reason}`)).toBe(true);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(JSON.parse(r.out).quotes).toHaveLength(1);
    });
  }

  it("validate on a missing folder: one line, exit 1", async () => {
    const missing = join(dir, "no-such-datasets");
    expect(await cli(["validate", missing])).toMatchObject({ code: 1, err: `shuttle validate: ${missing}: no such folder\n` });
  });

  it("a UTF-8 byte-order mark and CRLF line ends are accepted", async () => {
    const crlf = join(dir, "crlf.txt");
    writeFileSync(crlf, `\uFEFF${ARTICLE.replace(/\n/g, "\r\n")}`);
    const r = await cli(["extract", crlf, "--published", "2024-01-10"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).quotes[0]).toMatchObject({ text: "We are here to help" });
  });
});

describe("the evidence check", () => {
  it("slices by code points like core's sliceCodePoints, around astral characters and lone surrogates", async () => {
    const { codePointIndex, sliceByIndex } = await import("@shuttle/exporters");
    const { sliceCodePoints } = await import("@shuttle/core");
    for (const text of ["a😀b\uD800c🤝d\uDC00e", "plain text", "😀"]) {
      const index = codePointIndex(text);
      const n = Array.from(text).length;
      for (let start = 0; start <= n; start++) {
        for (let end = start; end <= n; end++) expect(sliceByIndex(text, index, start, end)).toBe(sliceCodePoints(text, start, end));
      }
    }
  });
});

describe("progress", () => {
  it("is written only when standard error is a terminal, with documents, MB/s and time left", async () => {
    const { Progress } = await import("./progress.js");
    let tty = "";
    const shown = new Progress(true, (s) => (tty += s), 4_000_000);
    shown.done(1_000_000);
    shown.end();
    expect(tty).toMatch(/^\r1 documents, [\d.]+ MB\/s, about \d+ s left\s*\n$/);
    let piped = "";
    const quiet = new Progress(false, (s) => (piped += s), 4_000_000);
    quiet.done(1_000_000);
    quiet.end();
    expect(piped).toBe("");
  });
});

describe("--explain", () => {
  it("prints each record with the rules that made it, document by document, and exits 0", async () => {
    const r = await cli(["extract", a, b, "--published", "2023-11-03", "--explain"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# a\n/);
    expect(r.out).toContain("\n# b\n");
    expect(r.out).toMatch(/meetings meeting_\w+\n {2}rules: MeetingExtractor\/verb, .*mention\/titled-name/);
    expect(r.out).toMatch(/quotes quote_\w+\n {2}rules: QuoteExtractor\/cue-after/);
  });

  it("prints one JSON object a document with --format ndjson", async () => {
    const r = await cli(["extract", a, "--published", "2023-11-03", "--explain", "--format", "ndjson"]);
    const lines = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ document_id: "a", vetoes: [] });
    expect(lines[0].records.map((x: { table: string }) => x.table).sort()).toEqual(["meetings", "quotes", "trips"]);
  });

  it("writes no files: with --out it is a usage error (exit 2)", async () => {
    const r = await cli(["extract", a, "--explain", "--out", join(dir, "explained")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--explain prints to standard output");
    expect(existsSync(join(dir, "explained"))).toBe(false);
  });
});
