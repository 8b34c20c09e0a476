/**
 * Checks a dataset: every table against its zod schema, every id reference, and every evidence span
 * against the document's text (when the text is at hand; otherwise against its sha256 only).
 */
import { z } from "zod";
import { Dataset, checkSpan, tableRecords, tables, type Evidence } from "@shuttle/core";
import { sha256 } from "@shuttle/parsers";

export function checkDataset(raw: unknown, texts: Map<string, string>): { dataset: Dataset | null; problems: string[] } {
  const parsed = Dataset.safeParse(raw);
  if (!parsed.success) return { dataset: null, problems: [z.prettifyError(parsed.error)] };
  const ds = parsed.data;
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set(tableRecords(ds, t.name).map((r) => r.id as string))]));
  for (const t of tables) {
    const seen = new Set<string>();
    for (const r of tableRecords(ds, t.name)) {
      const id = r.id as string;
      if (seen.has(id)) problems.push(`${t.name}: duplicate id ${id}`);
      seen.add(id);
      for (const [path, target] of Object.entries(t.references)) {
        const [field, sub] = path.split(".") as [string, string | undefined];
        const v = r[field];
        const values = (Array.isArray(v) ? v : [v]).map((x) => (sub && x && typeof x === "object" ? (x as Record<string, unknown>)[sub] : x));
        for (const x of values) if (x !== null && x !== undefined && !ids.get(target)!.has(x as string)) problems.push(`${t.name} ${id}: ${path} refers to missing ${target} ${String(x)}`);
      }
      for (const e of (r.evidence as Evidence[] | undefined) ?? []) {
        const text = texts.get(e.document_id);
        if (!text) continue;
        const p = checkSpan(text, e);
        if (p) problems.push(`${t.name} ${id}: evidence in ${e.document_id} ${p}`);
      }
    }
  }
  for (const d of ds.documents) {
    const text = texts.get(d.id);
    if (text && sha256(text) !== d.sha256) problems.push(`documents ${d.id}: sha256 does not match the text`);
  }
  return { dataset: ds, problems };
}
