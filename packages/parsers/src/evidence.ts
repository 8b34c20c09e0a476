import type { Evidence } from "@shuttle/core";

/** Evidence spans united without repeats, in document then text order (so merged records stay byte-stable). */
export function mergeEvidence(...lists: Evidence[][]): Evidence[] {
  const byKey = new Map<string, Evidence>();
  for (const e of lists.flat()) byKey.set(`${e.document_id}\u0000${String(e.start).padStart(10, "0")}\u0000${e.end}`, e);
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
}
