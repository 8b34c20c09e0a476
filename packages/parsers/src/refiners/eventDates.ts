/**
 * Event dates from the whole document. An extractor dates an event only from its own clause; news often
 * dates a scene once and tells the rest of it without dates ("Blinken pledged on Tuesday …. He began in
 * Jerusalem, where he held talks with Netanyahu"). This refiner fills the date of held events that have
 * none, marked inferred:
 * - same-day report: the present perfect or present ("has arrived", "is in", "meets") reports what happened
 *   on the day of publication;
 * - continuation: an undated event takes the date of the latest dated sentence before it that names one of
 *   its actors (the same person's scene goes on), when that sentence reports, not plans.
 * Nothing is dated without ground: no publication date and no dated sentence leave the date null. Events in
 * the pluperfect ("had visited") happened before the scene and are left alone.
 */
import type { Analysis } from "../analysis.js";
import { unquoted } from "../analysis.js";
import { sentenceDates } from "../dates/sentenceDates.js";
import type { ResolvedDate } from "../dates/DateResolver.js";
import type { DocActor } from "../entities/resolve.js";
import type { PlaceEntry } from "../entities/gazetteer.js";
import { mentionsBetween } from "../analysis.js";
import type { MeetingCandidate } from "../extractors/MeetingExtractor.js";
import { isTimelineEntry, type StopCandidate } from "../extractors/TripExtractor.js";
import { firstAtOrAfter, segmentAt } from "../text/sorted.js";
import { FUTURE_MARKERS, NUMBER_WORDS } from "../lexicon/words.js";
import { alternation, lexicon, verbs } from "../lexicon/index.js";

export interface DatableEvent {
  actors: DocActor[];
  /** Where the event was, when known: a scene's day does not pass to a place its sentence left behind. */
  place?: PlaceEntry | null;
  /** UTF-16 offset of the event's evidence in the document. */
  at: number;
  held: boolean;
  /** A meeting: "The meeting on Tuesday …" in the next sentence may date it. */
  meeting?: boolean;
  /** Set when the date was counted from the event's own sentence ("a day after X arrived"): not a scene's day lent to it. */
  counted?: boolean;
  date: ResolvedDate | null | undefined;
}

/** Present perfect and present tense of events reported the day they happen. */
const TM = lexicon["tense-markers"];
const SAME_DAY_VERB = new RegExp(
  String.raw`\b(?:has|have)\s+(?:now\s+|just\s+|already\s+|also\s+)?(?:${verbs(TM.same_day_perfect, ["participle"])})\b` +
    String.raw`|\b(?:is|are)\s+(?:now\s+)?(?:in|${verbs(TM.same_day_progressive, ["ing"])})\b|\b(?:${verbs(TM.same_day_present, ["s"])})\b`,
  "i",
);
/** Relative clauses tell of other times ("Baerbock — who has visited the region several times — will …"). */
const RELATIVE_CLAUSE = /[,—–-]\s*(?:who|which|that)\b[^,—–;]*/gi;
const PLUPERFECT = new RegExp(String.raw`\bhad\s+(?:\w+\s+)?(?:${verbs(TM.pluperfect, ["participle"])})\b`, "i");
/** Dates after these words belong to another event ("since October 7", "before Tuesday's bombing", "on the eve of his visit"). */
const OTHER_EVENT = /\b(?:since|until|before|after|prior to|ahead of|on the eve of)\b[^,;.]{0,40}$/i;

/**
 * A date that opens with a time of day ("just before 7 p.m. on Jan. 5", "shortly after midnight on Friday"): the "before"
 * or "after" in front of it places the time, it names no other event.
 */
const CLOCK_TIME = /^(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|midnight|noon|midday)(?!\w)/i;

/** A relative clause about a thing: its dates are the thing's story, not the scene's. */
const THING_CLAUSE = /,\s*which\b[^,;—–]*/gi;
/**
 * "Later in the week he travelled to Beirut", "days later": another, vaguer time than the scene before; the scene's day is
 * not the event's.
 */
const LATER_TIME = /\b(?:later|earlier)\s+(?:in|that)\s+(?:the\s+)?(?:week|month|year)\b|\b(?:days|weeks|months)\s+later\b/i;

