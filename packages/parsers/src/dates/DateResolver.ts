/**
 * DateResolver: date expressions of one stretch of text, resolved with chrono-node against the publication
 * date and the tense of the event. Refinements on top of chrono, each for a reason:
 * - tense: a weekday in a plan ("will meet on Friday") looks forward, in a report ("met on Tuesday") back;
 *   chrono's forwardDate would also push "this morning" to tomorrow, so the direction is applied here;
 * - weekdays inside longer phrases ("on the morning of Friday") that chrono reads as today are re-read;
 * - times without a day ("3 a.m."), durations ("in 11 days") and deadlines ("by Thursday") are not dates;
 * - without a publication date, a relative expression stays unresolved (date null) instead of guessed.
 */
import * as chrono from "chrono-node/en";
import type { DateBasis, DatePrecision } from "@shuttle/core";
import { alternation, lexicon, verbs } from "../lexicon/index.js";
import { matchesOf } from "../text/regex.js";

export interface ResolvedDate {
  /** ISO date, or null when the expression is relative and there is no publication date. */
  date: string | null;
  precision: DatePrecision;
  basis: DateBasis;
  text: string;
  /** UTF-16 offsets in the document. */
  start: number;
  end: number;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY_RE = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const DAY_WORDS = /\b(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night|overnight|earlier today)\b/i;
const WEEK_WORDS = /\b(this|next|last|later this|earlier this) week\b/i;
const MONTH_WORDS = /\b(this|next|last) month\b/i;
const DATE_WORD = new RegExp(
  String.raw`\d|\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|overnight|week|month|year` +
    String.raw`|weekend|(?:sun|mon|tues|wednes|thurs|fri|satur)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`,
  "i",
);
const FULL_YEAR = /\b(1[89]|20)\d{2}\b/;
/** A span of time counted from another event ("two weeks after", "days before", "a day earlier"). */
const RELATIVE_TO_EVENT = new RegExp(
  String.raw`^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+)?(?:days?|weeks?` +
    String.raw`|months?|years?|hours?)\s+(?:after|before|earlier|later|since|following)\b`,
  "i",
);
/**
 * "in the past 24 hours", "over the last three days": a span that ends at publication, which chrono reads as the point it
 * starts at ("past 24 hours" as yesterday). Counted in hours it is the publication day's (a toll "in the past 24 hours" is as
 * of then); in days or more it names no day.
 */
const SPAN_TO_NOW = new RegExp(
  String.raw`^(?:the\s+)?(?:past|last|previous)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|few|several)` +
    String.raw`\s+(hours?|days?|weeks?|months?|years?)$`,
  "i",
);
const VAGUE_AGO = /\b(?:a few|few|several|some|many|a couple of)\s+(?:days|weeks|months|years)\s+ago\b/i;
/**
 * Same-day phrases chrono does not read ("earlier in the day", "later today"): the day of publication.
 * chrono reads "today" itself; these name the day without the word.
 */
const SAME_DAY = /\b(?:(?:earlier|later)\s+in\s+the\s+day|earlier\s+today|later\s+today)\b/gi;
/**
 * "arrived in Ramallah on Wednesday. She had landed in Tel Aviv earlier in the day": "in the day" names no day of its own,
 * so it is the day told before it (in the text or the sentences before), as "earlier that day" is; the publication day
 * only when none was told. ("earlier today" names the day: publication's.)
 */
export const IN_THE_DAY = /\b(?:earlier|later)\s+in\s+the\s+day\b/i;
/** "this weekend", "next weekend": chrono reads none of them; a weekend is the end of its ISO week. */
const WEEKEND = /\b(this|next|last)\s+weekend\b/gi;
/**
 * "over the weekend", "spent the weekend in Abu Dhabi": the weekend without "this", "next" or "last" is the nearest one on the
 * event's side of publication: a report's is the one just past (this one when published on a Saturday or a Sunday), a plan's
 * the coming one. ("the weekend of …", "the weekend before/after" name another.)
 */
const THE_WEEKEND = /\bthe\s+weekend\b(?!\s+(?:of|before|after|when|that)\b)/gi;
/** "this past weekend", "the past weekend": the last weekend over before publication, whatever the event's tense. */
const PAST_WEEKEND = /\b(?:this|the)\s+past\s+weekend\b/gi;
/**
 * A year alone ("In 2020,", "met in Moscow in 2022", "back in 2014", "in late 2021", "in the summer of 2014"): chrono reads
 * no bare year (by design: a four-digit number alone is too often no date), so a year after "in" or "during", with a part
 * of the year between them or not, is read here, at year precision. Not "since 2019" (a start, not a point), "the 2014
 * war" (an event's name), "2,020 people" or a year chrono already reads as part of a longer date ("in September 2010").
 */
const TM = lexicon["tense-markers"];
const YEAR_PARTS = alternation(TM.year_parts);
const BARE_YEAR = new RegExp(
  String.raw`\b(?:back\s+)?(?:(?:in|during)\s+(?:(?:${YEAR_PARTS})(?:\s+|\s*-\s*))?|at\s+(?:${YEAR_PARTS})\s+)((?:19|20)\d{2})\b` +
    // not a range or list of years ("in 2020-21", "in 2020 and 2021") nor a number with more digits ("in 2020.5")
    String.raw`(?![-–/.,]\d)(?!\s*(?:-|–|to|through|and|or)\s*(?:19|20)?\d{2}\b)`,
  "gi",
);
/** A lower-case word after the year that is not one of these makes it a number or an attribute ("in 2014 elections"). */
const YEAR_FOLLOWERS = new Set(TM.year_followers);
/** The first year a record of this conflict's diplomacy may be dated in. */
const FIRST_YEAR = 1948;

/** "the following day", "the next morning", "a day later": the day after the date written before it in the same text. */
export const NEXT_DAY = new RegExp(
  String.raw`\b(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)|a\s+day\s+later|the\s+day\s+after)\b` +
    String.raw`(?!\s+(?:the|a|an|his|her|its|their)\b)`,
  "gi",
);

/**
 * "the day before", "the previous day", "the night before", "a day earlier": the day before the date written before it in the
 * same text. chrono reads "the day before" as the day before publication, whatever date the text told last.
 */
export const PREVIOUS_DAY = new RegExp(
  String.raw`\b(?:the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)|a\s+day\s+(?:earlier|before)` +
    String.raw`|the\s+(?:day|night|evening)\s+(?:before|prior))\b` +
    String.raw`(?!\s+(?:the|a|an|his|her|its|their)\b)`,
  "gi",
);
/**
 * "two days later", "three days earlier": that many days from the date written before it in the same text (only with
 * "earlier" or "later": "two days after he arrived" counts from another event). "hours earlier", "later that day": the
 * same day as that date. Numbers as words up to ten, or digits.
 */
export const DAYS_AWAY = new RegExp(
  String.raw`\b(?:(?<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days\s+(?<direction>earlier|later)` +
    // "48 hours later", "seventy-two hours earlier": whole days told in hours count as days (before the same-day "hours later").
    String.raw`|(?<hours>24|48|72|96|twenty-four|forty-eight|seventy-two|ninety-six)\s+hours\s+(?<hourDirection>earlier|later)` +
    String.raw`|(?:(?:a\s+few|several|some|an?|one|two|three|four|five|six|\d{1,2})\s+)?hours?\s+(?:earlier|later)` +
    String.raw`|(?:later|earlier)\s+(?:that|the\s+same)\s+day)\b(?!\s+(?:the|a|an|his|her|its|their)\b)`,
  "gi",
);
/** A clause's subject after "a day before"/"the day after": a name (capital) or a subject pronoun. Case-sensitive. */
const CLAUSE_AFTER = /^\s+(?:\p{Lu}|(?:he|she|they|we|it|I)\b)/u;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const HOUR_WORDS: Record<string, number> = { "twenty-four": 24, "forty-eight": 48, "seventy-two": 72, "ninety-six": 96 };
/** The phrases of a day counted from the day told before, and how many days each counts (0: that same day). */
const DAY_SHIFTS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => number]> = [
  [NEXT_DAY, () => 1],
  [PREVIOUS_DAY, () => -1],
  [
    DAYS_AWAY,
    ({ groups }) =>
      groups!.count
        ? (COUNT_WORDS[groups!.count.toLowerCase()] ?? Number(groups!.count)) * (/^earlier$/i.test(groups!.direction!) ? -1 : 1)
        : groups!.hours
          ? ((HOUR_WORDS[groups!.hours.toLowerCase()] ?? Number(groups!.hours)) / 24) * (/^earlier$/i.test(groups!.hourDirection!) ? -1 : 1)
          : 0,
  ],
];

