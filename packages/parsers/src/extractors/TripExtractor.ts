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
import type { Mention } from "../entities/mentions.js";
import type { Sentence } from "../text/segment.js";
import { CANCELLED, FUTURE_MARKERS, ORDINALS, POSTPONED } from "../lexicon/words.js";
import { alternation, lexicon, verbs, type VerbForm } from "../lexicon/index.js";
import { CLAUSE_WINDOW, clauseAfter, isCalledOff, isUnrealised, subjectOf, subjectsOf } from "../grammar/clauses.js";
import { isPlanned } from "../grammar/tense.js";
import { matchesOf } from "../text/regex.js";
import { isGenericGroup, isHypotheticalEvent } from "./MeetingExtractor.js";

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
  /**
   * The day an undated earlier stop is ordered by: the day of the stop its sentence reports ("arrived in Israel on
   * Tuesday after stops in Jordan": Jordan goes before Israel's Tuesday, not after the article's latest news).
   */
  orderDate?: string;
  /** Written in a headline: the body's mention of the same stop gives its place in the order. */
  headline?: boolean;
}

export interface OrdinalCandidate {
  traveler: DocActor;
  ordinal: number;
  text: string;
  start: number;
  end: number;
}

const V = lexicon["travel-verbs"];
/** "spent Monday in Doha": a weekday is a part of the journey's time as "the day" is. */
const WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
const SPAN_BOUND = /\b(?:since|until)\s+(?:the\s+)?$/i;
/** "has visited Lebanon several times", "travels to the Gulf regularly": journeys on many days, none of them one stop. */
const REPEATED = new RegExp(String.raw`\b(?:${alternation(lexicon["tense-markers"].repeated)})\b`, "i");
const TALKS = lexicon["meeting-verbs"].nouns.filter((n) => !n.startsWith("a "));
const BASE_S_PAST: VerbForm[] = ["base", "s", "past"];
/**
 * The travel triggers, each a rule: its id is the name of its alternative. Longer phrases first: alternatives are
 * tried in order, and "visit" alone would win over "visit … will begin in".
 */
