/**
 * Casualty figure records: claims, one record each; subsets point at their totals. A headline's figure that the
 * body repeats (same kind, count and qualifier) is the same claim: it keeps the body's record.
 */
import type { CasualtyFigure } from "@shuttle/core";
import type { Analysis } from "../analysis.js";
import type { CasualtyCandidate } from "../extractors/CasualtyExtractor.js";
import { hashId } from "../ids.js";
import type { RecordBuilder } from "../records/builder.js";
import { segmentAt } from "../text/sorted.js";

/** Figures of a headline that the body repeats: the body's record is the claim. */
function repeatedHeadlineFigures(a: Analysis, all: readonly CasualtyCandidate[]): Set<CasualtyCandidate> {
  const inHeadline = (c: { start: number }) => segmentAt(a.paragraphs, c.start)?.heading === true;
  return new Set(
    all.filter(
      (c) =>
        inHeadline(c) &&
        all.some((o) => o !== c && !inHeadline(o) && o.kind === c.kind && o.count === c.count && o.qualifier === c.qualifier),
    ),
  );
}

export function casualtyRecords(all: readonly CasualtyCandidate[], rb: RecordBuilder): CasualtyFigure[] {
  const dropped = repeatedHeadlineFigures(rb.a, all);
  for (const c of dropped) rb.a.trace?.veto("refiner/headline-figure", c.start, c.end, "the body repeats this headline figure");
  // Two rules that read the same words as the same kind of figure make one record: the id is a key.
  const keyOf = (c: CasualtyCandidate) => `${c.start}|${c.end}|${c.kind}`;
  const firstOf = new Map<string, CasualtyCandidate>();
  for (const c of all) if (!dropped.has(c) && !firstOf.has(keyOf(c))) firstOf.set(keyOf(c), c);
  const kept = [...firstOf.values()];
  // A part of a figure that was dropped stands alone.
  const parentOf = (c: CasualtyCandidate) => {
    const parent = c.partOf === null ? undefined : firstOf.get(keyOf(all[c.partOf]!));
    return parent ? kept.indexOf(parent) : null;
  };
  const cands = kept.map((c) => ({ ...c, partOf: parentOf(c) }));
  const ids = cands.map((c) => hashId("casualty", rb.id, c.start, c.end, c.kind));
  return cands.map((c, i) => ({
    id: ids[i] as CasualtyFigure["id"],
    document_id: rb.id as CasualtyFigure["document_id"],
    kind: c.kind,
    count: c.count,
    count_text: c.countText,
    qualifier: c.qualifier,
    min: c.min,
    max: c.max,
    population: c.population,
    place_id: rb.place(c.place),
    as_of: c.asOf?.date ?? null,
    as_of_precision: c.asOf?.date ? c.asOf.precision : null,
    period_text: c.periodText,
    attributed_to_id: rb.actor(c.attributedTo),
    attributed_to_text: c.attributedText,
    part_of: c.partOf === null ? null : (ids[c.partOf] as CasualtyFigure["id"]),
    evidence: [rb.span(c.start, c.end)],
    rule: c.rule,
  }));
}
