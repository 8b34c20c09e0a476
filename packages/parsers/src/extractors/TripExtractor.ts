/**
 * TripExtractor: stops of journeys. A travel trigger ("travelled to", "will travel to", "arrived in",
 * "landed in", "visited", "made stops in", "heading to", "continue … in", "sent him to", "his first stop
 * was in", "visit to") followed by a list of places in the same clause gives one stop per place. The
 * traveller is the clause's subject (or the object of "sent"). Regions ("the Middle East") are not stops.
 */
import type { StopStatus } from "@shuttle/core";
import type { Analysis } from "../analysis.js";
import { insideQuote, mentionsIn, unquoted } from "../analysis.js";
import { sentenceDates } from "../dates/sentenceDates.js";
import type { ResolvedDate } from "../dates/DateResolver.js";
import type { DocActor } from "../entities/resolve.js";
import type { PlaceEntry } from "../entities/gazetteer.js";
import { ORDINALS } from "../lexicon/words.js";
import { alternation, lexicon, verbs, type VerbForm } from "../lexicon/index.js";
import { clauseAfter, isCalledOff, isPlanned, isUnrealised, subjectOf, subjectsOf } from "../grammar/clauses.js";
import { matchesOf } from "../text/regex.js";

export interface StopCandidate {
  traveler: DocActor;
  place: PlaceEntry;
  status: StopStatus;
  date: ResolvedDate | null;
  /** Offsets of the place mention: the evidence, and the order of mention. */
  start: number;
  end: number;
  rule: string;
  /** The text implies the stop without describing travel (a meeting held there). */
  implicit?: boolean;
  /** Where the stop stands in the journey's order when not where it is written ("before heading to X, …"). */
  orderAt?: number;
}

export interface OrdinalCandidate {
  traveler: DocActor;
  ordinal: number;
  text: string;
  start: number;
  end: number;
}

const V = lexicon["travel-verbs"];
const BASE_S_PAST: VerbForm[] = ["base", "s", "past"];
/**
 * The travel triggers, each a rule: its id is the name of its alternative. Longer phrases first: alternatives are
 * tried in order, and "visit" alone would win over "visit … will begin in".
 */
const TRIGGER_RULES: Array<[string, string]> = [
  [
    "tour-bounds",
    String.raw`(?:${verbs(V.tour_bounds, BASE_S_PAST)}) (?:his|her|their|the) (?:[\w-]+ ){0,2}(?:${alternation(V.journeys)}) (?:with|in)`,
  ],
  [
    "tour-starts",
    String.raw`(?:${alternation(V.journeys)}) (?:[\w’'-]+ ){0,6}(?:will |would )?(?:${verbs(V.tour_starts, BASE_S_PAST)}) (?:\w+ )?in`,
  ],
  ["motion", verbs(V.motion)],
  ["arrival", alternation(V.nouns)],
  ["heading", String.raw`(?:${verbs(V.heading)}) (?:to|for|back)`],
  ["departing", `(?:${verbs(V.departing)}) for`],
  ["due", "(?:is|are|was|were) due (?:in|to arrive in|back in)"],
  [
    "taken-to",
    `(?:will |also )*(?:${verbs(V.taking, ["base"])}) (?:him|her|them)(?: on)? to|(?:${verbs(V.taking, ["past"])}) (?:him|her|them) to`,
  ],
  ["touring", verbs(V.touring)],
  ["making-stops", `(?:${verbs(V.making_stops)}) (?:a )?stops?`],
  ["stopping", `(?:${verbs(V.stopping)}) (?:over )?`],
  ["leg", `(?:${alternation(V.legs)}) (?:to|in)`],
  ["continuing", String.raw`(?:${verbs(V.continuing, BASE_S_PAST)}) (?:his|her|their|the) (?:[\w-]+ ){0,3}(?:in|to)`],
  ["sent", String.raw`(?:${verbs(V.sending, ["past"])}) (?:him|her|them)(?: \w+)? to`],
  ["next-stop", "(?:first|next|last|final) stop (?:was|is|will be) (?:in|to)"],
  // "arrived in Israel after talks in Egypt and Qatar": where the subject held talks before.
  ["talks-in", `(?:after|following) (?:${alternation(lexicon["meeting-verbs"].nouns)}) in`],
  // "a ten-day swing stretching from Turkey, Greece and Jordan to Qatar": the itinerary of the subject's journey.
  ["itinerary", alternation(V.spans, { spaces: String.raw`\s+` })],
];
/** The ids of the trigger rules, as records carry them ("TripExtractor/motion"), and of the origin rule. */
export const TRIP_RULES: readonly string[] = [...TRIGGER_RULES.map(([id]) => `TripExtractor/${id}`), "TripExtractor/from"];
const groupName = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const TRIGGER = new RegExp(String.raw`\b(?:${TRIGGER_RULES.map(([id, re]) => `(?<${groupName(id)}>${re})`).join("|")})\b`, "gi");
/** The id of the trigger rule that matched. */
const triggerRule = (m: RegExpMatchArray) => TRIGGER_RULES.find(([id]) => m.groups?.[groupName(id)] !== undefined)![0];
/** "sixth tour", "his fourth trip", "12th visit": the count of a traveller's journeys. */
const NTH_JOURNEY = new RegExp(
  String.raw`\b(${alternation(Object.keys(ORDINALS))}|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?(?:${alternation(V.journeys)})\b`,
  "gi",
);
/** Verbs after which "from X" names where the traveller came from, not a stop. */
const FROM_ORIGIN = new RegExp(`^(?:${verbs(V.from_origin)})\\b`, "i");
const SETTLEMENT = alternation(V.settlement_nouns);
const SETTLEMENT_OF = new RegExp(`^\\s+(?:${SETTLEMENT})\\s+of\\s+$`, "i");

