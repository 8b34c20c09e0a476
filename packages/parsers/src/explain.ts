/**
 * explainDocument: the records of one article, and for each the rules that made it: its extractor rule, the
 * mention rules that found the actors and places it names, and the refiners that changed it; then every
 * candidate a named rule turned down. What `shuttle extract --explain` prints.
 */
import { OffsetMap } from "@shuttle/core";
import type { DocumentMeta } from "./document/DocumentParser.js";
import { actorId } from "./entities/resolve.js";
import { type Extraction, extractTraced } from "./extract.js";
import { Trace } from "./trace.js";

export interface RecordExplanation {
  table: "quotes" | "casualty_figures" | "trips" | "meetings";
  id: string;
  /** Rule ids in the order they acted: extractor rules, mention rules, refiners. */
  rules: string[];
  /** The first evidence span's text. */
  evidence: string;
}

export interface VetoExplanation {
  rule: string;
  /** Code-point offsets, like evidence spans. */
  start: number;
  end: number;
  text: string;
  why: string;
}

export interface Explanation {
  document_id: string;
  records: RecordExplanation[];
  vetoes: VetoExplanation[];
}

interface Explained {
  id: string;
  rule: string;
  evidence: Array<{ start: number; end: number; text: string }>;
}

export function explainDocument(text: string, meta: DocumentMeta): { extraction: Extraction; explanation: Explanation } {
  const trace = new Trace(text);
  const { extraction, analysis: a } = extractTraced(text, meta, trace);
  const map = new OffsetMap(text);
  // Each mention with code-point offsets and the id of the actor or place it names.
  const mentions = a.mentions.map((m, i) => {
    const actor = a.actorOf[i];
    return {
      start: map.toCodePoint(m.start),
      end: map.toCodePoint(m.end),
      rule: m.rule,
      names: actor ? actorId(actor) : (m.place?.id ?? null),
    };
  });
  const explain = (table: RecordExplanation["table"], r: Explained, named: Array<string | null>): RecordExplanation => {
    const ids = new Set(named.filter((x): x is string => x !== null));
    const mentionRules = mentions
      .filter((m) => m.names !== null && ids.has(m.names) && r.evidence.some((e) => m.start >= e.start && m.end <= e.end))
      .map((m) => m.rule);
    const rules = [...r.rule.split("+"), ...mentionRules, ...(trace.refined.get(r) ?? [])];
    return { table, id: r.id, rules: [...new Set(rules)], evidence: r.evidence[0]?.text ?? "" };
  };
  const records = [
    ...extraction.quotes.map((q) => explain("quotes", q, [q.speaker_id])),
    ...extraction.casualty_figures.map((c) => explain("casualty_figures", c, [c.attributed_to_id, c.place_id])),
    ...extraction.trips.map((t) => explain("trips", t, [t.traveler_id, ...t.destinations.map((d) => d.place_id)])),
    ...extraction.meetings.map((m) => explain("meetings", m, [...m.participant_ids, m.place_id])),
  ];
  const vetoes = trace.vetoes
    .map((v) => ({ ...v, start: map.toCodePoint(v.start), end: map.toCodePoint(v.end) }))
    .sort((x, y) => x.start - y.start || (x.rule < y.rule ? -1 : x.rule > y.rule ? 1 : 0));
  return { extraction, explanation: { document_id: extraction.document.id, records, vetoes } };
}

/** The explanation as text for a terminal: one block per record, then the vetoed candidates. */
export function formatExplanation(e: Explanation): string {
  const clip = (t: string) => {
    const one = t.replace(/\s+/g, " ").trim();
    return one.length > 100 ? `${one.slice(0, 97)}…` : one;
  };
  const lines = [`# ${e.document_id}`];
  for (const r of e.records) lines.push(`${r.table} ${r.id}`, `  rules: ${r.rules.join(", ")}`, `  text:  ${clip(r.evidence)}`);
  if (e.vetoes.length) lines.push("vetoed:");
  for (const v of e.vetoes) lines.push(`  ${v.rule} [${v.start}, ${v.end}) ${v.why}`, `    text: ${clip(v.text)}`);
  return `${lines.join("\n")}\n`;
}
