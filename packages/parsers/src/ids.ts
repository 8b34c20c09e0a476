import { sha256 } from "@shuttle/core/hash";

export { sha256 };

/** A stable id: the same content (document, span, record type) always gives the same id. */
export function hashId(prefix: string, ...parts: Array<string | number>): string {
  return `${prefix}_${sha256(parts.join("\u0000")).slice(0, 16)}`;
}
