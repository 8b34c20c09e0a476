/**
 * The resolved dates of a sentence, for a plan (weekdays look forward) or a report (they look back). Resolving
 * costs a chrono-node parse, so each sentence is resolved once per sense and publication date, when an extractor
 * first asks: most sentences hold no record and need no dates.
 */
import { type Analysis, unquoted } from "../analysis.js";
import type { Sentence } from "../text/segment.js";
import { findDates, type ResolvedDate } from "./DateResolver.js";

const datesCache = new WeakMap<Sentence, Map<string, ResolvedDate[]>>();

export function sentenceDates(a: Analysis, s: Sentence, future: boolean): ResolvedDate[] {
  let bySense = datesCache.get(s);
  if (!bySense) {
    bySense = new Map();
    datesCache.set(s, bySense);
  }
  const key = `${a.published}|${future}`;
  let d = bySense.get(key);
  if (!d) {
    d = findDates(unquoted(a, s), s.start, a.published, { future });
    bySense.set(key, d);
  }
  return d;
}
