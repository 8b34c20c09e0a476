/** Reading inputs safely: only regular files, with a real size limit, as UTF-8 text; errors name the path and the reason. */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export class InputError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** The reason of a file-system error, in words (no stack, no errno jargon). */
export function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: "no such file",
    ENOTDIR: "no such file (a part of the path is not a folder)",
    EACCES: "permission denied",
    EPERM: "permission denied",
    ELOOP: "symbolic link loop",
    EISDIR: "is a directory, not a file",
    ENAMETOOLONG: "path too long",
    EMFILE: "too many open files",
    ENOSPC: "no space left on the device",
    EROFS: "read-only file system",
    EEXIST: "already exists",
    EIO: "input/output error",
  };
  return (code && reasons[code]) ?? (e as Error).message.replace(/^[A-Z]+: /, "");
}

/** What a non-regular file is, for the message. */
function kindOf(st: Stats) {
  if (st.isDirectory()) return "is a directory, not an article file";
  if (st.isFIFO()) return "is a named pipe (FIFO), not a regular file";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "is a device, not a regular file";
  if (st.isSocket()) return "is a socket, not a regular file";
  return "is not a regular file";
}

/** Throws an InputError naming the file unless it is a regular file (following symbolic links). */
export function assertRegularFile(file: string): void {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(file);
  } catch (e) {
    throw new InputError(file, reasonOf(e));
  }
  if (!st.isFile()) throw new InputError(file, kindOf(st));
}

/**
 * Reads at most `limit` bytes of a regular file. The size check is a bounded read, not the size stat reports
 * (files in /proc say 0 and grow); a FIFO or device is refused before it is read (opened non-blocking, so a
 * FIFO without a writer cannot hang us).
 */
export function readRegularFile(file: string, limit = MAX_ARTICLE_BYTES): Buffer {
  assertRegularFile(file);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new InputError(file, reasonOf(e));
  }
  try {
    const fst = fstatSync(fd); // the file we opened, should it have been swapped since the stat
    if (!fst.isFile()) throw new InputError(file, kindOf(fst));
    const buf = Buffer.alloc(Math.min(limit + 1, Math.max(fst.size + 1, 64 * 1024)));
    let chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit) throw new InputError(file, `is over the size limit: the limit is ${limit} bytes (${limit / 1024 / 1024} MiB)`);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    const out = Buffer.concat(chunks, total);
    chunks = [];
    return out;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, reasonOf(e));
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 text from bytes: a byte-order mark is dropped; UTF-16, binary and invalid UTF-8 are refused by name. */
export function decodeText(name: string, buf: Uint8Array): string {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new InputError(name, "is UTF-16 text; save it as UTF-8");
  }
  if (buf.includes(0)) throw new InputError(name, "is a binary file (it contains NUL bytes), not text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw new InputError(name, "is not valid UTF-8 text");
  }
  if (!text.trim()) throw new InputError(name, "is empty");
  return text;
}

/** Reads one article as UTF-8 text, or throws an InputError that names the file and the problem. */
export function readArticle(file: string): string {
  return decodeText(file, readRegularFile(file));
}
