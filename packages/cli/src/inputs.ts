/**
 * The articles of one `shuttle extract` run, read lazily in input order (so memory does not grow with their
 * number): text files, folders of .txt files, a manifest with each article's own metadata, NDJSON files and
 * standard input ("-": one article, or NDJSON lines {id, text, published, url, outlet, title}).
 */
import { createReadStream, readdirSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { z } from "zod";
import type { DocumentMeta } from "@shuttle/parsers";
import { assertRegularFile, decodeText, InputError, MAX_ARTICLE_BYTES, readArticle, readRegularFile, reasonOf } from "./io.js";
import { Manifest } from "@shuttle/core";

/** One article to extract, or the reason it cannot be (named by its file, or file:line). */
export type DocInput = { name: string; text: string; meta: DocumentMeta } | { name: string; error: string };

export interface InputOptions {
  sources: string[];
  manifest?: string;
  published?: string;
  stdin: AsyncIterable<Uint8Array>;
}

const DocumentIdPattern = /^[a-z0-9][a-z0-9_-]*$/;
const NdjsonArticle = z.object({
  id: z.string().regex(DocumentIdPattern, "an id of lowercase letters, digits, - and _").optional(),
  text: z.string(),
  published: z.iso.date().nullable().optional(),
  url: z.url().nullable().optional(),
  outlet: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
});

export function documentIdFor(file: string): string {
  const id = basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^[-_]+/, "");
  return id || "document";
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, " ");
const isNdjsonFile = (f: string) => /\.(?:ndjson|jsonl)$/i.test(f);

/** The files of a folder that are articles (.txt) or NDJSON, sorted by path so runs are reproducible. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(?:txt|ndjson|jsonl)$/i.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

const LINE_END = /\r\n|\n|\r/;

/**
 * Lines of a byte stream (UTF-8; LF, CR LF or CR), read as they are asked for: at most one chunk of the stream
 * is held beyond the line being read. (readline's async iterator reads ahead up to 1,024 lines, each a slice
 * that keeps its whole 64 KB chunk alive: megabytes of the main thread's heap in a long NDJSON run.)
 */
export async function* linesOf(stream: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let pending = ""; // the start of a line that ends in a later chunk
  let afterCR = false; // the last chunk ended with CR: a LF at the start of this one ends no other line
  for await (const chunk of stream) {
    let text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (!text) continue;
    if (afterCR && text.startsWith("\n")) text = text.slice(1);
    afterCR = text.endsWith("\r");
    const lines = text.split(LINE_END);
    lines[0] = pending + lines[0];
    pending = lines.pop()!;
    yield* lines;
  }
  pending += decoder.end();
  if (pending) yield pending;
}