/** Words between a trigger and its places that keep them in one destination list. */
const LIST_GAP = new RegExp(
  // A parenthesis may stand in the list ("Turkey (or Türkiye), Greece").
  String.raw`^(?:[\s,]|\([^()]{0,60}\)|\b(?:to|in|into|at|the|on|and|or|then|directly|back|both|through|via|including|occupied` +
    String.raw`|Israeli-occupied|${SETTLEMENT}|of|later|early|late|this|next|week|morning|afternoon|evening|night` +
    String.raw`|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b\p{Lu}\p{L}+\s+(?=capital|city|port)\b)*$`,
  "iu",
);

/** A plural place noun and the words that open its list ("a number of Arab countries, likely to include"). */
const GROUP_THEN_LIST = new RegExp(
  String.raw`^\s*(?:(?:a number of|a handful of|several|a few|other` +
    String.raw`|\w+)\s+)?(?:[\p{L}-]+\s+)?(?:${alternation(V.place_groups)})\s*,?\s*(?:(?:likely|expected|set` +
    String.raw`|due)\s+to\s+include|to\s+include|including|such\s+as|among\s+them)\s+`,
  "iu",
);

/** Whether a person or group other than a place is named in [start, end). */
function otherActorBetween(a: Analysis, start: number, end: number): boolean {
  return mentionsIn(a, start, end).some((i) => a.mentions[i]!.kind !== "place" && a.actorOf[i] !== undefined);
}

/** The traveller of "sent him to", "will take him to": the pronoun inside the trigger. */
function resolveObject(a: Analysis, start: number, end: number): number {
  return mentionsIn(a, start, end).find((i) => a.mentions[i]!.kind !== "place") ?? -1;
}