/** "a day after", "two days before": another event counted from this sentence's date. */
const OFFSET = new RegExp(String.raw`\b(a|${alternation(Object.keys(NUMBER_WORDS))}|\d+)\s+days?\s+(after|before)\b`, "i");

/**
 * "X has held talks with Y in Doha. The meeting on Tuesday came a day after …": a sentence whose subject is the meeting
 * itself ("The meeting", "Their talks", "The discussions, held on Monday,") tells the day of the meeting told just before.
 */
const MEETING_SUBJECT = new RegExp(String.raw`^\W*(?:the|their|that|this)\s+(?:${alternation(lexicon["meeting-verbs"].nouns)})\b`, "i");

/**
 * The day a sentence that opens with "The meeting"/"The talks" gives its meeting: its first day, when that day is told of
 * the meeting (not inside "after …"/"since …", not a plan) and not after the day of publication.
 */
function meetingSubjectDay(a: Analysis, s: Analysis["sentences"][number]): ResolvedDate | null {
  if (!MEETING_SUBJECT.test(a.text.slice(s.start, s.end))) return null;
  const first = sentenceDates(a, s, false).find((d) => d.date);
  if (!first?.date || first.precision !== "day" || (a.published && first.date > a.published)) return null;
  const lead = a.text.slice(s.start, first.start);
  if (OTHER_EVENT.test(lead.slice(-50)) || FUTURE_MARKERS.test(lead)) return null;
  return { ...first, basis: "inferred" };
}

/** What may stand before a date that opens its sentence: a word ("On", "Earlier" this month, "Late" last year) at most. */
const OPENER = /^\W*(?:\p{L}+\s+)?$/u;

/**
 * A live blog's entry stamp: a line of a clock time ("11:02 BST", "2:15 p.m. ET", "10.30am"), perhaps after the entry's
 * day ("Tuesday 15 October 11.02 BST": weekdays, months and numbers only, so neither a sentence ending in a time nor an
 * article's "Updated 10:45 GMT" line is one).
 */
const CALENDAR_TOKEN =
  String.raw`(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?` +
  String.raw`|Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)`;
const ENTRY_STAMP = new RegExp(
  String.raw`^(?:(?:${CALENDAR_TOKEN}\p{Ll}*\.?|\d{1,4}),?\s+){0,4}\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\p{Lu}{2,5})?$`,
  "u",
);

/** The paragraph of the stamp that opens the live-blog entry a paragraph belongs to, or null outside a live blog. */
function entryStampOf(a: Analysis, paragraph: number): number | null {
  for (let p = paragraph - 1; p >= 0; p--) if (ENTRY_STAMP.test(a.paragraphs[p]!.text.trim())) return p;
  return null;
}

/** How long a line of a date alone ("Wednesday, September 11, 2024") may be. */
const DATE_LINE_CHARS = 40;

/** The first day a paragraph tells, up to the day of publication, as an inferred date. */
function dayOfLine(a: Analysis, paragraph: number): ResolvedDate | null {
  const told = a.paragraphs[paragraph]!.sentences.flatMap((s) => sentenceDates(a, s, false)).find(
    (d) => d.date && d.precision === "day" && (!a.published || d.date <= a.published),
  );
  return told ? { ...told, basis: "inferred" } : null;
}

/**
 * The day of a live-blog entry: the day its stamp names, else the day of publication (a live blog's entries are
 * written as the day goes on). Null when neither is known.
 */
function entryDay(a: Analysis, stamp: number): ResolvedDate | null {
  const p = a.paragraphs[stamp]!;
  const told = dayOfLine(a, stamp);
  if (told) return told;
  // "Wednesday, September 11" / "4:40 p.m. ET": a blog that runs over days heads each day's entries with a line of the
  // date alone; the nearest such line above the stamp dates the entry.
  for (let q = stamp - 1; q >= 0; q--) {
    const line = a.paragraphs[q]!.text.trim();
    if (line.length > DATE_LINE_CHARS) continue;
    const day = dayOfLine(a, q);
    if (day && day.text.length >= line.length - 2) return day;
  }
  if (!a.published) return null;
  return {
    date: a.published,
    precision: "day",
    basis: "inferred",
    text: p.text.trim(),
    start: p.start,
    end: p.start + p.text.trim().length,
  };
}