const TRIGGER_RULES: Array<[string, string]> = [
  [
    "tour-bounds",
    // "wrapped up talks in Doha", "concluded his meetings in Cairo": the talks' place is where the subject was.
    // ("wraps up a four-nation tour in Doha": an indefinite journey too.)
    String.raw`(?:${verbs(V.tour_bounds, BASE_S_PAST)}) (?:(?:his|her|their|the|an?) (?:[\w-]+ ){0,2}(?:${alternation(V.journeys)})` +
      String.raw`|(?:(?:his|her|their|the) )?(?:${alternation(TALKS)})) (?:with|in)` +
      // "The trip wraps up in Tel Aviv on Wednesday": the journey as the subject of its end; its last stop.
      String.raw`|(?:${alternation(V.journeys)}) (?:will )?(?:${verbs(V.tour_ends, BASE_S_PAST)}) in`,
  ],
  [
    "tour-starts",
    // "Blinken's trip, which will also take him to Egypt and Qatar, began in Riyadh": a relative clause may stand between.
    String.raw`(?:${alternation(V.journeys)})(?: [\w’'-]+){0,6}(?:, (?:which|that) [^;.]{1,120}?,)? (?:will |would )?` +
      // "The tour had begun on Friday in Tel Aviv": the day may stand between the verb and "in".
      String.raw`(?:${verbs(V.tour_starts, [...BASE_S_PAST, "participle"])}) (?:on )?(?:\w+ )?in` +
      // "has criss-crossed the region since Friday, starting in Ankara": a participle opens the journey at its first stop.
      String.raw`|(?<=, )(?:${verbs(V.tour_starts, ["ing"])}) in`,
  ],
  ["motion", verbs(V.motion)],
  ["arrival", alternation(V.nouns)],
  // "en route to Cairo", "on his way to Doha": bound for a place, as "heading to" is.
  // "is expected to head on to Cyprus": "on" before "to" goes on with the journey.
  [
    "heading",
    String.raw`(?:${verbs(V.heading)}|${alternation(V.heading_phrases)})(?: on)? (?:to|for|back)` +
      // "continued to Amman", "presses on to Cairo": the journey goes on to its next stop ("continued to press" has no place).
      String.raw`|(?:${verbs(V.onward)})(?: on)? to`,
  ],
  // "left for Qatar", "departed Israel for Jordan", "left Athens on Saturday for Turkey": the words between the verb and
  // "for" must be the place left and its day (checked where the match is read).
  ["departing", String.raw`(?:${verbs(V.departing)})(?: [\w’'.-]+){0,5}? for`],
  // "is due in Kuwait", "is expected in Israel on Wednesday", and being there: "is in Qatar", "who was in Israel last
  // week" (checked where the match is read: the subject right before, a foreign place).
  // "began the day in Amman", "spent the weekend in Doha": being somewhere for part of a day is being there too.
  [
    "due",
    "(?:is|are|was|were) (?:(?:due|expected) (?:in|to arrive in|back in)|in)" +
      `|(?:${verbs(V.spending, BASE_S_PAST)}) (?:(?:the|his|her|their) (?:${alternation(V.day_parts)})|${WEEKDAY}) in`,
  ],
  [
    "taken-to",
    // "a tour that has taken him to Saudi Arabia and Egypt": the perfect tells the stops so far.
    `(?:will |also )*(?:${verbs(V.taking, ["base"])}) (?:him|her|them)(?: on)? to` +
      `|(?:(?:has|have) )?(?:${verbs(V.taking, ["past", "participle"])}) (?:him|her|them)(?: on)? to`,
  ],
  // "shuttled between Doha, Cairo and Paris on Monday": each place of the list is a stop, as of "toured".
  ["touring", String.raw`${verbs(V.touring)}|(?:${verbs(V.shuttling)})(?: back and forth)? between`],
  ["making-stops", `(?:${verbs(V.making_stops)}) (?:a )?stops?`],
  ["stopping", `(?:${verbs(V.stopping)}) (?:over )?`],
  ["leg", `(?:${alternation(V.legs)}) (?:to|in)`],
  ["continuing", String.raw`(?:${verbs(V.continuing, BASE_S_PAST)}) (?:his|her|their|the) (?:[\w-]+ ){0,3}(?:in|to)`],
  ["sent", String.raw`(?:${verbs(V.sending, ["past"])}) (?:him|her|them)(?: \w+)? to`],
  // "his first stop was in Jordan", "Blinken's first stop was Turkey".
  ["next-stop", "(?:first|next|last|final) stop (?:was|is|will be)(?: in| to)?"],
  // "arrived in Israel after talks in Egypt and Qatar": where the subject held talks before.
  ["talks-in", `(?:after|following) (?:${alternation(lexicon["meeting-verbs"].nouns)}) in`],
  // "a ten-day swing stretching from Turkey, Greece and Jordan to Qatar": the itinerary of the subject's journey.
  // "a tour that will take in Greece and Jordan", "the trip also takes in Cairo": the journey's stops.
  ["itinerary", `${alternation(V.spans, { spaces: String.raw`\s+` })}|${verbs(V.itinerary_verbs)}`],
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
/** An article and one lower-case word: the determiner and adjective of a journey noun ("an official visit"). */
const JOURNEY_MODIFIER = /^(?:an?|the|his|her|their)\s+\p{Ll}+$/u;
const SETTLEMENT = alternation(V.settlement_nouns);
const SETTLEMENT_OF = new RegExp(`^\\s+(?:${SETTLEMENT})\\s+of\\s+$`, "i");

/** Words between a trigger and its places that keep them in one destination list. */
const LIST_GAP = new RegExp(
  // A parenthesis may stand in the list ("Turkey (or Türkiye), Greece").
  String.raw`^(?:[\s,]|\([^()]{0,60}\)|\b(?:to|in|into|at|the|on|and|or|then|directly|back|both|through|via|including|occupied` +
    String.raw`|Israeli-occupied|${SETTLEMENT}|of|later|early|late|this|next|week|morning|afternoon|evening|night` +
    // "his ninth trip to the region in Doha": the journey's scope is no place but keeps the list going.
    String.raw`|${alternation(V.region_nouns)}` +
    // "the Jordanian capital", "the Egyptian resort of El Alamein": an adjective of the country before a settlement noun.
    String.raw`|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b\p{Lu}\p{L}+\s+(?=(?:${SETTLEMENT})\b)` +
    // "travelling by road to El-Arish", "flew by helicopter to Sderot": how the traveller goes stands between verb and place.
    String.raw`|\bby\s+(?:${alternation(V.means_of_travel)})\b)*$`,
  "iu",
);

/** A plural place noun and the words that open its list ("a number of Arab countries, likely to include"). */
const GROUP_THEN_LIST = new RegExp(
  String.raw`^\s*(?:(?:a number of|a handful of|several|a few|other` +
    String.raw`|\w+)\s+)?(?:[\p{L}-]+\s+)?(?:${alternation(V.place_groups)})\s*,?\s*(?:(?:likely|expected|set` +
    String.raw`|due)\s+to\s+include|to\s+include|including|such\s+as|among\s+them)\s+`,
  "iu",
);

const DEPARTING_VERB = new RegExp(`^(?:${verbs(V.departing)})`, "i");

/** Whether a person or group other than a place is named in [start, end). */
function otherActorBetween(a: Analysis, start: number, end: number): boolean {
  return mentionsIn(a, start, end).some((i) => a.mentions[i]!.kind !== "place" && a.actorOf[i] !== undefined);
}

/** The traveller of "sent him to", "will take him to": the pronoun inside the trigger. */
function resolveObject(a: Analysis, start: number, end: number): number {
  return mentionsIn(a, start, end).find((i) => a.mentions[i]!.kind !== "place") ?? -1;
}

/** "goes on to Cairo", "travels to Riyadh on Monday": in a report's body the simple present of these verbs is a schedule. */
const PRESENT_SCHEDULE = new RegExp(`^(?:${verbs(V.present_schedule, ["s"])})\\b`, "i");
/** "arrives in Cairo on Thursday", "wraps up the tour in Doha on Wednesday": a simple present that a later day makes a schedule. */
const SCHEDULED_PRESENT = new RegExp(`^(?:${verbs(V.scheduled_present, ["s"])})\\b`, "i");
/**
 * "after visits to Jerusalem on Wednesday", "After stops in Riyadh on Monday": after a preposition or a determiner,
 * "visits" and "stops" are plural nouns, not a schedule's present tense (their days are not days to come).
 */
const PLURAL_NOUN_LEAD = /\b(?:after|following|during|before|with|of|his|her|their|its|the|two|three|four|several|many|both)\s+$/i;
/** "His itinerary includes stops in Riyadh and Cairo": a schedule's present tense lists stops still to come. */
const PLAN_SUBJECT = new RegExp(
  String.raw`\b(?:${alternation(V.plan_nouns)})\s+(?:(?:also|now|still)\s+)?(?:${verbs(V.plan_verbs, ["base", "s"])})\b[^.;]*$`,
  "i",
);
/** "fly back to Washington", "headed home to London", "returned to Washington": a journey home. */
const HOME_WORD = new RegExp(`\\b(?:${alternation(V.home_words)})\\b`, "i");
const RETURNING = new RegExp(`^(?:${verbs(V.returning)})\\b`, "i");
/** "… after a week-long tour of", "following his visits to": the return closes the journey the phrase names. */
const JOURNEY_ENDED = new RegExp(
  String.raw`^[^.;]{0,40}?\b(?:after|following|at\s+the\s+end\s+of)\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?` +
    String.raw`(?:${alternation(V.journeys)})s?\b`,
  "i",
);
/** Another event between a place and a date: the date is that event's ("…, Qatar and Israel, began in Riyadh on Monday"). */
const OTHER_EVENT = new RegExp(String.raw`\b(?:${verbs([...V.tour_bounds, ...V.tour_starts], BASE_S_PAST)})\b|${TRIGGER.source}`, "i");
/**
 * "continued to Istanbul, arriving just before 7 p.m. on Jan. 5": a participle of arrival right after the place tells no
 * other event; its day is the arrival at that place.
 */
// (The city's country may stand between: "Istanbul, Turkey arriving"; "7 p.m." has full stops.)
const ARRIVING_AT = new RegExp(String.raw`^(?:,\s+\p{Lu}[\p{L}-]*)?,?\s+(?:${verbs(V.arriving, ["ing"])})\b[^,;]{0,40}$`, "iu");
/** "starting on Thursday", "beginning Monday": the day a list of stops starts, the first stop's. */
const SPAN_START = new RegExp(String.raw`\b(?:${verbs(V.tour_starts, ["ing"])})\s+(?:on\s+|from\s+)?$`, "i");
/** "after a whirlwind tour of", "following his visit to", "after talks in": the places come before the sentence's. */
const AFTER_BEFORE = /\b(?:after|following)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** Words that put the legs of an "after" phrase in the past whatever the main clause's tense. */
const PAST_LEGS = /\b(?:earlier|last|ago|previously|already|had|has|have)\b/i;
/** "began his tour in Amman": the verbs that open a journey. */
const TOUR_START = new RegExp(`^(?:${verbs(V.tour_starts, BASE_S_PAST)})\\b`, "i");
/** "after a three-day trip that took him to": the places of a journey told in an "after" phrase come before too. */
const AFTER_JOURNEY_THAT = new RegExp(
  String.raw`\b(?:after|following)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}` +
    String.raw`(?:${alternation(V.journeys)})\s+(?:that|which)\s+$`,
  "i",
);
/**
 * Between a place and a date, the start of another clause: the date is that clause's ("toured Kibbutz Be'eri, which was
 * attacked on Oct. 7"; "travelled to Crete, and on Sunday he arrived in Amman"; "flew to Beirut and is expected to go on
 * to Cyprus on Tuesday").
 */
const OTHER_CLAUSE =
  /,\s*(?:which|who)\b|,\s*(?:and|but|then)\s+(?:on\s+)?$|\b(?:and|but)\s+(?:is|are|was|were|will|would|has|have|had)\b/i;
/** A relative clause inside a journey phrase ("trip, which will also take him to Egypt, began in …"). */
const RELATIVE_IN = /, (?:which|that) [^;.]*?, /;

/** "when he visits", "once she arrives": a clause of time whose present tells a time to come when its sentence does. */
const WHEN_PRESENT = /\b(?:when|once)\s+\S+\s+$/i;

/** "Earlier on Sunday, he had visited …", "Hours earlier, …", or a pluperfect with "earlier": a stop told after a later one. */
const FRONTED_EARLIER = /^\s*(?:[\w-]+\s+)?earlier\b/i;
const PLUPERFECT = /\bhad\s+(?:(?:already|also|first|\w+ly)\s+)?$/i;
function TOLD_EARLIER(before: string, sentence: string, trigger: string): boolean {
  return FRONTED_EARLIER.test(before) || ((PLUPERFECT.test(before) || /^had\b/i.test(trigger)) && /\bearlier\b/i.test(sentence));
}
/** "the Egyptian side of the Rafah crossing": a country as one side of a place. */
const SIDE_OF = /^\s+side\s+of\s+(?:the\s+)?(?=\p{Lu})/u;
/**
 * "…, and then to Qatar", "and on to Rafah", ", then on to Doha": the next leg of the journey told after words about the
 * stop before (its talks, its day), in the same sentence.
 */
const ONWARD_LEG = /^[^.;]{0,120}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+(?:on\s+)?|on\s+)to\s+(?=(?:the\s+)?\p{Lu})/u;
/** "Israel next": the words that make the place before them the next stop. */
const NEXT_UP = /^\s+next\b(?!\s+\p{Ll})/u;