/**
 * "met in Riyadh on the 10th": a day of the month with no month, which chrono does not read. It is the day of the month of
 * publication, or of the month before when a report's day is still ahead (of the month after for a plan's day gone by).
 * Only before a pause or a clause's next word: "on the 10th floor", "on the 7th of October" are no such day.
 */
const ORDINAL_DAY = new RegExp(
  String.raw`\bon\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b` +
    String.raw`(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|but|when|as|after|before|in|at|with|while|to)\b)`,
  "gi",
);

/**
 * "at the start of the week", "early in the week": the week of publication. chrono reads none of them (it reads "this week").
 */
const WEEK_PART = /\b(?:at\s+the\s+(?:start|beginning|end)\s+of|early\s+in|late\s+in)\s+the\s+week\b/gi;

/**
 * "A meeting that had been planned for Friday was scrapped on Tuesday": the day a plan called off was set for lay ahead when it
 * was called off, so its weekday looks forward from the day of the calling off (the report's other day), or from publication.
 */
const PLANNED_FOR = new RegExp(String.raw`\b(?:${alternation(TM.plan_participles)})\s+(?:for|on)\s+$`, "i");
const CALLED_OFF = new RegExp(String.raw`\b(?:${verbs([...TM.postponing_verbs, ...TM.cancelling_verbs], ["past", "participle"])})\b`, "i");