const TV = lexicon["travel-verbs"];
/**
 * "Hochstein met Berri shortly after landing", "On arrival, she held talks with …": an encounter told as following the
 * moment of arrival is on the day of the arrival told before it.
 */
const AFTER_ARRIVAL = new RegExp(
  String.raw`\b(?:after|upon|on)\s+(?:(?:his|her|their)\s+)?(?:${verbs(TV.arriving, ["ing"])}|arrival)\b`,
  "i",
);

/** How many sentences before an encounter "after landing" the arrival may be told in. */
const ARRIVAL_SENTENCES = 3;

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** "two days" → 2, "a day" → 1; signed back for "after" (the other event was earlier), forward for "before". */
function offsetDays(m: RegExpExecArray): number {
  const n = m[1]!.toLowerCase() === "a" ? 1 : (NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]));
  return (m[2]!.toLowerCase() === "after" ? -1 : 1) * n;
}

/** The offset phrase that governs an event at `at`: "a day after" within the few words before it, with no clause break. */
const OFFSET_LEAD = new RegExp(`${OFFSET.source}[^,;.]{0,40}$`, "i");

/**
 * The day of an event told inside "a day after …"/"two days before …": the sentence's day told before the phrase
 * ("The meeting on Tuesday came a day after Fidan arrived" → Monday), a day up to the day of publication. Null when the
 * phrase is not an offset or the sentence told no day before it.
 */
function countedDay(a: Analysis, s: Analysis["sentences"][number], own: ResolvedDate[], at: number): ResolvedDate | null {
  const m = OFFSET_LEAD.exec(a.text.slice(Math.max(s.start, at - 60), at));
  if (!m) return null;
  const phrase = at - (a.text.slice(Math.max(s.start, at - 60), at).length - m.index);
  const day = own.filter((d) => d.date && d.precision === "day" && d.end <= phrase).at(-1);
  if (!day?.date || (a.published && day.date > a.published)) return null;
  if (FUTURE_MARKERS.test(clauseBefore(a.text.slice(s.start, day.start)))) return null;
  const shift = offsetDays(m);
  if (Number.isNaN(shift)) return null;
  return { ...day, date: addDays(day.date, shift), basis: "inferred" };
}

interface Anchor {
  actor: DocActor | null;
  paragraph: number;
  /** The sentence's start. */
  start: number;
  date: ResolvedDate;
  /** Ids of the places the sentence tells as left behind or still ahead ("after stops in Riyadh and Amman"). */
  elsewhere: ReadonlySet<string>;
}

/**
 * "wrapped up his trip in Tel Aviv on Wednesday, after stops in Riyadh and Amman earlier in the week": the places of a
 * phrase of "after" or "from" are legs the journey left behind, not where the sentence's day was spent. ("before flying to
 * Tel Aviv" is often the same day's next leg.)
 */
const ELSEWHERE_BEFORE =
  /\b(?:after|from)\s+(?:[\w-]+\s+){0,2}(?:(?:in|to|at)\s+)?(?:the\s+)?(?:[\p{L}-]+(?:,\s*|\s+and\s+|,\s+and\s+))*$/iu;

function elsewhereIn(a: Analysis, start: number, end: number): Set<string> {
  const out = new Set<string>();
  for (const m of mentionsBetween(a, start, end))
    if (m.kind === "place" && m.start >= start && ELSEWHERE_BEFORE.test(a.text.slice(Math.max(start, m.start - 60), m.start)))
      out.add(m.place!.id);
  return out;
}

/** The clause that ends at a position: the text after the last comma, semicolon or "and". */
function clauseBefore(text: string): string {
  // "was scheduled to meet Israel's Foreign Minister, Israel Katz, on Thursday": a date right after a comma closes the clause
  // before it (an apposition's commas cut no clause), so the plan's words before the apposition are its clause's.
  if (/,\s*(?:on\s+)?$/.test(text) && !/;/.test(text)) return text.replace(RELATIVE_CLAUSE, "");
  const cut = Math.max(text.lastIndexOf(","), text.lastIndexOf(";"), text.search(/\band\s+(?:\w+\s+){0,3}$/));
  return cut >= 0 ? text.slice(cut) : text;
}

