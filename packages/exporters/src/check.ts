/**
 * Checks a dataset: every table against its zod schema, every id reference, every record's own words against its
 * evidence, and every evidence span against the document's text (when the text is at hand; otherwise against its
 * sha256 only).
 */
import { z } from "zod";
import { Dataset, checkSpan, tableRecords, tables, type Evidence } from "@shuttle/core";
import { sha256 } from "@shuttle/core/hash";

/**
 * UTF-16 offset of every code point, or null when the text has no astral characters (then they are equal).
 * Built once per text: core's checkSpan rescans the text from its start for every span, which made checking
 * a long document quadratic; it is still used for the message when a span does not match.
 */
export function codePointIndex(text: string): Uint32Array | null {
  if (!/[\uD800-\uDFFF]/.test(text)) return null;
  const index: number[] = [];
  for (let i = 0; i < text.length; i++) {
    index.push(i);
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1); // NaN past the end
    if (c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000) i++;
  }
  index.push(text.length);
  return Uint32Array.from(index);
}

export function sliceByIndex(text: string, index: Uint32Array | null, start: number, end: number): string | null {
  if (!index) return text.slice(start, end);
  if (start < 0 || end >= index.length || start > end) return null;
  return text.slice(index[start], index[end]);
}

/** Lower-case words, for comparing a quote with the words its evidence cites (marks and case may differ). */
const words = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Every space character as a plain space. */
const spaced = (t: string) => t.replace(/\s/g, " ");

/**
 * The number a count written in digits says ("more than 1,200" → 1200, "2.5 million" → 2500000; a range gives its
 * lower end), or null for a count in words ("two"): reading number words is the parsers' job, and the datasets'
 * check must not depend on them. Only the digits are checked, then.
 */
export function digitsCount(countText: string): number | null {
  // "1.9m" and "2bn" (agency copy's million and billion) are read with their suffix, as "1.9 million" is.
  const m = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s+(thousand|million|billion)|(m|bn)(?![\p{L}\p{N}]))?/iu.exec(countText);
  if (!m) return null;
  const unit = (m[3] ?? m[4] ?? "").toLowerCase();
  const scale = unit === "million" || unit === "m" ? 1_000_000 : unit === "billion" || unit === "bn" ? 1_000_000_000 : unit ? 1000 : 1;
  return Math.round(Number(`${m[1]!.replace(/,/g, "")}${m[2] ?? ""}`) * scale);
}

/**
 * A record's own words agree with the evidence it cites: a quote's text is in each of its spans, a figure's count
 * is what its count text says and the count text is in its span. A value edited in the files, with every hash
 * recomputed, no longer agrees; this needs no article text.
 */
export function disagreement(table: string, r: Record<string, unknown>): string | null {
  const evidence = (r.evidence as Evidence[] | undefined) ?? [];
  if (table === "quotes") {
    const quoted = words(String(r.text));
    const missing = evidence.find((e) => !words(e.text).includes(quoted));
    return missing ? `text is not the words its evidence cites (${JSON.stringify(missing.text)})` : null;
  }
  if (table === "casualty_figures") {
    const countText = String(r.count_text);
    // The parsers write any space of the text (a no-break space, a thin one) as a plain space in the values they read.
    if (!evidence.some((e) => spaced(e.text).includes(spaced(countText))))
      return `count_text ${JSON.stringify(countText)} is not in its evidence (${JSON.stringify(evidence[0]?.text ?? "")})`;
    const n = digitsCount(countText);
    if (n !== null && n !== r.count) return `count ${String(r.count)} is not what count_text ${JSON.stringify(countText)} says (${n})`;
  }
  return null;
}

export function checkDataset(raw: unknown, texts: Map<string, string>): { dataset: Dataset | null; problems: string[] } {
  const parsed = Dataset.safeParse(raw);
  if (!parsed.success) return { dataset: null, problems: [z.prettifyError(parsed.error)] };
  const ds = parsed.data;
  const problems: string[] = [];
  const indexes = new Map<string, Uint32Array | null>();
  const index = (id: string, text: string) => {
    if (!indexes.has(id)) indexes.set(id, codePointIndex(text));
    return indexes.get(id)!;
  };
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
        const values = (Array.isArray(v) ? v : [v]).map((x) =>
          sub && x && typeof x === "object" ? (x as Record<string, unknown>)[sub] : x,
        );
        for (const x of values)
          if (x !== null && x !== undefined && !ids.get(target)!.has(x as string))
            problems.push(`${t.name} ${id}: ${path} refers to missing ${target} ${String(x)}`);
      }
      const disagrees = disagreement(t.name, r);
      if (disagrees) problems.push(`${t.name} ${id}: ${disagrees}`);
      for (const e of (r.evidence as Evidence[] | undefined) ?? []) {
        const text = texts.get(e.document_id);
        if (!text) continue;
        if (sliceByIndex(text, index(e.document_id, text), e.start, e.end) === e.text) continue;
        problems.push(`${t.name} ${id}: evidence in ${e.document_id} ${checkSpan(text, e)}`);
      }
    }
  }
  for (const d of ds.documents) {
    const text = texts.get(d.id);
    if (text && sha256(text) !== d.sha256) problems.push(`documents ${d.id}: sha256 does not match the text`);
  }
  return { dataset: ds, problems };
}