export function extractTrips(a: Analysis): { stops: StopCandidate[]; ordinals: OrdinalCandidate[] } {
  const stops: StopCandidate[] = [];
  const ordinals: OrdinalCandidate[] = [];
  for (const s of a.sentences) {
    // Headlines are read too ("Baerbock visits Ramallah"): a stop the body also gives is merged with it.
    const headline = a.paragraphs[s.paragraph]!.heading;
    const plain = unquoted(a, s);
    for (const m of matchesOf(TRIGGER, plain)) {
      const pos = s.start + m.index!;
      if (insideQuote(a, pos)) continue;
      const rule = triggerRule(m);
      // "did not travel to Gaza", "refused to visit", "postponed his trip to Israel": no journey happened or will.
      if (isUnrealised(a, s, pos, pos + m[0].length) || isCalledOff(a, s, pos)) {
        a.trace?.veto("TripExtractor/veto-unrealised", pos, pos + m[0].length, "a journey denied, refused, hypothetical or called off");
        continue;
      }
      // "a convoy of aid heading to Gaza": a participle after a common noun describes that noun.
      // An itinerary's participle describes its journey noun, which is the point ("a swing stretching from …").
      if (
        rule !== "itinerary" &&
        /^\w+ing\b/i.test(m[0]) &&
        /\b\p{Ll}+\s+$/u.test(a.text.slice(s.start, pos)) &&
        !/\b(?:is|are|was|were|be|been|before|after|while|when|and|then|also|by|of|for)\s+$/i.test(a.text.slice(s.start, pos))
      )
        continue;
      const sent = /^(?:sent|took|take|will|also)\b/i.test(m[0]) && /\b(?:him|her|them)\b/i.test(m[0]);
      const objectIndex = sent ? resolveObject(a, pos, pos + m[0].length) : -1;
      const travelers = sent ? (objectIndex >= 0 && a.actorOf[objectIndex] ? [a.actorOf[objectIndex]!] : []) : subjectsOf(a, s, pos);
      // People travel; an organisation named as the subject ("UN envoy visits Gaza" read as "UN") does not.
      if (!travelers.length || travelers.some((t) => t.kind === "organization")) continue;
      const [from, to] = clauseAfter(a, s, pos + m[0].length);
      // In a headline, "to visit" and "heads to" announce; the present tense ("visits", "arrives") reports.
      const planned = isPlanned(a, s, pos, m[0]) || (headline && (/\bto\s+$/.test(a.text.slice(s.start, pos)) || /^head/i.test(m[0])));
      const dates = sentenceDates(a, s, planned);
      // "Before heading to Israel, he stopped in Turkey": the places of a "before" clause come after the sentence's.
      const itinerary = rule === "itinerary";
      // "… after talks in Egypt", "after visiting Jordan, he …": those places come before the sentence's.
      const earlierThanSentence = rule === "talks-in" || /\b(?:after|following)\s+$/i.test(a.text.slice(Math.max(s.start, pos - 10), pos));
      const laterThanSentence = /\b(?:before|prior to|ahead of)\s+$/i.test(a.text.slice(Math.max(s.start, pos - 10), pos));
      // The places of the destination list: contiguous place mentions after the trigger.
      // "visit several Arab countries, likely to include Jordan and Qatar": the list after the plural noun.
      const group = GROUP_THEN_LIST.exec(a.text.slice(from, s.end));
      const listTo = group ? Math.max(to, clauseAfter(a, s, from + group[0].length)[1]) : to;
      let cursor = group ? from + group[0].length : from;
      // Mentions inside a parenthesis are asides ("Turkey (or Türkiye, as Ankara spells it)"), not destinations.
      const asides = [...a.text.slice(cursor, listTo).matchAll(/\([^()]{0,60}\)/g)].map((x) => [
        cursor + x.index!,
        cursor + x.index! + x[0].length,
      ]);
      const inClause = mentionsIn(a, cursor, listTo)
        .map((i) => a.mentions[i]!)
        .filter((x) => !asides.some(([b, e]) => x.start > b! && x.end < e!));
      for (const [k, p] of inClause.entries()) {
        if (p.kind !== "place") break;
        if (!LIST_GAP.test(a.text.slice(cursor, p.start))) break;
        cursor = p.end;
        if (p.place!.kind === "region") {
          a.trace?.veto("TripExtractor/veto-region", p.start, p.end, "a region is no stop");
          continue;
        }
        // "the West Bank city of Ramallah": the first place only says where the second is.
        const next = inClause[k + 1];
        if (next?.kind === "place" && SETTLEMENT_OF.test(a.text.slice(p.end, next.start))) continue;
        // The stop's date: one written after the place in the clause, or just before the trigger.
        // A date after the place is the stop's only while no one else is named in between: in "Before heading to
        // Israel, Blinken made stops in Turkey on Monday" Monday is the stops' in Turkey.
        // An itinerary names the journey's stops, not their days: the sentence's date is the journey's start at most.
        const date = itinerary
          ? null
          : (dates.find((d) => d.start >= p.end && d.start <= to + 40 && !otherActorBetween(a, p.end, d.start)) ??
            dates.find((d) => d.start >= pos && d.end <= pos + m[0].length) ??
            (/\bafter\s+$/i.test(a.text.slice(Math.max(s.start, pos - 7), pos)) || rule === "talks-in"
              ? undefined
              : dates.find((d) => d.end <= pos && pos - d.end < 20 && !/\bsince\s+$/i.test(a.text.slice(d.start - 6, d.start)))) ??
            null);
        for (const traveler of travelers)
          stops.push({
            traveler,
            place: p.place!,
            status: planned ? "planned" : "completed",
            date,
            start: p.start,
            end: p.end,
            rule: `TripExtractor/${rule}`,
            ...(laterThanSentence ? { orderAt: s.end } : earlierThanSentence ? { orderAt: s.start } : {}),
            // "after talks in Jerusalem" tells of talks, not of the journey there.
            ...(rule === "talks-in" ? { implicit: true } : {}),
          });
      }
      // "arrived in Amman from Athens and Istanbul": where the traveller came from were stops before.
      const origin = /^\s+from\s+/.exec(a.text.slice(cursor, to));
      if (origin && FROM_ORIGIN.test(m[0])) {
        let c = cursor + origin[0].length;
        for (const p of mentionsIn(a, c, to).map((i) => a.mentions[i]!)) {
          if (p.kind !== "place" || !LIST_GAP.test(a.text.slice(c, p.start))) break;
          c = p.end;
          if (p.place!.kind === "region") {
            a.trace?.veto("TripExtractor/veto-region", p.start, p.end, "a region is no stop");
            continue;
          }
          for (const traveler of travelers)
            stops.push({
              traveler,
              place: p.place!,
              status: "completed",
              date: null,
              start: p.start,
              end: p.end,
              rule: "TripExtractor/from",
            });
        }
      }
    }
    // "Blinken's sixth tour", "his fourth trip to the region".
    for (const o of matchesOf(NTH_JOURNEY, plain)) {
      const pos = s.start + o.index!;
      const subj = subjectOf(a, s, pos);
      const traveler = subj !== null ? a.actorOf[subj] : undefined;
      const word = o[1]!.toLowerCase();
      const n = ORDINALS[word] ?? parseInt(word, 10);
      if (traveler && n > 0) ordinals.push({ traveler, ordinal: n, text: o[0], start: pos, end: pos + o[0].length });
    }
  }
  return { stops, ordinals };
}