/**
 * Day-precise dates of reporting sentences, by the actors each sentence names, in text order. Only the anchors an
 * event can use are computed: of the `wanted` actors, in sentences that start at or before `until`. Dating a
 * sentence costs a chrono-node parse, and most sentences name none of the actors of an undated event.
 */
function anchorsOf(a: Analysis, wanted: ReadonlySet<DocActor>, until: number): Map<DocActor | null, Anchor[]> {
  const out = new Map<DocActor | null, Anchor[]>();
  let m = 0;
  for (const s of a.sentences) {
    if (s.start > until) break;
    while (m < a.mentions.length && a.mentions[m]!.start < s.start) m++;
    if (a.paragraphs[s.paragraph]!.heading) continue;
    const actors: DocActor[] = [];
    let anyActor = false;
    for (let i = m; i < a.mentions.length && a.mentions[i]!.start < s.end; i++) {
      const actor = a.actorOf[i];
      if (actor) anyActor = true;
      if (actor && wanted.has(actor)) actors.push(actor);
    }
    // A sentence that names nobody ("The plane landed in Istanbul on Friday evening.") tells the scene's time: it is an
    // anchor of its own (key null), which the events after it in its paragraph may take.
    if (!actors.length && anyActor) continue;
    // A date of a plan in the sentence ("and was expected to travel to Egypt on Tuesday") dates no scene, nor one of a
    // thing's relative clause ("toured Kibbutz Be'eri, which was attacked on Oct. 7").
    const things = [...a.text.slice(s.start, s.end).matchAll(THING_CLAUSE)].map((r) => [
      s.start + r.index,
      s.start + r.index + r[0].length,
    ]);
    const dates = sentenceDates(a, s, false).filter(
      (d) =>
        d.date &&
        !things.some(([b, e]) => d.start > b! && d.start < e!) &&
        d.precision === "day" &&
        (!a.published || d.date <= a.published) &&
        (CLOCK_TIME.test(d.text) || !OTHER_EVENT.test(a.text.slice(Math.max(s.start, d.start - 50), d.start))) &&
        !FUTURE_MARKERS.test(clauseBefore(a.text.slice(s.start, d.start))),
    );
    if (!dates.length) continue;
    const elsewhere = elsewhereIn(a, s.start, s.end);
    for (const actor of actors.length ? actors : [null])
      (out.get(actor) ?? out.set(actor, []).get(actor)!).push({
        actor,
        paragraph: s.paragraph,
        start: s.start,
        date: dates[0]!,
        elsewhere,
      });
  }
  return out;
}

