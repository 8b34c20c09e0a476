import { createHash } from "node:crypto";

/** A stable id: the same content (document, span, record type) always gives the same id. */
export function hashId(prefix: string, ...parts: Array<string | number>): string {
  return `${prefix}_${createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16)}`;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