/**
 * "has shuttled between Beirut and Jerusalem for months", "in recent weeks": shuttling over a span of time is many
 * journeys, none of them this one ("will shuttle between Cairo and Doha this week" is one).
 */
const SHUTTLE_SPAN = /\b(?:for|in\s+recent|over\s+(?:the\s+)?(?:past|last|recent))\s+(?:\w+\s+)?(?:days|weeks|months|years)\b|\bsince\b/i;

/** A journey noun that opens a trigger ("visit to", "trip to"). */
const JOURNEY_NOUN = new RegExp(String.raw`^(?:${alternation(V.journeys)})s?\b(?!\s+(?:will|would)\b)`, "i");
/** "A planned visit by Gallant to London has been postponed": the journey is the subject of a verb that calls it off. */
const CALLED_OFF_AFTER = new RegExp(
  String.raw`^[^.;]{0,60}?\b(?:is|are|was|were|has|have|had|will)\s+(?:be\s+|been\s+)?(?:${POSTPONED.source}|${CANCELLED.source})`,
  "i",
);

function calledOffAfter(a: Analysis, s: Sentence, pos: number, trigger: string): boolean {
  return JOURNEY_NOUN.test(trigger) && CALLED_OFF_AFTER.test(a.text.slice(pos + trigger.length, s.end));
}

/** Whether the clause after a trigger dates it after the publication day ("is heading to Riyadh this weekend"). */
function upcoming(a: Analysis, s: Sentence, pos: number, to: number): boolean {
  const d = sentenceDates(a, s, true).find((x) => x.start >= pos && x.start <= to + 40);
  return Boolean(a.published && d?.date && d.date > a.published);
}

const SPOKE_BEFORE = new RegExp(String.raw`\b(?:${verbs(lexicon["speech-verbs"].verbs)})\b[^,;.]{0,30}$`, "i");

/**
 * "will visit the Middle East next week, Berlin said Friday", "…, Ahram Online reported": a name right before a verb of
 * saying or reporting is the source of the report (a capital for its government), not a place of the list.
 */
export const SOURCE_AFTER = new RegExp(
  String.raw`^\s+(?:${verbs([...lexicon["speech-verbs"].verbs, ...V.source_verbs], ["s", "past"])})\b`,
  "i",
);

/**
 * The country of a well-known person the text names by surname only ("June 4 — Blinken returns to Washington."): the
 * lexicon's, when exactly one of its people bears that name (the mention rules give it to full names only).
 */