/**
 * "since the October 7 Hamas attack", "Hamas' Oct. 7 onslaught", "since the attack on 7 October": a calendar day that names an
 * event (before its noun, or after it in a phrase of "since", "until", "after" or "before") is that event's name, not the day
 * of anything else its sentence tells (a visit, a meeting; and "Later in the day" does not count from it). Only a month and
 * a day: "an Israeli strike on Tuesday killed 20" dates the strike's casualties, and weekdays are left to the extractors.
 */
// Either case of a word's first letter: the name pattern has no "i" flag (with it, \p{Lu} would match any letter).
const eitherCase = (w: string) => `[${w[0]!.toLowerCase()}${w[0]!.toUpperCase()}]${w.slice(1)}`;
const EVENT_NOUNS = TM.event_name_nouns.map(eitherCase).join("|");
const EVENT_MODIFIERS = TM.event_name_modifiers.map(eitherCase).join("|");
const EVENT_NAMED_AFTER = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:(?:\p{Lu}[\p{L}'’-]*|${EVENT_MODIFIERS})\s+){0,3}(?:${EVENT_NOUNS})s?\b`,
  "u",
);
const EVENT_NAMED_BEFORE = new RegExp(
  String.raw`\b(?:since|until|after|before)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:${EVENT_NOUNS})s?\s+(?:(?:on|of)\s+)?$`,
  "iu",
);
/** A written month and day, with no weekday ("October 7", "7 October", "Oct. 7"). */
function namesEvent(text: string, index: number, phrase: string, s: chrono.ParsedResult["start"]): boolean {
  if (!s.isCertain("day") || !s.isCertain("month") || WEEKDAY_RE.test(phrase)) return false;
  return (
    EVENT_NAMED_AFTER.test(text.slice(index + phrase.length, index + phrase.length + 60)) ||
    EVENT_NAMED_BEFORE.test(text.slice(Math.max(0, index - 60), index))
  );
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function fromIso(date: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}
function addDays(date: string, n: number): string {
  const t = fromIso(date);
  t.setUTCDate(t.getUTCDate() + n);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The weekday nearest the reference date in the event's direction (same day counts). */
export function resolveWeekday(published: string, weekday: number, future: boolean): string {
  const ref = fromIso(published).getUTCDay();
  const delta = future ? (weekday - ref + 7) % 7 : -((ref - weekday + 7) % 7);
  return addDays(published, delta);
}

/** How far after publication a report's date may lie before its year is read as the one before (a late event). */
const REPORT_SLACK_DAYS = 7;

/**
 * A month and day without a year ("on Oct. 7", "in March"): chrono takes the year that puts it nearest the
 * publication date, which reads a report's "on Oct. 7" in May as the coming October. A report tells of the past
 * and a plan of the future, so the year is the one that puts the date on the event's side of publication: a
 * report's date more than a week after publication is the year before; a plan's date before publication (before
 * its month, for a month) is the year after.
 */
export function yearByTense(date: string, published: string, precision: DatePrecision, future: boolean): string {
  // February 29 has no other year next to it: it stays.
  const shift = (years: number) => (date.endsWith("-02-29") ? date : `${Number(date.slice(0, 4)) + years}${date.slice(4)}`);
  if (precision === "month") {
    const month = date.slice(0, 7);
    const publishedMonth = published.slice(0, 7);
    if (!future && month > publishedMonth) return shift(-1);
    if (future && month < publishedMonth) return shift(1);
    return date;
  }
  if (!future && date > addDays(published, REPORT_SLACK_DAYS)) return shift(-1);
  if (future && date < published) return shift(1);
  return date;
}

export interface DateOptions {
  /** The event is a plan: weekdays look forward. */
  future: boolean;
  /** The day of the latest date told before the text (in the sentences before): "The next day he flew to Tel Aviv". */
  previousDay?: string | null;
}

/** chrono-node's reading of a text against the publication date: the same for a plan and a report. */
export type ChronoReading = chrono.ParsedResult[];

export function readDates(text: string, published: string | null): ChronoReading {
  // A fixed reference when there is no publication date; results relative to it are discarded by findDates.
  const [y, m, d] = (published ?? "2000-01-01").split("-").map(Number) as [number, number, number];
  // Every date chrono finds that findDates keeps holds a date word; a text with none is not worth chrono's parse
  // (the costliest call of the extraction).
  return DATE_WORD.test(text) ? chrono.parse(text, new Date(y, m - 1, d, 12)) : [];
}

/** The dates of a text; `reading` is chrono's reading of it against `published`, when the caller already has it. */
export function findDates(
  text: string,
  offset: number,
  published: string | null,
  opts: DateOptions,
  reading: ChronoReading = readDates(text, published),
): ResolvedDate[] {
  const refIso = published ?? "2000-01-01";
  const out: ResolvedDate[] = [];
  /** Weekdays of a plan that was called off, by their index in out. */
  const calledOffDays = new Map<ResolvedDate, number>();
  const calledOff = CALLED_OFF.test(text);
  for (const r of reading) {
    const before = text.slice(Math.max(0, r.index - 4), r.index);
    const phrase = r.text.replace(/[\s,;:.]+$/, ""); // chrono may keep a trailing comma ("On Wednesday,")
    const span = SPAN_TO_NOW.exec(phrase);
    if (span) {
      if (/^hour/i.test(span[1]!) && published) {
        out.push({
          date: published,
          precision: "day",
          basis: "inferred",
          text: phrase,
          start: offset + r.index,
          end: offset + r.index + phrase.length,
        });
      }
      continue;
    }
    // "the day before" counts from the date told before it (below), not from publication.
    if (new RegExp(PREVIOUS_DAY.source, "i").test(phrase)) continue;
    // "a few weeks ago", "several months ago": too vague to date anything.
    if (VAGUE_AGO.test(phrase)) continue;
    // "two weeks after the attack", "days before the talks": a distance from another event, not a date.
    if (RELATIVE_TO_EVENT.test(phrase) || RELATIVE_TO_EVENT.test(text.slice(r.index, r.index + phrase.length + 12))) continue;
    if (
      /\bby\s*$/i.test(before) ||
      /\b(?:in|within|for|after|over|during)\s+\S+\s+(?:days?|hours?|weeks?|months?|years?)\b/i.test(phrase) ||
      /^\d+\s+(?:days?|hours?|weeks?)/i.test(phrase)
    )
      continue;
    // chrono also reads phrases like "after a second" as dates; a date names a day, month, week or year.
    if (!DATE_WORD.test(phrase)) continue;
    const s = r.start;
    if (namesEvent(text, r.index, phrase, s)) continue;
    const weekdayWord = WEEKDAY_RE.exec(phrase);
    let precision: DatePrecision;
    if (WEEK_WORDS.test(phrase)) precision = "week";
    else if (s.isCertain("day") || weekdayWord || DAY_WORDS.test(phrase)) precision = "day";
    else if (s.isCertain("month") || MONTH_WORDS.test(phrase)) precision = "month";
    else if (s.isCertain("year")) precision = "year";
    else continue; // a time of day alone ("10 a.m.") says nothing about the date
    const stated = s.isCertain("year") && s.isCertain("month") && (s.isCertain("day") || precision !== "day") && FULL_YEAR.test(phrase);
    let date: string | null = iso(s.get("year")!, s.get("month")!, s.get("day")!);
    if (weekdayWord && !s.isCertain("day")) {
      date = resolveWeekday(refIso, WEEKDAYS.indexOf(weekdayWord[1]!.toLowerCase()), opts.future);
      // "last Thursday", "on Thursday last" in a text of a Thursday is the Thursday a week before, never the day of
      // publication; "next Thursday" on a Thursday is the one a week on.
      const after = text.slice(r.index + phrase.length, r.index + phrase.length + 6);
      if (date === refIso && (/^(?:last|past)\b/i.test(phrase) || /^\s+last\b/i.test(after))) date = addDays(date, -7);
      else if (date === refIso && /^next\b/i.test(phrase)) date = addDays(date, 7);
    } else if (published && s.isCertain("month") && !s.isCertain("year")) {
      date = yearByTense(date, published, precision, opts.future);
    }
    // A week is written as its Monday (ISO 8601 weeks start on Monday).
    // chrono starts weeks on Sunday, so a Sunday stands for the week after it.
    if (precision === "week" && date) {
      const day = fromIso(date).getUTCDay();
      date = addDays(date, day === 0 ? 1 : -(day - 1));
    }
    // A month or a year is written as its first day: chrono fills the day (and month) of "last month", "last year" from the
    // reference date, which would make "late last month" in a text of June 12 read as May 12.
    if (date && precision === "month") date = `${date.slice(0, 7)}-01`;
    if (date && precision === "year") date = `${date.slice(0, 4)}-01-01`;
    if (!stated && !published) date = null;
    const found: ResolvedDate = {
      date,
      precision,
      basis: stated ? "stated" : "inferred",
      text: phrase,
      start: offset + r.index,
      end: offset + r.index + phrase.length,
    };
    if (
      weekdayWord &&
      !s.isCertain("day") &&
      calledOff &&
      PLANNED_FOR.test(text.slice(Math.max(0, r.index - 30), r.index + (/^on\s/i.test(phrase) ? 3 : 0)))
    )
      calledOffDays.set(found, WEEKDAYS.indexOf(weekdayWord[1]!.toLowerCase()));
    out.push(found);
  }
  for (const [d, weekday] of calledOffDays) {
    const other = out.find((x) => x !== d && x.precision === "day" && x.date && !calledOffDays.has(x));
    if (published) d.date = resolveWeekday(other?.date ?? published, weekday, true);
  }
  const free = (start: number, end: number) => !out.some((d) => d.start < end && start < d.end);
  for (const m of matchesOf(SAME_DAY, text)) {
    const start = offset + m.index!;
    if (!free(start, start + m[0].length)) continue;
    const toldBefore = IN_THE_DAY.test(m[0])
      ? (out.filter((d) => d.end <= start && d.precision === "day" && d.date).pop()?.date ?? opts.previousDay)
      : null;
    out.push({
      date: (published && toldBefore) || published,
      precision: "day",
      basis: "inferred",
      text: m[0],
      start,
      end: start + m[0].length,
    });
  }
  for (const m of matchesOf(WEEKEND, text)) {
    const start = offset + m.index!;
    if (!free(start, start + m[0].length)) continue;
    // A week is written as its Monday, as above; Sunday ends its ISO week.
    const day = fromIso(refIso).getUTCDay();
    const monday = addDays(refIso, day === 0 ? -6 : -(day - 1));
    const shift = { this: 0, next: 7, last: -7 }[m[1]!.toLowerCase() as "this" | "next" | "last"];
    const date = published ? addDays(monday, shift) : null;
    out.push({ date, precision: "week", basis: "inferred", text: m[0], start, end: start + m[0].length });
  }
  for (const m of [...matchesOf(PAST_WEEKEND, text), ...matchesOf(THE_WEEKEND, text)]) {
    const start = offset + m.index!;
    if (!free(start, start + m[0].length)) continue;
    const day = fromIso(refIso).getUTCDay();
    const monday = addDays(refIso, day === 0 ? -6 : -(day - 1));
    const weekendNow = day === 0 || day === 6;
    const past = /\bpast\b/i.test(m[0]);
    // "this past weekend" is one over before publication: on a Saturday or a Sunday, the one before.
    const date = published ? (!past && (opts.future || weekendNow) ? monday : addDays(monday, -7)) : null;
    out.push({ date, precision: "week", basis: "inferred", text: m[0], start, end: start + m[0].length });
  }
  for (const m of matchesOf(WEEK_PART, text)) {
    const start = offset + m.index!;
    if (!free(start, start + m[0].length)) continue;
    const day = fromIso(refIso).getUTCDay();
    const date = published ? addDays(refIso, day === 0 ? -6 : -(day - 1)) : null;
    out.push({ date, precision: "week", basis: "inferred", text: m[0], start, end: start + m[0].length });
  }
  for (const m of matchesOf(ORDINAL_DAY, text)) {
    const start = offset + m.index!;
    if (!published || !free(start, start + m[0].length)) continue;
    const [y, mo, d] = published.split("-").map(Number) as [number, number, number];
    const day = Number(m[1]);
    let month = mo;
    let year = y;
    if (!opts.future && day > d) month--;
    if (opts.future && day < d) month++;
    if (month === 0) [month, year] = [12, year - 1];
    if (month === 13) [month, year] = [1, year + 1];
    // A day the month does not have ("on the 31st" in a month of 30) is no date.
    if (fromIso(iso(year, month, day)).getUTCDate() !== day) continue;
    const phrase = m[0];
    out.push({ date: iso(year, month, day), precision: "day", basis: "inferred", text: phrase, start, end: start + phrase.length });
  }
  const lastYear = published ? Number(published.slice(0, 4)) : 2099;
  for (const m of matchesOf(BARE_YEAR, text)) {
    const start = offset + m.index!;
    const year = Number(m[1]);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 30);
    // A year after the publication's is a plan's or a forecast's, and reads too often as a number ("in 2030 homes").
    if (year < FIRST_YEAR || year > lastYear || !free(start, start + m[0].length)) continue;
    const next = /^\s+(\p{Ll}+)/u.exec(after);
    if (next && !YEAR_FOLLOWERS.has(next[1]!)) continue;
    out.push({ date: `${year}-01-01`, precision: "year", basis: "stated", text: m[0], start, end: start + m[0].length });
  }
  out.sort((x, y) => x.start - y.start);
  // Days counted from the day told before them, in this order: a day counted here may be the one a later phrase counts from.
  for (const [re, shift] of DAY_SHIFTS) {
    for (const m of matchesOf(re, text)) {
      const start = offset + m.index!;
      const before = out.filter((d) => d.end <= start && d.precision === "day" && d.date).pop()?.date ?? opts.previousDay;
      if (!before || !free(start, start + m[0].length)) continue;
      // "a day before Safadi flew to Cairo", "the day after he arrived": a conjunction before a clause counts another event
      // from this one; the phrase is no date of its own.
      if (/(?:before|after)$/i.test(m[0]) && CLAUSE_AFTER.test(text.slice(m.index! + m[0].length))) continue;
      out.push({ date: addDays(before, shift(m)), precision: "day", basis: "inferred", text: m[0], start, end: start + m[0].length });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
