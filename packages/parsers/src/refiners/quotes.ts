/** Quote records: the same words quoted twice (a pull quote repeats the body) are one quote with both spans. */
import type { Quote } from "@shuttle/core";
import type { QuoteCandidate } from "../extractors/QuoteExtractor.js";
import { hashId } from "../ids.js";
import type { RecordBuilder } from "../records/builder.js";

const normalise = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function quoteRecords(cands: readonly QuoteCandidate[], rb: RecordBuilder): Quote[] {
  const quotes: Quote[] = [];
  const quoteByText = new Map<string, Quote>();
  for (const q of cands) {
    const evidence = [rb.span(q.span.start, q.span.end)];
    const existing = quoteByText.get(normalise(q.text));
    if (existing) {
      existing.evidence.push(...evidence); // united once at the end: merging at every repeat is quadratic
      rb.a.trace?.refine(existing, "refiner/same-quote");
      if (!existing.speaker_id && q.speaker) existing.speaker_id = rb.actor(q.speaker);
      existing.partial = existing.partial && q.partial;
      continue;
    }
    const rec: Quote = {
      id: hashId("quote", rb.id, q.span.start, q.span.end) as Quote["id"],
      document_id: rb.id as Quote["document_id"],
      text: q.text,
      speaker_id: rb.actor(q.speaker),
      speaker_mention: q.speakerMention?.text ?? null,
      cue: q.cue,
      partial: q.partial,
      date: q.date?.date ?? null,
      date_precision: q.date?.date ? q.date.precision : null,
      evidence,
      rule: q.rule,
    };
    quoteByText.set(normalise(q.text), rec);
    quotes.push(rec);
  }
  return quotes;
}
