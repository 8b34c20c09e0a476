/** Reading articles safely and writing outputs whole or not at all. */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export class InputError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
  }
}

/** Reads one article as UTF-8 text, or throws an InputError that names the file and the problem. */
export function readArticle(file: string): string {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new InputError(file, "no such file");
  }
  if (st.isDirectory()) throw new InputError(file, "is a directory, not an article file");
  if (st.size > MAX_ARTICLE_BYTES) throw new InputError(file, `is ${st.size} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes (5 MiB)`);
  const buf = readFileSync(file);
  if (buf.includes(0)) throw new InputError(file, "is a binary file (it contains NUL bytes), not text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new InputError(file, "is not valid UTF-8 text");
  }
  text = text.replace(/^\uFEFF/, "");
  if (!text.trim()) throw new InputError(file, "is empty");
  return text;
}

/** Writes a set of files into `dir` atomically: all into a temporary sibling, then one rename. */
export function writeDirAtomically(dir: string, files: Map<string, string>): void {
  const tmp = `${dir}.tmp-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const [path, content] of files) {
    const full = join(tmp, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  if (existsSync(dir)) renameSync(dir, old);
  try {
    renameSync(tmp, dir);
  } catch (e) {
    if (existsSync(old)) renameSync(old, dir);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Writes one file atomically: a temporary file beside it, then rename. */
export function writeFileAtomically(file: string, content: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}