/** Standard input: NDJSON when its first non-blank character is "{", otherwise one article. */
async function* fromStdin(stdin: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array | { ndjson: AsyncIterable<Uint8Array> }> {
  const it = stdin[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let first: number | undefined;
  while (first === undefined) {
    const r = await it.next();
    if (r.done) break;
    head.push(r.value);
    size += r.value.length;
    first = [...r.value].find((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf);
  }
  const rest = async function* () {
    yield* head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  };
  if (first === undefined) return; // nothing but blanks: no article (an empty partition in a Spark or Hadoop pipe)
  if (first === 0x7b) {
    yield { ndjson: rest() };
    return;
  }
  const chunks: Uint8Array[] = [];
  for await (const c of rest()) {
    size += c.length;
    if (size > MAX_ARTICLE_BYTES * 2) throw new InputError("-", `standard input is over the size limit of ${MAX_ARTICLE_BYTES} bytes`);
    chunks.push(c);
  }
  yield Buffer.concat(chunks);
}

export async function* readInputs(opts: InputOptions): AsyncGenerator<DocInput> {
  const used = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const userMeta = (id: string): DocumentMeta => ({ id, published: opts.published ?? null, published_basis: "user" });

  async function* ndjson(name: string, stream: AsyncIterable<Uint8Array>): AsyncGenerator<DocInput> {
    let n = 0;
    for await (const raw of linesOf(stream)) {
      n++;
      const line = raw.replace(/^\uFEFF/, "");
      if (!line.trim()) continue;
      const where = `${name}:${n}`;
      let parsed: ReturnType<typeof NdjsonArticle.safeParse>;
      try {
        parsed = NdjsonArticle.safeParse(JSON.parse(line));
      } catch {
        yield { name: where, error: "not a JSON object" };
        continue;
      }
      if (!parsed.success) {
        yield { name: where, error: `not an article line (${oneLine(z.prettifyError(parsed.error))})` };
        continue;
      }
      const a = parsed.data;
      if (Buffer.byteLength(a.text) > MAX_ARTICLE_BYTES) {
        yield { name: where, error: `text is over the size limit of ${MAX_ARTICLE_BYTES} bytes` };
      } else if (!a.text.trim()) yield { name: where, error: "text is empty" };
      else if (a.id && used.has(a.id)) yield { name: where, error: `document id "${a.id}" is used twice` };
      else {
        if (a.id) used.add(a.id);
        const id = a.id ?? uniqueId(`${documentIdFor(name === "-" ? "stdin" : name)}-${n}`);
        const dated = a.published ? { published: a.published, published_basis: "manifest" as const } : userMeta(id);
        const meta: DocumentMeta = { ...dated, id, title: a.title ?? null, outlet: a.outlet ?? null, url: a.url ?? null };
        yield { name: a.id ? `${where} (${a.id})` : where, text: a.text, meta };
      }
    }
  }

  function article(file: string, meta: DocumentMeta): DocInput {
    try {
      return { name: file, text: readArticle(file), meta };
    } catch (e) {
      return { name: file, error: e instanceof InputError ? e.message.slice(file.length + 2) : reasonOf(e) };
    }
  }

  if (opts.manifest) {
    let manifest: Manifest;
    try {
      const raw = JSON.parse(decodeText(opts.manifest, readRegularFile(opts.manifest)));
      const parsed = Manifest.safeParse(raw);
      if (!parsed.success) throw new InputError(opts.manifest, `is not a manifest (${oneLine(z.prettifyError(parsed.error))})`);
      manifest = parsed.data;
    } catch (e) {
      throw e instanceof InputError ? e : new InputError(opts.manifest, e instanceof SyntaxError ? "is not valid JSON" : reasonOf(e));
    }
    const base = dirname(resolve(opts.manifest));
    for (const d of manifest.documents) {
      if (used.has(d.id)) {
        yield { name: `${opts.manifest} (${d.id})`, error: `document id "${d.id}" is used twice` };
        continue;
      }
      used.add(d.id);
      const published = d.published ?? opts.published ?? null;
      yield article(resolve(base, d.file), { ...d, published, published_basis: d.published ? "manifest" : "user" });
    }
  }

  for (const source of opts.sources) {
    if (source === "-") {
      for await (const part of fromStdin(opts.stdin)) {
        if (part instanceof Uint8Array) {
          let text: string;
          try {
            text = decodeText("-", part);
          } catch (e) {
            yield { name: "standard input", error: (e as Error).message.replace(/^-: /, "") };
            continue;
          }
          const id = uniqueId("stdin");
          yield { name: "standard input", text, meta: userMeta(id) };
        } else yield* ndjson("-", part.ndjson);
      }
      continue;
    }
    let files = [source];
    try {
      if (statSync(source).isDirectory()) files = filesOf(source);
    } catch {
      /* readArticle names the problem */
    }
    if (!files.length) yield { name: source, error: "is a directory with no article files (.txt, .ndjson, .jsonl) in it" };
    for (const file of files) {
      if (isNdjsonFile(file)) {
        try {
          assertRegularFile(file); // FIFOs and devices are refused by name; the stream below reads line by line
        } catch (e) {
          yield { name: file, error: (e as Error).message.slice(file.length + 2) };
          continue;
        }
        yield* ndjson(file, createReadStream(file));
      } else yield article(file, userMeta(uniqueId(documentIdFor(file))));
    }
  }
}

/** The size of the inputs in bytes, for the time left in the progress line; null when unknown (standard input). */
export function inputBytes(sources: string[]): number | null {
  let total = 0;
  for (const source of sources) {
    if (source === "-") return null;
    try {
      const st = statSync(source);
      total += st.isDirectory() ? filesOf(source).reduce((n, f) => n + statSync(f).size, 0) : st.size;
    } catch {
      /* named when it is read */
    }
  }
  return total;
}