const KNOWN_PEOPLE = lexicon.people.people as ReadonlyArray<{ name: string; surnames: string[]; country: string | null }>;
function knownCountry(name: string): string | null {
  const found = KNOWN_PEOPLE.filter((p) => p.name === name || p.surnames.includes(name));
  return found.length === 1 ? found[0]!.country : null;
}
/** Whether the traveller is at home in a place: a place of their own country. */
const atHome = (t: DocActor, p: PlaceEntry) => t.country !== null && p.country === t.country;
/**
 * A return to a place of a known person's own country when the text gives no country: home only after a stop abroad
 * this article told ("June 3 — Blinken visits Cairo. June 4 — Blinken returns to Washington."); a return told alone
 * ("Blinken, who returned to Washington on Monday, …") is the journey the article reports.
 */
const knownHomeAfterTour = (t: DocActor, p: PlaceEntry, told: readonly StopCandidate[]) =>
  t.country === null &&
  t.kind === "person" &&
  p.country !== null &&
  knownCountry(t.name) === p.country &&
  told.some((x) => x.traveler === t && x.status === "completed" && x.place.country !== p.country);

/**
 * Where a relative clause's list of places goes on after the comma that ended the clause: "which will also take him to
 * Egypt, Qatar and Israel, began …" (the clause reads to "Egypt,"). The list must close with "and" and a comma.
 */
function listGoesOn(a: Analysis, s: Sentence, to: number): number {
  let end = to;
  let closed = false;
  for (const i of mentionsIn(a, to, Math.min(s.end, to + 200))) {
    const p = a.mentions[i]!;
    const gap = a.text.slice(end, p.start);
    if (p.kind !== "place" || !/^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/.test(gap)) break;
    end = p.end;
    if (/\band\b/.test(gap)) {
      closed = true;
      break;
    }
  }
  return closed && a.text[end] === "," ? end : to;
}

/** "The tour also", "His trip will": a journey as the subject of its sentence. */
const JOURNEY_SUBJECT = new RegExp(
  String.raw`^\s*(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:${alternation(V.journeys)})\s+(?:(?:also|will|would|then)\s+)*$`,
  "i",
);

/** "The trip …", "Her tour …": a sentence whose subject is a journey. */
const OPENS_WITH_JOURNEY = new RegExp(String.raw`^\s*(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:${alternation(V.journeys)})\b`, "i");

/** The journey noun that opens a trigger whose subject it is ("trip ends in"): the verb follows it. */
const JOURNEY_LEAD = new RegExp(String.raw`^(?:${alternation(V.journeys)})\s+(?:will\s+)?`, "i");

/**
 * "The plane refuelled and then continued to Istanbul", "After a stop in Shannon, his jet flew on to Amman": a vehicle as
 * the subject of its clause carries the traveller of the report.
 */
const VEHICLE_SUBJECT = new RegExp(
  String.raw`(?:^|[,;:]\s+)(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:${alternation(V.vehicles)})\b[^,;.]{0,40}$`,
  "i",
);
/** "… touching down on Jan. 5 with Blinken aboard": who a vehicle carries, named after it. */
const ABOARD = /^\s+(?:aboard|on\s+board)\b/i;

/** The vehicle's traveller: one named aboard in the sentence, else the one traveller the report has told so far. */
function vehicleTraveler(a: Analysis, s: Sentence, told: readonly StopCandidate[]): DocActor | undefined {
  for (const i of mentionsIn(a, s.start, s.end)) {
    const m = a.mentions[i]!;
    if (m.kind === "person" && a.actorOf[i] && ABOARD.test(a.text.slice(m.end, m.end + 12))) return a.actorOf[i];
  }
  const travellers = new Set(told.map((x) => x.traveler));
  return travellers.size === 1 ? [...travellers][0] : undefined;
}

/** The last stop told in this or the two sentences before. */
function lastStopOf(a: Analysis, s: Sentence, stops: readonly StopCandidate[]): StopCandidate | undefined {
  const from = a.sentences[Math.max(0, s.index - 2)]!.start;
  return [...stops].reverse().find((x) => x.start >= from && !x.implicit);
}

/**
 * The scene of "Mossad chief David Barnea also flew in": the place of the last stop told in this or the two sentences
 * before, else the dateline's city.
 */
function sceneOf(a: Analysis, s: Sentence, stops: readonly StopCandidate[]): PlaceEntry | null {
  return lastStopOf(a, s, stops)?.place ?? a.datelinePlace;
}

/** "…, on the eve of his visit to Israel": the journey named after it is on the day after the date just before. */
const EVE_OF = /\bon\s+the\s+eve\s+of\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\w-]+\s+){0,2}$/i;

