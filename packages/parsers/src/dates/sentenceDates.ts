/**
 * The resolved dates of a sentence, for a plan (weekdays look forward) or a report (they look back). Resolving
 * costs a chrono-node parse, so each sentence is read once per publication date (both senses share the reading)
 * and resolved once per sense, when an extractor first asks: most sentences hold no record and need no dates.
 */
import { type Analysis, unquoted } from "../analysis.js";
import type { Sentence } from "../text/segment.js";
import {
  type ChronoReading,
  DAYS_AWAY,
  findDates,
  IN_THE_DAY,
  NEXT_DAY,
  PREVIOUS_DAY,
  readDates,
  type ResolvedDate,
} from "./DateResolver.js";

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
    d = findDates(text, s.start, a.published, { future, previousDay: chainedDay(a, s, future, text) }, reading);
    cached.resolved.set(key, d);
  }
  return d;
}

/**
 * "arrived in Cairo on Monday. The next day he flew to Tel Aviv" (or "He had been in Doha the day before", "earlier in the
 * day"): a day counted from the last day told in the up to three sentences before (headlines aside); used when the sentence
 * names no day before it.
 */
const NEXT_DAY_ONCE = new RegExp(`${NEXT_DAY.source}|${PREVIOUS_DAY.source}|${DAYS_AWAY.source}|${IN_THE_DAY.source}`, "i");

/** An itinerary's day label: "Day 2: Rafah", "Day 3 — Amman". */
const DAY_LABEL = /^\s*Day\s+\d{1,2}\b/;

function chainedDay(a: Analysis, s: Sentence, future: boolean, text: string): string | null {
  if (!NEXT_DAY_ONCE.test(text)) return null;
  for (let k = s.index - 1; k >= Math.max(0, s.index - 3); k--) {
    const prev = a.sentences[k]!;
    // An itinerary's day label ("Day 2: Rafah") goes on with the same journey: "The next day" under it counts from the day
    // told above it. Any other heading ends the story the day is counted in.
    if (a.paragraphs[prev.paragraph]!.heading) {
      if (DAY_LABEL.test(prev.text)) continue;
      break;
    }
    const day = sentenceDates(a, prev, future)
      .filter((d) => d.date && d.precision === "day")
      .pop();
    if (day) return day.date;
  }
  return null;
}