export function inferEventDates(a: Analysis, events: DatableEvent[]): void {
  const undated = events.filter((e) => e.held && !e.date?.date);
  if (!undated.length) return;
  // An event reads the anchors of its actors at or before its own sentence, which starts at or before it.
  const anchors = anchorsOf(a, new Set(undated.flatMap((e) => e.actors)), Math.max(...undated.map((e) => e.at)));
  for (const e of undated) {
    const s = segmentAt(a.sentences, e.at);
    if (!s) continue;
    // "In the summer of 2014, Kerry flew to Cairo", "Earlier this month, Burns travelled to Doha": a date that opens the
    // sentence sets the time of all it tells. The scene anchors below are days only (a month or a year dates no later
    // sentence), so a month or a year is taken here from the event's own sentence, unless the sentence also names a day
    // ("In February, Abdullah traveled to Washington and met Biden on Feb. 12": the day's anchor below dates it). Days
    // that open a sentence are anchors below, with their checks.
    const own = sentenceDates(a, s, false);
    const opening = own[0];
    const ownDay = own.some((d) => d.precision === "day" && d.date);
    const opener = opening ? a.text.slice(s.start, opening.start) : "";
    if (
      opening?.date &&
      opening.precision !== "day" &&
      !ownDay &&
      OPENER.test(opener) &&
      !OTHER_EVENT.test(opener) &&
      (!a.published || opening.date <= a.published)
    ) {
      e.date = opening;
      continue;
    }
    const plain = unquoted(a, s);
    if (PLUPERFECT.test(plain) || LATER_TIME.test(plain)) continue;
    // "Before heading to Israel, he made stops in Turkey on Monday": an event in a clause of "before", "after" or
    // "since" is at another time than its sentence's scene, and the text does not say when.
    // "The meeting on Tuesday came a day after Fidan arrived in Doha": an event inside "N days after/before" is counted
    // from the day its sentence told before the phrase.
    const lead = a.text.slice(Math.max(s.start, e.at - 50), e.at);
    if (OTHER_EVENT.test(lead)) {
      const counted = countedDay(a, s, own, e.at);
      if (counted) {
        e.date = counted;
        e.counted = true;
      }
      continue;
    }
    // A headline's present tense is the historical present of headlines ("Blinken meets Abbas"), not a tense; so is a
    // timeline entry's ("Oct. 18 — Biden visits Tel Aviv"), which its opening date dates.
    // "Biden is greeted by Netanyahu as he arrives at Ben Gurion Airport on Wednesday, October 18, 2023": a caption's present
    // is no report of the day of publication when its sentence writes out the full date (with its year); that date is the
    // scene's.
    const written = own.find(
      (d) =>
        d.basis === "stated" &&
        d.precision === "day" &&
        d.date &&
        (!a.published || d.date <= a.published) &&
        !OTHER_EVENT.test(a.text.slice(Math.max(s.start, d.start - 50), d.start)),
    );
    // "… has held talks with Haniyeh in Doha. The meeting on Tuesday came …": the next sentence dates the meeting.
    const next = e.meeting && !written ? a.sentences[s.index + 1] : undefined;
    const told = next ? meetingSubjectDay(a, next) : null;
    if (told) {
      e.date = told;
      continue;
    }
    const sameDay =
      !written && a.published && !a.paragraphs[s.paragraph]!.heading && !isTimelineEntry(a, s)
        ? SAME_DAY_VERB.exec(plain.replace(RELATIVE_CLAUSE, (r) => " ".repeat(r.length)))
        : null;
    if (sameDay) {
      const start = s.start + sameDay.index;
      e.date = { date: a.published, precision: "day", basis: "inferred", text: sameDay[0], start, end: start + sameDay[0].length };
      continue;
    }
    // The latest anchor at or before the sentence among the event's actors (binary search per actor).
    const before = e.actors
      .map((actor) => {
        const list = anchors.get(actor) ?? [];
        return list[firstAtOrAfter(list, s.start + 1) - 1];
      })
      .filter((x): x is Anchor => x !== undefined)
      .sort((x, y) => y.start - x.start)[0];
    // "Blinken left Washington on Thursday. The plane landed in Istanbul on Friday evening. Fidan greeted him on the
    // tarmac.": a dated sentence that names nobody, later in the event's own paragraph than the actors' anchor, moves
    // the scene's clock on.
    const unnamed = anchors.get(null) ?? [];
    const scene = unnamed[firstAtOrAfter(unnamed, s.start) - 1];
    const found = scene && scene.paragraph === s.paragraph && (!before || scene.start > before.start) ? scene : before;
    // "11:02 BST / After the Netanyahu meeting, Blinken held talks with Gallant": in a live blog, an event with no dated
    // scene in its own entry is on the entry's day (the day of publication, unless the stamp names another).
    const stamp = entryStampOf(a, s.paragraph);
    if (stamp !== null && (!found || found.start < a.paragraphs[stamp]!.start)) {
      const day = entryDay(a, stamp);
      if (day) {
        e.date = day;
        continue;
      }
    }
    const chosen = found;
    if (!chosen) continue;
    // "… in Tel Aviv on Wednesday, after stops in Riyadh and Amman. In Amman, he held talks with Safadi": the day is of
    // the scene the journey reached, not of the legs its sentence left behind. (In the event's own sentence, "a day after
    // talks in Jerusalem" is counted from the day below.)
    if (e.place && chosen.start !== s.start && chosen.elsewhere.has(e.place.id)) continue;
    // "met X on Tuesday, a day after talks with Y": the other event is counted from the sentence's date.
    const offset = OFFSET.exec(plain);
    if (offset && chosen.start !== s.start) continue;
    const shift = offset ? offsetDays(offset) : 0;
    if (Number.isNaN(shift) || !chosen.date.date) continue;
    e.date = { ...chosen.date, date: shift ? addDays(chosen.date.date, shift) : chosen.date.date, basis: "inferred" };
  }
}

