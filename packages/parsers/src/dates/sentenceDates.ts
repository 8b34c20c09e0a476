/**
 * The resolved dates of a sentence, for a plan (weekdays look forward) or a report (they look back). Resolving
 * costs a chrono-node parse, so each sentence is read once per publication date (both senses share the reading)
 * and resolved once per sense, when an extractor first asks: most sentences hold no record and need no dates.
 */
import { type Analysis, unquoted } from "../analysis.js";
import type { Sentence } from "../text/segment.js";
import { type ChronoReading, findDates, readDates, type ResolvedDate } from "./DateResolver.js";

interface SentenceDates {
  /** chrono's reading of the sentence, by publication date: a plan and a report read the same text. */
  readings: Map<string | null, ChronoReading>;
  /** The resolved dates, by publication date and sense. */
  resolved: Map<string, ResolvedDate[]>;
}

const datesCache = new WeakMap<Sentence, SentenceDates>();

export function sentenceDates(a: Analysis, s: Sentence, future: boolean): ResolvedDate[] {
  let cached = datesCache.get(s);
  if (!cached) {
    cached = { readings: new Map(), resolved: new Map() };
    datesCache.set(s, cached);
  }
  const key = `${a.published}|${future}`;
  let d = cached.resolved.get(key);
  if (!d) {
    const text = unquoted(a, s);
    let reading = cached.readings.get(a.published);
    if (!reading) {
      reading = readDates(text, a.published);
      cached.readings.set(a.published, reading);
    }
    d = findDates(text, s.start, a.published, { future }, reading);
    cached.resolved.set(key, d);
  }
  return d;
}