function eveOf(a: Analysis, s: Sentence, pos: number, dates: readonly ResolvedDate[]): ResolvedDate | undefined {
  const eve = EVE_OF.exec(a.text.slice(Math.max(s.start, pos - 60), pos));
  if (!eve) return undefined;
  const eveAt = pos - eve[0].length;
  const d = dates.filter((x) => x.end <= eveAt && eveAt - x.end < 6 && x.precision === "day" && x.date).pop();
  if (!d) return undefined;
  const next = new Date(`${d.date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { ...d, date: next.toISOString().slice(0, 10), basis: "inferred" };
}

/**
 * "Oct. 18 — Biden visits Tel Aviv": an entry of a timeline opens with its date and a dash and tells its events in the
 * historical present, which is neither a schedule nor a report of the publication day.
 */
/**
 * "Oct. 12 — Blinken arrives in Tel Aviv. The next day he travels to Amman.": the sentences after a timeline entry's first,
 * in its paragraph, tell its events in the same historical present.
 */
function inTimelineEntry(a: Analysis, s: Sentence): boolean {
  const first = a.sentences.find((x) => x.paragraph === s.paragraph);
  return isTimelineEntry(a, s) || (first !== undefined && first !== s && isTimelineEntry(a, first));
}

export function isTimelineEntry(a: Analysis, s: Sentence): boolean {
  const d = sentenceDates(a, s, false)[0];
  return d !== undefined && d.start - s.start < 3 && /^\s*[—–]\s/.test(a.text.slice(d.end, d.end + 4));
}

export function extractTrips(a: Analysis): { stops: StopCandidate[]; ordinals: OrdinalCandidate[] } {
  const stops: StopCandidate[] = [];
  const ordinals: OrdinalCandidate[] = [];
  // The travellers of the triggers read so far, at the trigger (only their traveller and start are read).
  const setOff: StopCandidate[] = [];
  for (const s of a.sentences) {
    // Headlines are read too ("Baerbock visits Ramallah"): a stop the body also gives is merged with it.
    const headline = a.paragraphs[s.paragraph]!.heading;
    const plain = unquoted(a, s);
    const firstOfSentence = stops.length;
    const triggers = matchesOf(TRIGGER, plain);
    // "trip, which will also take him to Egypt, began in Riyadh": the relative clause the journey phrase spans is read too.
    for (const m of [...triggers]) {
      const rel = RELATIVE_IN.exec(m[0]);
      if (!rel) continue;
      const at = m.index! + rel.index;
      triggers.push(...matchesOf(TRIGGER, " ".repeat(at) + plain.slice(at, at + rel[0].length)));
    }
    // Whether the sentence's main clause (its first trigger not in an "after" phrase) tells a plan.
    let mainPlanned: boolean | null = null;
    for (const m of triggers) {
      const pos = s.start + m.index!;
      if (insideQuote(a, pos)) continue;
      const rule = triggerRule(m);
      // The words before the trigger, within a clause's reach: the patterns read their end, and many triggers in one
      // long sentence cost no more than one each (a slice from the sentence's start made them quadratic).
      const head = a.text.slice(Math.max(s.start, pos - CLAUSE_WINDOW), pos);
      // "did not travel to Gaza", "refused to visit", "postponed his trip to Israel": no journey happened or will.
      if (isUnrealised(a, s, pos, pos + m[0].length) || isCalledOff(a, s, pos) || calledOffAfter(a, s, pos, m[0])) {
        a.trace?.veto("TripExtractor/veto-unrealised", pos, pos + m[0].length, "a journey denied, refused, hypothetical or called off");
        continue;
      }
      // "a convoy of aid heading to Gaza": a participle after a common noun describes that noun.
      // An itinerary's participle describes its journey noun, which is the point ("a swing stretching from …").
      if (
        rule !== "itinerary" &&
        /^\w+ing\b/i.test(m[0]) &&
        /\b\p{Ll}+\s+$/u.test(head) &&
        !/\b(?:is|are|was|were|be|been|before|after|while|when|and|then|also|by|of|for)\s+$/i.test(head)
      )
        continue;
      // "left Athens on Saturday for Turkey": between the verb and "for" only the place left and its day may stand.
      const leftPlaces: number[] = [];
      if (rule === "departing") {
        // The verb may be of two words ("set off").
        const verb = DEPARTING_VERB.exec(m[0])![0];
        const gapStart = pos + verb.length;
        const gapEnd = pos + m[0].length - 3;
        if (gapEnd > gapStart + 1) {
          let c = gapStart;
          for (const i of mentionsIn(a, gapStart, gapEnd)) {
            const p = a.mentions[i]!;
            if (p.kind !== "place" || !LIST_GAP.test(a.text.slice(c, p.start))) break;
            leftPlaces.push(i);
            c = p.end;
          }
          if (!leftPlaces.length || !LIST_GAP.test(a.text.slice(c, gapEnd))) continue;
        }
      }
      // "is in Qatar", "who was in Israel last week", "is expected in Israel": being there is a stop only for the
      // clause's own subject, right before the verb or its relative clause, in a place abroad (not "said the decision is in
      // Israel's interest").
      const beingThere = rule === "due" && !/\bdue\b/i.test(m[0]);
      const sent = /^(?:sent|took|taken|take|will|also|has|have)\b/i.test(m[0]) && /\b(?:him|her|them)\b/i.test(m[0]);
      const objectIndex = sent ? resolveObject(a, pos, pos + m[0].length) : -1;
      let travelers = sent ? (objectIndex >= 0 && a.actorOf[objectIndex] ? [a.actorOf[objectIndex]!] : []) : subjectsOf(a, s, pos);
      // "paid an official visit to Jordan": "an official" right before the journey noun is the noun's article and adjective
      // (a description of a person to the mention rules); the traveller is the subject before it.
      const modifier = sent ? null : subjectOf(a, s, pos);
      if (
        modifier !== null &&
        a.mentions[modifier]!.kind === "unnamed" &&
        JOURNEY_NOUN.test(m[0]) &&
        JOURNEY_MODIFIER.test(a.mentions[modifier]!.text) &&
        /^\s+$/.test(a.text.slice(a.mentions[modifier]!.end, pos))
      )
        travelers = subjectsOf(a, s, a.mentions[modifier]!.start);
      let listStart = pos + m[0].length;
      // "toured an aid warehouse in El Arish", "visited a hospital in Ashkelon": the site's town is the stop.
      const site = rule === "touring" ? /^\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){1,3}in\s+/u.exec(a.text.slice(listStart, s.end)) : null;
      if (site) listStart += site[0].length - 1;
      // "The visit by Blinken to Saudi Arabia": the traveller follows "by", the places "to".
      const by =
        rule === "touring" && /^visits?$/i.test(m[0]) ? /^\s+by\s+([^,;]{1,80}?)\s+to\s+/.exec(a.text.slice(listStart, s.end)) : null;
      if (by) {
        const people = mentionsIn(a, listStart, listStart + by[0].length).filter((i) => a.mentions[i]!.kind === "person" && a.actorOf[i]);
        if (!people.length) continue;
        travelers = [a.actorOf[people[0]!]!];
        listStart += by[0].length;
      }
      // "The tour also takes in Jordan": the journey is the subject; its traveller is the one of the stops just told.
      if (rule === "itinerary" && !travelers.length && JOURNEY_SUBJECT.test(a.text.slice(s.start, pos))) {
        const last = lastStopOf(a, s, stops);
        if (last) travelers = [last.traveler];
      }
      // "The trip wraps up in Tel Aviv, after stops in Riyadh and Amman": a sentence about the journey, with no one
      // named before the trigger, tells the stops of the traveller just told.
      if (!travelers.length && OPENS_WITH_JOURNEY.test(a.text.slice(s.start, pos + m[0].length)) && !otherActorBetween(a, s.start, pos)) {
        // "Cameron set off for the Gulf on Monday. The tour wraps up in Tel Aviv …": a journey told to a region only
        // (no stop) has a traveller too.
        const last = lastStopOf(a, s, stops) ?? lastStopOf(a, s, setOff);
        if (last) travelers = [last.traveler];
      }
      if (!travelers.length && !sent && !by && VEHICLE_SUBJECT.test(a.text.slice(s.start, pos))) {
        const carried = vehicleTraveler(a, s, [...stops, ...setOff]);
        if (carried) travelers = [carried];
      }
      if (beingThere) {
        const subject = subjectOf(a, s, pos);
        const gap = subject === null ? "" : a.text.slice(a.mentions[subject]!.end, pos);
        if (subject === null || !/^(?:\s*,\s*who|\s*,\s*who\b[^,;]*,)?\s*(?:(?:also|still|now|already|currently|\w+ly)\s+)*$/i.test(gap))
          continue;
      }
      // "told reporters en route to Tel Aviv": the words place the speaking, not a journey the sentence tells.
      if (rule === "heading" && !/^head/i.test(m[0]) && SPOKE_BEFORE.test(head)) continue;
      // People travel; an organisation named as the subject ("UN envoy visits Gaza" read as "UN") does not.
      if (!travelers.length || travelers.some((t) => t.kind === "organization")) continue;
      // "Several European leaders have traveled to Israel": a kind of people, no one's journey; "A visit by Blinken to
      // Ramallah would be the first since November": a visit that may never be; "has visited Lebanon several times":
      // journeys on many days, none of them this one.
      if (
        travelers.some((t) => isGenericGroup(a, s, t, pos)) ||
        isHypotheticalEvent(a, s, pos, pos + m[0].length) ||
        REPEATED.test(a.text.slice(pos, clauseAfter(a, s, listStart)[1])) ||
        (/between$/i.test(m[0]) && SHUTTLE_SPAN.test(a.text.slice(pos, clauseAfter(a, s, listStart)[1])))
      ) {
        a.trace?.veto("TripExtractor/veto-generic", pos, pos + m[0].length, "a generic group's, a hypothetical or a repeated journey");
        continue;
      }
      // Who set off, whether or not a stop follows: the traveller of a sentence about the journey after it.
      if (!sent && !by) for (const traveler of travelers) setOff.push({ traveler, start: pos } as StopCandidate);
      let [from, to] = clauseAfter(a, s, listStart);
      if (by || site) from = listStart;
      // "which will also take him to Egypt, Qatar and Israel, began …": the clause ends at its first comma; the list goes on.
      if (/,\s+(?:which|who|that)\b[^,;.]*$/i.test(head)) to = listGoesOn(a, s, to);
      // In a headline, "to visit" and "heads to" announce; the present tense ("visits", "arrives") reports.
      // In the body, "he goes on to Cairo", "travels to Riyadh on Monday" tell a schedule.
      let planned =
        isPlanned(a, s, pos) ||
        (headline && (/\bto\s+$/.test(head) || /^head/i.test(m[0]))) ||
        (!headline && PRESENT_SCHEDULE.test(m[0]) && !inTimelineEntry(a, s)) ||
        (!headline && PLAN_SUBJECT.test(head)) ||
        (!headline &&
          SCHEDULED_PRESENT.test(m[0].replace(JOURNEY_LEAD, "")) &&
          // (The words right before the verb: "The trip wraps up" has its journey noun there.)
          !PLURAL_NOUN_LEAD.test(head + m[0].slice(0, m[0].length - m[0].replace(JOURNEY_LEAD, "").length)) &&
          !inTimelineEntry(a, s) &&
          upcoming(a, s, pos, to)) ||
        // "when he visits Washington in July" in a sentence that tells the future.
        (!headline && WHEN_PRESENT.test(head) && /^\w+s\b/i.test(m[0]) && FUTURE_MARKERS.test(head.replace(WHEN_PRESENT, ""))) ||
        // "is heading to Saudi Arabia and Israel this weekend": a progressive with a day to come.
        (/^\w+ing\b/i.test(m[0]) && /\b(?:is|are)\s+(?:\w+ly\s+)?$/i.test(head) && upcoming(a, s, pos, to));
      // "the first since March", "has not been back since January": a date after "since" or "until" bounds a span of
      // time, it is no day of this journey.
      const dates = sentenceDates(a, s, planned).filter((d) => !SPAN_BOUND.test(a.text.slice(Math.max(s.start, d.start - 12), d.start)));
      // "Before heading to Israel, he stopped in Turkey": the places of a "before" clause come after the sentence's.
      const itinerary = rule === "itinerary";
      // "… after talks in Egypt", "after visiting Jordan, he …", "after a whirlwind tour of Israel and Jordan", "a tour
      // that has taken him to Egypt": those places come before the sentence's.
      const earlierThanSentence =
        rule === "talks-in" ||
        AFTER_BEFORE.test(a.text.slice(Math.max(s.start, pos - 40), pos)) ||
        AFTER_JOURNEY_THAT.test(a.text.slice(Math.max(s.start, pos - 60), pos)) ||
        // "arrived in Beirut, the latest stop of a tour that began in Riyadh": where a journey began is its first stop.
        rule === "tour-starts" ||
        (rule === "tour-bounds" && TOUR_START.test(m[0])) ||
        /^(?:has|have)\b/i.test(m[0]);
      const laterThanSentence = /\b(?:before|prior to|ahead of)\s+$/i.test(a.text.slice(Math.max(s.start, pos - 10), pos));
      // "Earlier on Sunday, he had visited Ramallah", "Macron had arrived in Tel Aviv earlier in the day": a report told
      // backwards puts this stop before the one told in the sentence before, also on the same day.
      const toldBefore = s.index > 0 && !headline && TOLD_EARLIER(a.text.slice(s.start, pos), a.text.slice(s.start, s.end), m[0]);
      const orderAt = toldBefore ? a.sentences[s.index - 1]!.start : laterThanSentence ? s.end : earlierThanSentence ? s.start : undefined;
      // "The trip wraps up in Tel Aviv on Wednesday, after stops in Riyadh and Amman": the earlier legs of a journey told
      // in the future are planned too, unless the phrase dates them in the past ("after stops … earlier this week").
      const afterPhrase = AFTER_BEFORE.test(a.text.slice(Math.max(s.start, pos - 40), pos));
      if (!afterPhrase) mainPlanned ??= planned;
      else if (mainPlanned && !planned && !PAST_LEGS.test(a.text.slice(pos, to))) {
        const past = dates.some((d) => d.start >= pos && d.start < to && d.date && a.published && d.date < a.published);
        if (!past) planned = true;
      }
      // "Blinken's trip, which will also take him to Egypt, began in Saudi Arabia": the list is after the relative clause.
      if (rule === "tour-starts" && RELATIVE_IN.test(m[0])) from = pos + m[0].length;
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
      // "is in Qatar" with no place after it may be "is in talks": nothing then; "Mossad chief David Barnea also flew
      // in": the traveller came to the scene, the place of the stop just told (or the dateline's).
      // "is travelling in the region": a noun after "in" says where the journey goes on, not that the traveller came in.
      if (
        rule === "motion" &&
        /^\s+in\b(?!\s+(?:the\s+)?\p{Lu})(?!\s+(?:the|a|an|his|her|their)\s+\p{Ll})/u.test(a.text.slice(pos + m[0].length, s.end))
      ) {
        const scene = sceneOf(a, s, stops);
        if (scene && scene.kind !== "region")
          for (const traveler of travelers.filter((t) => !atHome(t, scene)))
            stops.push({
              traveler,
              place: scene,
              status: planned ? "planned" : "completed",
              date: dates.find((d) => d.start >= pos && d.start <= to + 40) ?? null,
              start: pos,
              end: pos + m[0].length,
              rule: `TripExtractor/${rule}`,
            });
      }
      const home = HOME_WORD.test(m[0]) || RETURNING.test(m[0]);
      const lastStopBefore = /\b(?:last|final)\s+stop\b[^.;]{0,60}$/i.test(head);
      let listed = 0;
      for (const [k, p] of inClause.entries()) {
        if (p.kind !== "place") break;
        if (!LIST_GAP.test(a.text.slice(cursor, p.start))) break;
        // "…, Berlin said Friday": the capital speaks for its government; the list has ended.
        if (SOURCE_AFTER.test(a.text.slice(p.end, p.end + 40))) break;
        // "is in Israel's interest": a possessor is no place where someone is.
        if (beingThere && /^['’]s?\b/.test(a.text.slice(p.end, p.end + 2))) break;
        const between = a.text.slice(cursor, p.start);
        cursor = p.end;
        // "visited the Egyptian side of the Rafah crossing": a country named as one side of a place is no stop; the
        // place after "side of" is.
        const side = SIDE_OF.exec(a.text.slice(p.end, s.end));
        if (side) {
          cursor = p.end + side[0].length;
          continue;
        }
        if (p.place!.kind === "region") {
          a.trace?.veto("TripExtractor/veto-region", p.start, p.end, "a region is no stop");
          continue;
        }
        // "the West Bank city of Ramallah": the first place only says where the second is.
        const next = inClause[k + 1];
        if (next?.kind === "place" && SETTLEMENT_OF.test(a.text.slice(p.end, next.start))) continue;
        // The stop's date: one written after the place in the clause, or just before the trigger.
        // A date after the place is the stop's only while no one else is named in between: in "Before heading to
        // Israel, Blinken made stops in Turkey on Monday" Monday is the stops' in Turkey. Nor when another event is
        // told in between ("…, Qatar and Israel, began in Riyadh on Monday"); "starting on Thursday" dates the first
        // stop of a list only. A date before the trigger is not the stop's when "after" or "before" stands between
        // ("returned to Washington on Monday after a tour of Israel": Monday is the return's).
        // An itinerary names the journey's stops, not their days: the sentence's date is the journey's start at most.
        const after = dates.find(
          (d) =>
            d.start >= p.end &&
            d.start <= to + 40 &&
            !otherActorBetween(a, p.end, d.start) &&
            (!OTHER_EVENT.test(a.text.slice(p.end, d.start)) || ARRIVING_AT.test(a.text.slice(p.end, d.start))) &&
            !OTHER_CLAUSE.test(a.text.slice(p.end, d.start)),
        );
        const date = itinerary
          ? null
          : ((after && (listed === 0 || !SPAN_START.test(a.text.slice(p.end, after.start))) ? after : undefined) ??
            (after ? undefined : dates.find((d) => d.start >= pos && d.end <= pos + m[0].length)) ??
            (/\bafter\s+$/i.test(a.text.slice(Math.max(s.start, pos - 7), pos)) || rule === "talks-in" || after
              ? undefined
              : dates.find(
                  (d) =>
                    d.end <= pos &&
                    pos - d.end < 20 &&
                    !/\bsince\s+$/i.test(a.text.slice(d.start - 6, d.start)) &&
                    // "will leave on Thursday for a trip that will take him to Egypt": the day is the departure's;
                    // "where she landed on Sunday evening, and has since taken her on to X": the day ends its clause.
                    !/\b(?:after|following|before|that|which)\b|,\s*and\b/i.test(a.text.slice(d.end, pos)),
                )) ??
            eveOf(a, s, pos, dates) ??
            null);
        listed++;
        for (const traveler of travelers) {
          // "returned to Washington", "flew back to Washington", "his last stop before returning to Washington": going
          // home is no stop. A return planned on its own ("is due to return to Israel on Tuesday") is one.
          // Of a traveller whose country the text does not give, a return is home when it says so ("flew home to Berlin")
          // or when it ends the journey ("returned to Washington on Friday after a week-long tour of …").
          const homeward =
            atHome(traveler, p.place!) ||
            (home && knownHomeAfterTour(traveler, p.place!, stops)) ||
            (traveler.country === null &&
              home &&
              (/\bhome\b/i.test(m[0] + between) || JOURNEY_ENDED.test(a.text.slice(p.end, Math.min(s.end, p.end + 80)))));
          if (homeward && (home || HOME_WORD.test(between)) && (!planned || lastStopBefore)) {
            a.trace?.veto("TripExtractor/veto-home", p.start, p.end, "a journey home is no stop");
            continue;
          }
          // Being somewhere is a stop away from home only ("Macron, who was in Israel"; not "Netanyahu was in Jerusalem").
          if (beingThere && atHome(traveler, p.place!)) continue;
          stops.push({
            traveler,
            place: p.place!,
            // "Blinken lands in Saudi Arabia, Israel next": the place after a comma that "next" closes is still to come.
            status: planned || (/,\s*$/.test(between) && NEXT_UP.test(a.text.slice(p.end, p.end + 8))) ? "planned" : "completed",
            date,
            start: p.start,
            end: p.end,
            rule: `TripExtractor/${rule}`,
            ...(orderAt !== undefined ? { orderAt } : {}),
            // "after talks in Jerusalem" tells of talks, not of the journey there.
            ...(rule === "talks-in" ? { implicit: true } : {}),
            ...(headline ? { headline: true } : {}),
          });
        }
      }
      // "will head to Jordan on Wednesday for talks with King Abdullah, and then to Qatar": "and then to", "and on to"
      // go on with the journey past the words about its last stop, as long as no other journey is told between.
      const onward = listed > 0 && !beingThere && !home ? ONWARD_LEG.exec(a.text.slice(cursor, s.end)) : null;
      // ("to discuss aid routes from Jordan and on to Gaza": a route's "from … on to" tells where aid goes, not the traveller.)
      if (onward && !new RegExp(TRIGGER.source, "i").test(onward[0]) && !/\b(?:from|via|through)\b/i.test(onward[0])) {
        let c = cursor + onward[0].length;
        for (const p of mentionsIn(a, c, s.end).map((i) => a.mentions[i]!)) {
          if (p.kind !== "place" || !LIST_GAP.test(a.text.slice(c, p.start))) break;
          c = p.end;
          if (p.place!.kind === "region") continue;
          const date = dates.find((d) => d.start >= p.end && d.start <= p.end + 40 && !OTHER_CLAUSE.test(a.text.slice(p.end, d.start)));
          for (const traveler of travelers.filter((t) => !atHome(t, p.place!)))
            stops.push({
              traveler,
              place: p.place!,
              status: planned ? "planned" : "completed",
              date: date ?? null,
              start: p.start,
              end: p.end,
              rule: `TripExtractor/${rule}`,
              ...(orderAt !== undefined ? { orderAt } : {}),
              ...(headline ? { headline: true } : {}),
            });
        }
      }
      // "arrived in Amman from Athens and Istanbul": where the traveller came from were stops before; so were the
      // places left ("departed Israel for Jordan"), and "From Riyadh, he goes on to Cairo": where the traveller is.
      // Leaving home is no stop ("flew in from Washington").
      const origins: Mention[] = leftPlaces.map((i) => a.mentions[i]!);
      const origin = /^\s+from\s+/.exec(a.text.slice(cursor, to));
      if (origin && FROM_ORIGIN.test(m[0])) {
        let c = cursor + origin[0].length;
        // "flew from Ankara to Athens on Saturday, and then to Amman": after "to" the places are destinations.
        let onward = false;
        for (const p of mentionsIn(a, c, to).map((i) => a.mentions[i]!)) {
          const gap = a.text.slice(c, p.start);
          if (p.kind !== "place" || !LIST_GAP.test(gap)) break;
          c = p.end;
          onward ||= /\bto\b/i.test(gap);
          if (!onward) origins.push(p);
          else if (p.place!.kind !== "region")
            for (const traveler of travelers)
              stops.push({
                traveler,
                place: p.place!,
                status: planned ? "planned" : "completed",
                date: dates.find((d) => d.start >= p.end && d.start <= to + 40 && !OTHER_EVENT.test(a.text.slice(p.end, d.start))) ?? null,
                start: p.start,
                end: p.end,
                rule: `TripExtractor/${rule}`,
                ...(headline ? { headline: true } : {}),
              });
        }
      }
      const fronted = /^\s*From\s+/.exec(a.text.slice(s.start, pos));
      if (fronted) {
        const first = mentionsIn(a, s.start, pos).map((i) => a.mentions[i]!)[0];
        if (first?.kind === "place" && first.start === s.start + fronted[0].length && /^\s*,/.test(a.text.slice(first.end)))
          origins.push(first);
      }
      for (const p of origins) {
        if (p.place!.kind === "region") {
          a.trace?.veto("TripExtractor/veto-region", p.start, p.end, "a region is no stop");
          continue;
        }
        for (const traveler of travelers) {
          if (atHome(traveler, p.place!)) continue;
          stops.push({
            traveler,
            place: p.place!,
            status: "completed",
            date: null,
            start: p.start,
            end: p.end,
            rule: fronted && p.start < pos ? "TripExtractor/from" : leftPlaces.length ? `TripExtractor/${rule}` : "TripExtractor/from",
            orderAt: fronted && p.start < pos ? s.start : pos,
            ...(headline ? { headline: true } : {}),
          });
        }
      }
    }
    // An undated stop written before the sentence's own ("after stops in Jordan", "from Jordan") is ordered by the day of
    // the sentence's stop of the same traveller.
    const ofSentence = stops.slice(firstOfSentence);
    for (const x of ofSentence) {
      if (x.date?.date || x.orderAt === undefined || x.orderAt >= x.start) continue;
      const anchor = ofSentence.find(
        (y) => y.traveler === x.traveler && y.orderAt === undefined && y.date?.date && y.date.precision === "day",
      );
      if (anchor) x.orderDate = anchor.date!.date!;
    }
    // "Blinken's sixth tour", "his fourth trip to the region".
    for (const o of matchesOf(NTH_JOURNEY, plain)) {
      const pos = s.start + o.index!;
      // "Blinken, who is on his fifth trip": the relative clause's antecedent is the traveller.
      const rel = /,\s+who\s+[^,;.]*$/.exec(a.text.slice(s.start, pos));
      const antecedent = rel
        ? mentionsIn(a, s.start, s.start + rel.index)
            .filter((i) => a.mentions[i]!.kind === "person")
            .pop()
        : undefined;
      const subj = antecedent !== undefined && a.mentions[antecedent]!.end === s.start + rel!.index ? antecedent : subjectOf(a, s, pos);
      const traveler = subj !== null ? a.actorOf[subj] : undefined;
      const word = o[1]!.toLowerCase();
      const n = ORDINALS[word] ?? parseInt(word, 10);
      if (traveler && n > 0) ordinals.push({ traveler, ordinal: n, text: o[0], start: pos, end: pos + o[0].length });
    }
  }
  return { stops, ordinals };
}