/**
 * Dates the document's undated held meetings and stops from their scenes, in place. Returns the ones dated so:
 * a date taken from the context does not make an encounter another one (only the event's own words do).
 */
export function dateEvents(
  a: Analysis,
  meetings: readonly MeetingCandidate[],
  stops: readonly StopCandidate[],
): { datedMeetings: Set<MeetingCandidate>; datedStops: Set<StopCandidate> } {
  const datedMeetings = new Set<MeetingCandidate>();
  const datedStops = new Set<StopCandidate>();
  // The day of an arrival told just before passes to an encounter "after landing" (the same traveller, or the same place
  // when the text names the traveller differently: "A U.S. envoy arrived in Beirut on Tuesday. Hochstein met Berri shortly
  // after landing").
  for (const m of meetings) {
    const s = segmentAt(a.sentences, m.sentence.start);
    if (!s || m.date?.date || m.status !== "held" || !AFTER_ARRIVAL.test(unquoted(a, s))) continue;
    const from = a.sentences[Math.max(0, s.index - ARRIVAL_SENTENCES)]!.start;
    const arrival = stops
      .filter(
        (st) =>
          st.status === "completed" &&
          st.date?.date &&
          st.date.precision === "day" &&
          st.start >= from &&
          st.start < s.end &&
          (m.participants.includes(st.traveler) || (m.place && st.place.id === m.place.id)),
      )
      .sort((x, y) => y.start - x.start)[0];
    if (arrival?.date) {
      m.date = { ...arrival.date, basis: "inferred" };
      datedMeetings.add(m);
    }
  }
  // "Scholz is expected to travel on to Cairo on Wednesday. … he would meet el-Sisi in Cairo": an undated planned meeting
  // takes the day of the same traveller's planned stop at its place told before it (the plan's day is the journey's).
  for (const m of meetings) {
    if (m.date?.date || m.status !== "planned" || !m.place) continue;
    const plan = stops
      .filter(
        (st) =>
          st.status === "planned" &&
          st.date?.date &&
          st.date.precision === "day" &&
          st.start < m.sentence.start &&
          st.place.id === m.place!.id &&
          m.participants.includes(st.traveler),
      )
      .at(-1);
    if (plan?.date) {
      m.date = { ...plan.date, basis: "inferred" };
      datedMeetings.add(m);
    }
  }
  const datable: Array<DatableEvent & { set: (d: ResolvedDate | null, counted?: boolean) => void }> = [
    ...meetings.map((m) => ({
      set: (d: ResolvedDate | null) => {
        if (d && !m.date) datedMeetings.add(m);
        m.date = d;
      },
      actors: m.participants,
      place: m.place,
      at: m.sentence.start,
      held: m.status === "held",
      meeting: true,
      date: m.date,
    })),
    ...stops.map((s) => ({
      // A day counted from the stop's own sentence is its own, not the scene's: trips keep it for a stop told as earlier.
      set: (d: ResolvedDate | null, counted?: boolean) => {
        if (d && !s.date && !counted) datedStops.add(s);
        s.date = d;
      },
      actors: [s.traveler],
      place: s.place,
      at: s.start,
      // The stops of an itinerary ("a tour stretching from Turkey, Greece and Jordan") are on many days: the scene's
      // day is none of theirs.
      held: s.status === "completed" && s.rule !== "TripExtractor/itinerary",
      date: s.date,
    })),
  ];
  inferEventDates(a, datable);
  for (const d of datable) d.set(d.date ?? null, d.counted);
  return { datedMeetings, datedStops };
}
