/**
 * The one SHA-256 helper of every package (document text hashes, record ids, file hashes in datapackage.json).
 * A subpath of its own, `@shuttle/core/hash`, because it needs Node's crypto: the main entry of @shuttle/core
 * stays free of Node modules for code that runs in browsers.
 */
import { createHash } from "node:crypto";

/** The SHA-256 of a string (as UTF-8) or of bytes, in lower-case hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
