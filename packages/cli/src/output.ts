/**
 * Writing a run's files into a folder the user may share with other files:
 * - each file is written to a temporary file beside it and renamed over its target, so every file is always
 *   whole (old or new content);
 * - only the run's own files are written; files it wrote last time and no longer makes are removed, as listed
 *   in the folder's `.shuttle-files.json` (sorted names only, so the same run gives the same bytes);
 * - the set of renames is committed first in a journal (`.shuttle-pending.json`): a run killed half-way is
 *   rolled forward by the next run into the same folder (or `recoverOutput`), so the folder then holds the old
 *   set or the new one, never a mix; temporary files of a run killed before its commit are removed.
 * Nothing here deletes a file the folder's manifest or journal does not name as shuttle's own.
 */
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
} from "node:fs";
import { mkdtempSync, renameSync, rmSync, rmdirSync, statSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { reasonOf } from "./io.js";

export const FILES_MANIFEST = ".shuttle-files.json";
export const JOURNAL = ".shuttle-pending.json";
const TMP_MARK = ".shuttle-tmp-";

export class OutputError extends Error {}

interface Journal {
  files: string[];
  renames: Array<[string, string]>;
  stale: string[];
}

const json = (v: unknown) => JSON.stringify(v, null, 2) + "\n";

/**
 * mkdir -p, one level at a time. Node's own `mkdirSync(dir, { recursive: true })` never returns for some paths
 * the kernel refuses oddly (`/proc/x` loops on ENOENT), so the folders are made from the nearest existing one.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) mkdirSync(d);
}

/** A file's content: text, bytes, or a file written beforehand elsewhere (copied, so it is never all in memory). */
export type FileContent = string | Uint8Array | { copyOf: string };

function writeAll(fd: number, content: string | Uint8Array): void {
  const buf = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}

/**
 * A file written piece by piece during a run (NDJSON into --out), in a folder of its own under the system's
 * temporary folder, so the records are never all in memory; writeOutput then copies it into place.
 */
export class StagedFile {
  private readonly dir = mkdtempSync(join(tmpdir(), "shuttle-staged-"));
  readonly path = join(this.dir, "content");
  private fd: number | null = openSync(this.path, "wx");

  write(text: string): void {
    try {
      writeAll(this.fd!, text);
    } catch (e) {
      throw new OutputError(`${this.path}: cannot write (${reasonOf(e)})`);
    }
  }

  /** Closes the file: its content is then `{ copyOf: path }` for writeOutput. */
  close(): FileContent {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    return { copyOf: this.path };
  }

  remove(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Writes bytes to a new file and flushes them to disk before the caller renames it into place. */
function writeDurably(path: string, content: FileContent): void {
  operation();
  if (typeof content === "object" && !(content instanceof Uint8Array)) {
    copyFileSync(content.copyOf, path, constants.COPYFILE_EXCL);
    const copied = openSync(path, "r+");
    try {
      fsyncSync(copied);
    } finally {
      closeSync(copied);
    }
    return;
  }
  const fd = openSync(path, "wx");
  try {
    writeAll(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * For the crash test only: SHUTTLE_KILL_AT=N kills this process at its N-th file operation, so a test can stop
 * a run at every point of the protocol below instead of hoping a timer lands there.
 */
let operations = 0;
function operation(): void {
  const at = Number(process.env.SHUTTLE_KILL_AT);
  if (at && ++operations === at) process.kill(process.pid, "SIGKILL");
}

let counter = 0;
const tmpNameFor = (target: string) => join(dirname(target), `.${target.split(sep).pop()}${TMP_MARK}${process.pid}-${counter++}`);

/** One file, atomically: a temporary file beside it, then a rename. */
export function writeFileAtomically(file: string, content: string | Uint8Array): void {
  makeFolder(dirname(file));
  const tmp = tmpNameFor(file);
  try {
    writeDurably(tmp, content);
    operation();
    renameSync(tmp, file);
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw e;
  }
}

/** A path inside `dir` from a manifest or journal entry, or null when it would leave the folder. */
function inside(dir: string, rel: string): string | null {
  const full = resolve(dir, rel);
  return relative(dir, full).startsWith("..") || full === dir ? null : full;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

function removeIfRegular(file: string): void {
  operation();
  try {
    if (lstatSync(file).isFile()) unlinkSync(file);
  } catch {
    /* already gone */
  }
}

/** Finishes a run that was killed after its commit, and removes temporary files of runs that never committed. */
export function recoverOutput(dir: string): void {
  if (!existsSync(dir)) return;
  const journal = readJson<Journal>(join(dir, JOURNAL));
  if (journal) {
    for (const [tmp, target] of journal.renames) {
      const from = inside(dir, tmp);
      const to = inside(dir, target);
      if (from && to && existsSync(from)) renameSync(from, to);
    }
    finish(dir, journal);
  }
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.includes(TMP_MARK)) removeIfRegular(join(entry.parentPath, entry.name));
  }
}

function finish(dir: string, journal: Journal): void {
  for (const rel of journal.stale) {
    const full = inside(dir, rel);
    if (!full) continue;
    removeIfRegular(full);
    // A subfolder the run made ("flat/") goes too once nothing is left in it; a folder with anything else stays.
    for (let d = dirname(full); d !== resolve(dir) && d.startsWith(resolve(dir) + sep); d = dirname(d)) {
      try {
        if (readdirSync(d).length) break;
        rmdirSync(d);
      } catch {
        break;
      }
    }
  }
  const note = "Files written by shuttle; the next run removes those it no longer makes.";
  writeFileAtomically(join(dir, FILES_MANIFEST), json({ note, files: journal.files }));
  removeIfRegular(join(dir, JOURNAL));
}

/** Makes `dir` (a trailing slash is fine) or says clearly why it cannot be an output folder. */
function ensureFolder(dir: string): void {
  try {
    const st = statSync(dir);
    if (!st.isDirectory()) throw new OutputError(`${dir}: exists and is not a folder; --out needs a folder`);
  } catch (e) {
    if (e instanceof OutputError) throw e;
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw new OutputError(`${dir}: ${reasonOf(e)}`);
    try {
      makeFolder(dir);
    } catch (e2) {
      throw new OutputError(`${dir}: cannot create the folder (${reasonOf(e2)})`);
    }
  }
}

/** Writes a run's files (relative path → content) into `dir`, as described at the top. */
export function writeOutput(dirArg: string, files: Map<string, FileContent>): void {
  const dir = resolve(dirArg);
  ensureFolder(dirArg);
  let cleanup = () => {};
  try {
    recoverOutput(dir);
    const previous = readJson<{ files?: unknown }>(join(dir, FILES_MANIFEST));
    const names = [...files.keys()].sort();
    for (const name of names) {
      if (!inside(dir, name) || name.split("/").some((p) => p.startsWith("."))) throw new OutputError(`${name}: not a plain file name`);
    }
    const before: unknown[] = Array.isArray(previous?.files) ? previous.files : [];
    const stale = before.filter((f): f is string => typeof f === "string" && !files.has(f));
    const renames: Array<[string, string]> = [];
    cleanup = () => {
      for (const [tmp] of renames) if (existsSync(join(dir, tmp))) unlinkSync(join(dir, tmp));
    };
    for (const name of names) {
      const target = join(dir, name);
      makeFolder(dirname(target));
      if (existsSync(target) && !lstatSync(target).isFile()) {
        throw new OutputError(`${target}: exists and is not a regular file; not replaced`);
      }
      const tmp = tmpNameFor(target);
      writeDurably(tmp, files.get(name)!);
      renames.push([relative(dir, tmp), name]);
    }
    const journal: Journal = { files: names, renames, stale };
    writeFileAtomically(join(dir, JOURNAL), json(journal)); // the commit point
    cleanup = () => {};
    for (const [tmp, target] of renames) {
      operation();
      renameSync(join(dir, tmp), join(dir, target));
    }
    finish(dir, journal);
  } catch (e) {
    cleanup(); // a run that fails before its commit leaves the folder as it was
    if (e instanceof OutputError) throw e;
    throw new OutputError(`${(e as NodeJS.ErrnoException).path ?? dir}: cannot write (${reasonOf(e)})`);
  }
}
