/**
 * MeetingExtractor: one candidate per (subject, counterpart) pair of each meeting trigger outside quotes.
 * Triggers: verbs (met, will meet, held talks with, hosted, received, greeted, welcomed, visited with,
 * sat down with, spent … with), nouns ("a meeting with", "talks with", "his meetings in Israel with") and
 * passives ("was greeted by"). Kind from the words and the counterpart (a cabinet is a cabinet session);
 * status from tense ("will", "is expected to") and words like "postponed".
 */
import type { MeetingKind, MeetingStatus } from "@shuttle/core";
import type { Analysis } from "../analysis.js";
import { insideQuote, mentionsBetween, unquoted } from "../analysis.js";
import { sentenceDates } from "../dates/sentenceDates.js";
import type { ResolvedDate } from "../dates/DateResolver.js";
import type { Sentence } from "../text/segment.js";
import type { DocActor } from "../entities/resolve.js";
import { PLACE_BY_NAME, type PlaceEntry } from "../entities/gazetteer.js";
import type { Mention } from "../entities/mentions.js";
import {
  actorMentions,
  cancelledOrPostponed,
  clauseAfter,
  dateNear,
  insideRelative,
  isAffiliation,
  isUnrealised,
  subjectsOf,
} from "../grammar/clauses.js";
import { isPlanned } from "../grammar/tense.js";
import { alternation, lexicon, type VerbForm, verbs } from "../lexicon/index.js";
import { fastWordStart, matchesOf } from "../text/regex.js";
import { CALENDAR_WORDS } from "../lexicon/words.js";
import { firstAtOrAfter } from "../text/sorted.js";

export interface MeetingCandidate {
  participants: DocActor[];
  kind: MeetingKind;
  status: MeetingStatus;
  place: PlaceEntry | null;
  date: ResolvedDate | null;
  sentence: { start: number; end: number };
  /** Offset of the trigger and the encounter's number after it: candidates with both equal are one encounter. */
  trigger: number;
  encounter: number;
  rule: string;
  /** The counterpart is a group named with its institution or country ("ministers of the Gulf …"). */
  specificGroup?: boolean;
  /** A vague group that sums up named meetings: no record, but it still places the traveller. */
  summary?: boolean;
}

const M = lexicon["meeting-verbs"];
const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
/** "today", "this morning": a day named by a word, which official readouts put between a verb and its counterpart. */
const TIME_ADVERB = alternation(M.time_adverbs);
/** "face to face", "in person": how people met. */
const MANNER = alternation(M.manner);
/** "on the sidelines of", "on the margins of": a bilateral meeting held during a larger gathering. */
const SIDELINES = String.raw`(?:on|at)\s+the\s+(?:sidelines|margins|fringes)\s+of`;
// ("held talks on its margins with": the gathering named before.)
const SIDELINES_RE = /\b(?:on|at)\s+(?:the|its|their)\s+(?:sidelines|margins|fringes)\b/i;
/** "An earlier version of this story said …": what a correction says the story had wrong. */
const CORRECTED_VERSION = new RegExp(String.raw`\b(?:${alternation(M.corrected_versions)})\s+(?:story|article|report|item)\b`, "i");
const TRIGGERS_WRITTEN: Array<{ re: RegExp; rule: string; kind?: MeetingCandidate["kind"] }> = [
  {
    re: new RegExp(
      // "met today with", "met face to face with": a readout's day word or the manner may come before "with". ("a
      // virtual meeting with" is a call, read by the call rule.)
      String.raw`(?<!\b(?:${alternation(M.remote_modifiers)})\s{1,3})\b(?:${verbs(M.with)})` +
        String.raw`(?:\s+(?:separately|briefly|privately|again|also|later|first|${TIME_ADVERB}|${MANNER}))?` +
        // "met on the sidelines of the summit in Riyadh on Monday with X": a readout names the occasion before "with".
        String.raw`(?:\s+${SIDELINES}\s+(?:the\s+)?[^,.;:]{1,60}?)?` +
        // ("met late Monday with", "met Monday with", "met on Tuesday night with": American copy drops the "on".)
        String.raw`(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?${WEEKDAY}(?:\s+(?:${alternation(M.day_parts)}))?` +
        String.raw`|\s+(?:${TIME_ADVERB}))?\s+with\b`,
      "gi",
    ),
    rule: "verb-with",
  },
  // The counterparts must be actor mentions, so "meet demands" or "saw a rise" make no meeting.
  { re: new RegExp(String.raw`\b(?:${verbs(M.object)})\s+`, "gu"), rule: "verb" },
  { re: new RegExp(String.raw`\b(?:${verbs(M.hold)})\s+(?:${alternation(M.held_nouns)})\s+with\b`, "gi"), rule: "held-talks" },
  // "a meeting with", "talks in Doha with", "a meeting on Saturday in Amman with", "discussions with".
  {
    re: new RegExp(
      // ("a virtual meeting with": a call, read by the call rule. The look back is bounded: an unbounded \s+ in it is
      // tried back through a whole run of spaces at every position, quadratic on such a run.)
      String.raw`(?<!\b(?:${alternation(M.remote_modifiers)})\s{1,3})` +
        String.raw`\b(?:${alternation(M.nouns)})\b(?:\s+(?:in|at|on)\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?){0,2}` +
        // "a meeting between Blinken and Sisi": both are named after the trigger.
        String.raw`\s+(?:with|between)\b`,
      "giu",
    ),
    rule: "noun-with",
  },
  // Joint appearances: "speaking alongside X", "a joint press conference with X".
  {
    re: new RegExp(
      String.raw`\b(?:${verbs(M.appear)})\s+(?:${alternation(M.beside)})\b` +
        String.raw`|\b(?:${alternation(M.joint_events, { spaces: "\\s+" })})\s+with\b`,
      "gi",
    ),
    rule: "joint-appearance",
  },
  // "paid a courtesy call on Abbas": a visit paid to a person is a meeting with them (no telephone call).
  { re: new RegExp(String.raw`\b(?:${verbs(M.courtesy_call)})\s+`, "gi"), rule: "courtesy-call" },
  // "hosted a summit in Cairo attended by A, B and C": the host meets everyone who attends, as one encounter. So does
  // one who "hosted a trilateral summit on Tuesday in Cairo with A and B" (the guests follow "with").
  {
    re: new RegExp(
      String.raw`\b(?:${verbs(M.convene, ["s", "past", "participle"])})\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?` +
        String.raw`(?:${alternation(M.gatherings)})\b[^.;:]{0,60}?\b(?:attended\s+by|with)\b`,
      "gi",
    ),
    rule: "hosted-attended",
  },
  { re: new RegExp(String.raw`\b(?:${verbs(M.spend)})\s+(?:[\w-]+\s+){0,6}with\b`, "gi"), rule: "spent-with" },
  // "discussed the hostage deal with Netanyahu": a topic talked over with someone is an encounter.
  { re: new RegExp(String.raw`\b(?:${verbs(M.discuss)})\s+(?:[\w'’-]+\s+){1,8}?with\b`, "gi"), rule: "discussed-with" },
  {
    re: new RegExp(String.raw`\b(?:${verbs(M.greeted_by, ["past"])})(?:\s+[\w-]+){0,4}?\s+by\b`, "gi"),
    rule: "passive",
    kind: "greeting",
  },
  { re: new RegExp(String.raw`\b(?:${verbs(M.hosted_by, ["past"])})\s+by\b`, "gi"), rule: "passive-hosted" },
  { re: new RegExp(String.raw`\b(?:${verbs(M.telephone, ["past"])})\s+`, "gi"), rule: "telephoned", kind: "call" },
  {
    re: new RegExp(String.raw`\b(?:${verbs(M.greet, ["base", "s", "past"])})\s+(?=[\p{Lu}]|the\s|his\s|her\s|him\b)`, "gu"),
    rule: "greeting",
    kind: "greeting",
  },
  {
    re: new RegExp(
      // ("spoke by phone yesterday with X": a readout's day word may follow the medium.)
      String.raw`\b(?:${verbs(M.talk, ["base", "s", "past", "participle"])})\s+(?:${alternation(M.by_phone)})` +
        String.raw`(?:\s+(?:on\s+${WEEKDAY}|${TIME_ADVERB}))?\s+(?:with|to)\b` +
        String.raw`|\b(?:phone |telephone |video )?call(?:\s+(?:on\s+)?\w+day)?\s+(?:with|between)\b` +
        // "held a telephone conversation with Netanyahu": a talk at a distance named by its medium.
        String.raw`|\b(?:${alternation(M.call_conversations)})(?:\s+(?:on\s+)?\w+day)?\s+(?:with|between)\b` +
        // "held a virtual meeting with Al Thani": a meeting held at a distance.
        String.raw`|\b(?:${alternation(M.remote_modifiers)})\s+(?:${alternation(M.nouns)})\s+(?:with|between)\b` +
        // "spoke to Netanyahu by phone on Sunday": the phone comes after the counterpart, in the same clause (an
        // apposition may stand between: "spoke with Qatar's emir, Sheikh Tamim bin Hamad Al Thani, by phone").
        String.raw`|\b(?:${verbs(M.talk, ["base", "s", "past", "participle"])})\s+(?:with|to)\b(?=[^.;]{1,100}?\b(?:` +
        String.raw`${alternation(M.by_phone)})\b)` +
        // "received a phone call today from Biden", as state news agencies word a call the other side made.
        // ("received yesterday evening a phone call from X": the day may come before the call as well.)
        String.raw`|\b(?:${verbs(M.receive_call)})\s+(?:(?:on\s+${WEEKDAY}|${TIME_ADVERB})\s+)?` +
        String.raw`(?:an?\s+)?(?:phone\s+|telephone\s+|video\s+)?call` +
        String.raw`(?:\s+(?:on\s+${WEEKDAY}|${TIME_ADVERB}))?\s+from\b`,
      "gi",
    ),
    rule: "call",
    kind: "call",
  },
];
/** The patterns as run: a leading word boundary in a cheaper form that finds the same matches (text/regex.ts). */
const TRIGGERS = TRIGGERS_WRITTEN.map((t) => ({ ...t, re: fastWordStart(t.re) }));

/** The ids of the trigger rules, as records carry them ("MeetingExtractor/verb-with"), and of the reciprocal rule. */
export const MEETING_RULES: readonly string[] = [...TRIGGERS.map((t) => `MeetingExtractor/${t.rule}`), "MeetingExtractor/reciprocal"];

function kindOf(trigger: string, counterpart: string, given?: MeetingCandidate["kind"]): MeetingCandidate["kind"] {
  if (/cabinet/i.test(counterpart)) return "cabinet_session";
  if (given) return given;
  if (/summit/i.test(trigger) && !SIDELINES_RE.test(trigger)) return "summit";
  return "meeting";
}

/** The place of a meeting: a city named with "in"/"at" in the sentence, else a country, else a site. */
/**
 * What may stand between a trigger and its first counterpart: determiners, capitalised words (an affiliation,
 * "Palestinian Authority") and the words of a title ("Israel's war cabinet minister").
 */
const OBJECT_LEAD = new RegExp(
  String.raw`^\s*(?:(?:the|his|her|their|its|both|all|[\p{Lu}][\p{L}'’.-]*|${alternation(lexicon.titles.lead_words)}|spokes\w+)\s+)*$`,
  "u",
);

/**
 * "to meet Israel's Foreign Minister, Israel Katz, on Thursday": a capitalised title, maybe after a country's possessive, set
 * off from the name by a comma (the title ends in a title word, so "met on Sunday, Katz said" is no such lead).
 */
const TITLE_THEN_COMMA = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:${alternation(
    lexicon.titles.lead_words.map((w) => w[0]!.toUpperCase() + w.slice(1)),
  )}),\s+$`,
  "u",
);

/**
 * ", 11 Ramadan 1446 AH corresponding to 11 March 2025,", ", April 9, 2024,": the full date a readout writes after its
 * weekday, in one calendar or two (day month year, or month day, year; an era may follow the year).
 */
const ONE_DATE =
  String.raw`(?:\d{1,2}\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?|\p{Lu}\p{L}+\s+\d{1,2},?)\s+\d{4}` +
  String.raw`(?:\s+(?:${alternation(M.calendar_eras)})\b)?`;
const LONG_DATE = String.raw`,\s+${ONE_DATE}(?:,?\s+(?:${alternation(M.date_correspondence)})\s+${ONE_DATE})?,`;

/**
 * "received in his office at Qasr Al Watan in Abu Dhabi today Antony Blinken", "received on Monday CIA Director Burns":
 * state news agencies put the place and the day between the verb and the person received. The phrases are skipped
 * when a person follows them right away (no comma: "met in Cairo on Monday, Sisi said" is no such order).
 */
const ADVERBIAL_LEAD = new RegExp(
  String.raw`^\s*(?:(?:(?:late\s+|early\s+)?on\s+${WEEKDAY}(?:${LONG_DATE})?|${TIME_ADVERB}|` +
    String.raw`(?:in|at)\s+(?:(?:his|her|their|its|the)\s+)?` +
    // ("at the ministry's headquarters", "at the presidential palace": a word of whose venue it is may come first.)
    String.raw`(?:(?:\p{Ll}[\p{L}-]*(?:['’]s)?\s+)?(?:${alternation(M.venues)})|\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+)+` +
    // "received on Tuesday a US delegation led by X": the delegation comes with the person who leads it, the counterpart.
    String.raw`(?:(?:an?|the)\s+(?:[\p{L}.-]+\s+){0,2}(?:${alternation(M.entourage)})\s+(?:led|headed)\s+by\s+)?` +
    // "received at Qasr Al Watan today Jordan's King Abdullah II": a country's possessive may stand before the person;
    // "received on Tuesday the Norwegian Minister of Foreign Affairs X": so may "the" of a title.
    // "received in Riyadh today the Foreign Minister of Jordan, Ayman Safadi": or the whole title, then the name after a
    // comma.
    String.raw`(?:the\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3},\s+|` +
    String.raw`the\s+|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s\s+)?$`,
  "u",
);

/**
 * Where the counterparts of an object verb begin: at the first person after the trigger, when only the place and day
 * phrases of ADVERBIAL_LEAD stand before it (the capitalised words of a place may run on into the person's title).
 */
function objectsStart(a: Analysis, triggerEnd: number, clauseEnd: number): number {
  const first = actorMentions(a, triggerEnd, clauseEnd).find((i) => a.mentions[i]!.kind === "person");
  if (first === undefined) return triggerEnd;
  const at = a.mentions[first]!.start;
  return at - triggerEnd <= 200 && ADVERBIAL_LEAD.test(a.text.slice(triggerEnd, at)) ? at : triggerEnd;
}

/**
 * "a meeting with A and B", "held a joint press conference with A and B": one event named in the singular is one
 * encounter with everyone in its list (where "met A and B" is one encounter each, as reports count them). So is a video
 * link or call ("spoke via video link with A and B", "joined a video call with A and B"): all of them at once.
 */
const ONE_EVENT = new RegExp(
  String.raw`\b(?:an?|one|the|via|by)\s+(?:[\w-]+\s+){0,2}?(?:${alternation(M.one_event, { spaces: "\\s+" })})\b(?:(?!\band\b)[^,;])*$`,
  "i",
);

/**
 * After a counterpart, a comma and a verb start another clause ("during talks with Al Thani, urged Hamas to …"):
 * the list of counterparts ends there.
 */
const VERB_AFTER_COMMA = new RegExp(
  String.raw`,\s+(?:also\s+)?(?:${verbs(
    [...M.lone_object, ...M.with, ...M.object, ...lexicon["speech-verbs"].verbs, ...lexicon["travel-verbs"].motion],
    ["s", "past"],
  )})\b`,
  "i",
);

/**
 * "Hamas political bureau chief Ismail Haniyeh", "EU foreign policy chief Josep Borrell": an organisation before a title of
 * a few words, ending in a title word, and a person is that person's affiliation (clauses.ts reads two words at most).
 */
const AFFILIATION_TITLE = new RegExp(
  String.raw`^\s+(?:(?!(?:and|or|nor|but|with|of|to|in|at|on|for|as|by|from)\s)[\p{Ll}-]+\s+){0,3}` +
    String.raw`(?:${alternation(lexicon.titles.lead_words)})\s+$`,
  "u",
);
const titledAffiliation = (a: Analysis, i: number) =>
  a.mentions[i]!.kind === "organization" &&
  a.mentions[i + 1]?.kind === "person" &&
  AFFILIATION_TITLE.test(a.text.slice(a.mentions[i]!.end, a.mentions[i + 1]!.start));

/** An article and one lower-case word ("an official"), the whole of a description: before a noun, it is an adjective. */
const ADJECTIVE_PHRASE = /^(?:an?|the)\s+\p{Ll}+$/u;
const EVENT_NOUN_NEXT = new RegExp(
  String.raw`^\s+(?:${alternation([...M.occasions, ...M.one_event, ...M.nouns, ...lexicon["travel-verbs"].journeys])})\b`,
  "i",
);

/** "his delegation", "her entourage": the people who come with a counterpart, no counterpart of their own. */
const ENTOURAGE = new RegExp(String.raw`^(?:his|her|their)\s+(?:[\w-]+\s+)?(?:${alternation(M.entourage)})$`, "i");

/** Rules whose mentions may be one country's officials of a list ("the leaders of A and B", "A and B counterparts"). */
const PER_COUNTRY_RULES = new Set(["mention/officials-of-countries", "mention/description"]);

/** "a visit to Jordan", "his trip to Cairo": a journey to one named place. */
const VISIT_TO = new RegExp(String.raw`\b(?:${alternation(lexicon["travel-verbs"].journeys)})\s+to\s+(?:the\s+)?\p{Lu}`, "u");

/** After a member of a list of countries: the rest of the list, its head, a time maybe, then "in"/"at" and a place. */
const PLACE_AFTER_LIST = new RegExp(
  String.raw`^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*)*` +
    String.raw`(?:\s+\p{Ll}+){0,2}?(?:\s+(?:on|late on|early on|this|last)\s+\w+)?,?\s+(?:in|at)\s+(?:the\s+)?\p{Lu}`,
  "u",
);

/**
 * What may stand between a connector and the next counterpart: determiners, capitalised words and the lower-case words of a
 * title ("opposition leader", "war cabinet minister"), as OBJECT_LEAD.
 */
const TITLE_LEAD =
  String.raw`(?:(?:the|his|her|their|its|former|then|outgoing|incoming|[\p{Lu}][\p{L}'’.-]*|` +
  String.raw`${alternation(lexicon.titles.lead_words)}|spokes\w+)\s+)*`;
/** "A and B": the plain "and" of a list, no comma. */
const PLAIN_AND = new RegExp(String.raw`\band\s+${TITLE_LEAD}$`, "iu");
/**
 * "and later with X", "and then with X", ", and with X", ", as well as X": a connector that keeps the verb of the counterpart
 * before it (after a comma too: "with" and "as well as" open no clause of their own).
 */
const KEPT_VERB = new RegExp(
  String.raw`(?:\band\s+(?:(?:${alternation(M.sequence_adverbs)})\s+)?with|\bas\s+well\s+as(?:\s+with)?)\s+${TITLE_LEAD}$`,
  "iu",
);
/** ", and Palestinian Prime Minister X in Ramallah on Friday": "and" after a comma, an elided verb. */
/** "and later with", "and then with", ", as well as" at the end of a clause: the list of counterparts goes on. */
const LATER_WITH = new RegExp(String.raw`^(?:\s+and\s+(?:${alternation(M.sequence_adverbs)})\s+with|,?\s+as\s+well\s+as)\b`, "i");
/** ", a Hezbollah ally" (a description set off after a counterpart) and what closes its relative clause: "who …, and". */
const APPOSITIVE_AT_END = /,\s+(?:an?|the)\s+[^,;.]{1,60}$/i;
const RELATIVE_THEN_AND = /^\s+(?:who|which|that)\b[^,;.]{0,150},\s+and\s+/i;
const ELLIPTICAL_AND = new RegExp(String.raw`,\s+and\s+${TITLE_LEAD}$`, "iu");
/** … only when the person has their own place, maybe a day, and nothing more: no verb that would make them a subject. */
const ELLIPSIS_TAIL = new RegExp(
  String.raw`^\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}` +
    String.raw`(?:,?\s+(?:(?:late|early|later)\s+)?(?:on\s+)?` +
    String.raw`(?:${WEEKDAY}|${TIME_ADVERB}|next\s+week|this\s+week|later\s+this\s+week))?\s*(?:[.;]|$)`,
  "u",
);

/** "the Hamas attack", "the Houthi assault": an event a group did, after the group's name. */
const ACTOR_EVENT_AFTER = new RegExp(String.raw`^['’]?s?\s+(?:${alternation(M.actor_events)})s?\b`, "i");

/**
 * "met Netanyahu at the White House", "talks at Downing Street": a seat of government named for its city stands in that city
 * (the gazetteer has no such site, and a place-less meeting would otherwise take the scene's or none).
 */
const SEAT_VENUES = lexicon["meeting-verbs"].seat_venues as Record<string, string>;
const SEAT_VENUE = new RegExp(String.raw`\b(?:at|in|to)\s+(?:the\s+)?(${alternation(Object.keys(SEAT_VENUES))})\b`, "u");
function seatVenueCity(clause: string): PlaceEntry | null {
  const m = SEAT_VENUE.exec(clause);
  const city = m ? PLACE_BY_NAME.get(SEAT_VENUES[m[1]!]!) : undefined;
  return city?.kind === "city" ? city : null;
}

const PARTICIPLE_WEEKDAY = new RegExp(String.raw`^\w+ing\s+(?:(?:late|early)\s+)?${WEEKDAY}`, "i");
/** Lower-case words only between an organisation and a person: a title ("chair", "spokeswoman"), no "and" or "with". */
const ORGANISATION_TITLE = /^\s+(?:(?!(?:and|or|nor|but|with|of|to|in|at|on|for|as|by|from)\s)[\p{Ll}-]+\s+){1,3}$/u;

/** Words that bring more people into the same encounter. */
const ACCOMPANIED = new RegExp(String.raw`\b(?:${alternation(M.accompanied, { spaces: "\\s+" })})\b`, "i");

const ACCOMPANIED_END = new RegExp(String.raw`${ACCOMPANIED.source}\s+(?:the\s+)?$`, "i");

/** "two officials, Ron Dermer and …": a counted group whose members are named next is no participant itself. */
function countedThenNamed(a: Analysis, i: number): boolean {
  const m = a.mentions[i]!;
  const next = a.mentions[i + 1];
  return (
    m.kind === "group" &&
    /^(?:two|three|four|five|six|\d+)\s/i.test(m.name) &&
    next !== undefined &&
    next.kind === "person" &&
    /^\s*,\s*$/.test(a.text.slice(m.end, next.start))
  );
}

const RANK = { site: 0, city: 1, territory: 2, country: 3, region: 4 } as const;

/** "in Doha", "at Kirya", and the destination of a journey made for the meeting ("traveled to Ramallah for talks"). */
const TV = lexicon["travel-verbs"];
/**
 * "X told …", "X said …": the name is the report's source, not a participant; so is an outlet that reported it
 * ("held talks with Sisi, Ahram Online reported").
 */
const SOURCE_VERB_AFTER = new RegExp(`^\\s+(?:${verbs([...lexicon["speech-verbs"].verbs, ...TV.source_verbs], ["s", "past"])})\\b`);
const LOCATIVE = new RegExp(
  String.raw`(?:\b(?:in|at)\s+(?:the\s+)?|\b(?:${verbs(TV.to_destination, ["base", "s", "past", "ing"])})\s+(?:(?:di` +
    String.raw`rectly|on|back|onward)\s+)?to\s+(?:the\s+)?` +
    String.raw`|\b(?:${alternation(TV.journeys)})\s+to\s+(?:the\s+)?` +
    String.raw`|\b(?:${alternation(TV.settlement_nouns)}) of\s+|\b(?:capital|city),\s+|\b(?:${verbs(["visit"])})\s+(?:the\s+)?)$`,
  "i",
);

/** "families of hostages held in Gaza": the place of a noun, not of the encounter (talks held in Cairo are the encounter). */
const NOUN_LOCATED = new RegExp(
  String.raw`\b(?!(?:${alternation(M.nouns)})\b)\p{Ll}+\s+(?:${verbs(M.located, ["participle"])})\s+in\s+(?:the\s+)?$`,
  "u",
);

/** "discussed the situation in Rafah", "the latest developments in Gaza": the place of the topic, not of the encounter. */
const TOPIC_LOCATED = new RegExp(String.raw`\b(?:${alternation(M.topic_nouns)})\s+in\s+(?:the\s+)?$`, "i");

/**
 * "met Sisi in May 2021, during an earlier round of fighting in Gaza", "amid protests in Tel Aviv", "over the ceasefire in
 * Gaza": a place inside a phrase of the circumstances is the place of those, not of the encounter. A phrase that names the
 * occasion ("during a visit to Cairo", "during talks in Doha", "over dinner in Jerusalem") still places it.
 */
const BACKGROUND_PHRASE = new RegExp(
  String.raw`\b(?:${alternation(M.background_prepositions)})\s+(?!(?:(?:the|a|an|his|her|their|its|this|that)\s+)?(?:[\w-]+\s+){0,2}` +
    String.raw`(?:${alternation([...M.nouns, ...TV.journeys, ...M.occasions])})\b)[^,;.()—–]*$`,
  "i",
);

/** "at his Jerusalem office", "at her Ramallah residence": a city named as the place of someone's venue. */
const VENUE_OF = /\b(?:in|at)\s+(?:his|her|their|its)\s+$/i;
const VENUE_AFTER = new RegExp(String.raw`^\s+(?:${alternation(M.venues)})\b`, "i");

/** Places named as locations ("in Doha", "travelled to Ramallah"); a list continues one ("visited Baghdad and Damascus"). */
function locativeMentions(a: Analysis, start: number, end: number) {
  const out: Mention[] = [];
  let prev: Mention | null = null;
  for (const m of mentionsBetween(a, start, end)) {
    if (m.kind !== "place" || m.start < start || m.end > end) continue;
    const listed = prev !== null && out.includes(prev) && /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$/.test(a.text.slice(prev.end, m.start));
    const before = a.text.slice(Math.max(0, m.start - 40), m.start);
    const venue = VENUE_OF.test(before) && VENUE_AFTER.test(a.text.slice(m.end, m.end + 16));
    if (
      m.place!.kind !== "region" &&
      (listed || venue || (LOCATIVE.test(before) && !NOUN_LOCATED.test(before) && !TOPIC_LOCATED.test(before))) &&
      !BACKGROUND_PHRASE.test(a.text.slice(Math.max(start, m.start - 80), m.start))
    )
      out.push(m);
    prev = m;
  }
  return out;
}

function locativePlaces(a: Analysis, start: number, end: number): PlaceEntry[] {
  return locativeMentions(a, start, end).map((m) => m.place!);
}

/**
 * The place of a meeting: the most specific place named with "in"/"at" in its sentence; else a city or
 * site named so in the two sentences before ("a series of meetings in Jerusalem. He began … with a meeting
 * with Netanyahu").
 */
/**
 * "a day after talks with Netanyahu in Jerusalem", "before meeting Sisi in Cairo": a phrase of time that names another
 * encounter or journey. A place after it is that event's; a place before it, the main clause's.
 */
const OTHER_EVENT = new RegExp(
  String.raw`\b(?:after|before|following|ahead\s+of)\s+(?:(?:his|her|their|the|a|an|its)\s+)?(?:[\w-]+\s+)?` +
    String.raw`(?:${alternation([...M.nouns, ...TV.journeys])}|${verbs([...M.object, ...M.with], ["ing"])})\b`,
  "i",
);
/**
 * … and one a day or more away ("a day after talks with Netanyahu"): an encounter named so is of another day, so it
 * takes no place from the sentence before it nor the scene. ("before holding talks with Netanyahu", "after meeting
 * Mikati" tell a sequence of the same scene.)
 */
const OTHER_DAY_EVENT_AT_END = new RegExp(
  String.raw`\b(?:the|an?|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?)\s+${OTHER_EVENT.source.slice(2)}$`,
  "i",
);

const WELCOME_TO = new RegExp(String.raw`^(?:${verbs(M.welcome_to, ["base", "s", "past", "ing"])})\b`, "i");

function placeOf(
  a: Analysis,
  sentenceIndex: number,
  held: boolean,
  trigger: number,
  clauseEnd: number,
  dateline = true,
  context?: SceneContext,
): PlaceEntry | null {
  const s = a.sentences[sentenceIndex]!;
  // In the trigger's clause first ("met … in Jerusalem"), else the nearest before it ("travel to
  // Ramallah … to meet Abbas"); the most specific place wins within each. A place later in the sentence
  // belongs to another clause ("…, underscoring opposition to an assault on the city of Rafah").
  const bySpecific = (xs: PlaceEntry[]) => [...xs].sort((x, y) => RANK[x.kind] - RANK[y.kind])[0];
  // A relative clause after the trigger describes a counterpart ("met Netanyahu, who did not travel to Cairo, in
  // Jerusalem"): its place is not the meeting's. One before it may set the scene ("Borrell, who arrived in Cairo
  // on Saturday, met …") and is kept.
  const outsideRelatives = (from: number, to: number) => (m: Mention) => !insideRelative(a, from, to, m.start);
  // The clause ends where a phrase of time names another event ("met Sisi on Tuesday, a day after talks with
  // Netanyahu in Jerusalem"); a meeting named in such a phrase has no place before it in its sentence.
  const other = a.text.slice(trigger + 1, clauseEnd).search(OTHER_EVENT);
  const ownEnd = other >= 0 ? trigger + 1 + other : clauseEnd;
  const triggerWord = /^[\w-]+/.exec(a.text.slice(trigger, trigger + 30))?.[0] ?? "";
  const inOtherEvent = OTHER_DAY_EVENT_AT_END.test(a.text.slice(Math.max(s.start, trigger - 60), trigger) + triggerWord);
  // "welcomed Abbas to Cairo": the place a guest is welcomed to is where they meet.
  const welcomedTo = WELCOME_TO.test(a.text.slice(trigger, trigger + 30))
    ? mentionsBetween(a, trigger, ownEnd).filter(
        (m) =>
          m.kind === "place" &&
          m.start >= trigger &&
          m.place!.kind !== "region" &&
          /\bto\s+(?:the\s+)?$/i.test(a.text.slice(Math.max(trigger, m.start - 8), m.start)),
      )
    : [];
  const inClause = bySpecific(
    [...locativeMentions(a, trigger, ownEnd), ...welcomedTo].filter(outsideRelatives(trigger, clauseEnd)).map((m) => m.place!),
  );
  // Before the trigger: not a member of a list (an itinerary "to Jerusalem, Ramallah, Cairo and Amman" does
  // not say where each meeting is, and a member has a place right beside it); the most specific, then the
  // nearest. A held meeting with no place of its own is where the scene is: a city of the sentences before,
  // or the wire dateline's city.
  const places = mentionsBetween(a, s.start, s.end).filter((x) => x.kind === "place" && x.start >= s.start && x.end <= s.end);
  const notListed = (m: { start: number; end: number }) =>
    /^,\s+where\b/.test(a.text.slice(m.end, m.end + 8)) || // "visited Baghdad and Damascus, where he met …"
    !places.some(
      (o) =>
        o !== m &&
        ((o.start >= m.end && /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$/.test(a.text.slice(m.end, o.start))) ||
          (o.end <= m.start && /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$/.test(a.text.slice(o.end, m.start)))),
    );
  const before = (inOtherEvent ? [] : locativeMentions(a, s.start, trigger))
    .filter(notListed)
    .sort((x, y) => RANK[x.place!.kind] - RANK[y.place!.kind] || y.start - x.start)[0]?.place;
  // "His first stop was Turkey, where he met Erdogan": the place a "where" clause hangs on, whatever its preposition.
  const whereHost = places.filter((x) => x.end <= trigger && /^,\s+where\b/.test(a.text.slice(x.end, x.end + 8))).pop()?.place;
  const own = inClause ?? before ?? (inOtherEvent ? undefined : whereHost);
  // An encounter named as the time of another event happened elsewhere or earlier: not in the scene either.
  if (own || !held || inOtherEvent) return own ?? null; // a plan may be somewhere else than the writer's scene
  // "met Safadi at a hotel near the Dead Sea", "talks outside Ismailia": the clause says the encounter was away from a
  // place the gazetteer does not know; the scene's or the dateline's city would be a guess against the text. ("in" an
  // unknown place is often inside the dateline's city: "at the Turkish House in Manhattan" under NEW YORK.)
  if (unknownPlaceNamed(a, trigger, ownEnd)) return null;
  const scene = previousScene(a, sentenceIndex, context);
  return scene ?? (dateline && datelineFits(a, context) ? a.datelinePlace : null);
}

/**
 * Is the dateline's city the place of a meeting that names none? The reporter's city is the scene of the people of the
 * story told there: a participant of the dateline city's country, or one named in the dateline's paragraph or in a
 * sentence set in that city. "CAIRO — … The U.S. envoy met the Lebanese speaker on Thursday" tells of a meeting the
 * reporter did not see, elsewhere. Meetings of groups, or of a person of no known country, keep the dateline, as before.
 */
function datelineFits(a: Analysis, context?: SceneContext): boolean {
  const city = a.datelinePlace;
  const people = context?.participants.filter((p) => p.kind === "person") ?? [];
  if (!city || people.length < 2) return true;
  // Only people whose countries the text tells are known to be from elsewhere.
  if (people.some((p) => !p.country || p.country === city.country)) return true;
  const story = datelineStoryActors(a, city);
  return people.some((p) => story.has(p));
}

/**
 * The actors named in the dateline's paragraph or in a sentence set in the dateline's city: found once per document
 * (a scan of the document for each meeting with no place made a long document quadratic).
 */
const datelineStories = new WeakMap<Analysis, Set<DocActor>>();
function datelineStoryActors(a: Analysis, city: PlaceEntry): Set<DocActor> {
  let story = datelineStories.get(a);
  if (story) return story;
  story = new Set<DocActor>();
  const add = (from: number, to: number) => {
    for (const i of actorMentions(a, from, to)) if (a.actorOf[i]) story!.add(a.actorOf[i]!);
  };
  const name = city.name.toUpperCase();
  const lead = a.paragraphs.find((p) => p.text.toUpperCase().startsWith(name));
  if (lead) add(lead.start, lead.end);
  for (const s of a.sentences) if (locativeMentions(a, s.start, s.end).some((m) => m.place === city)) add(s.start, s.end);
  datelineStories.set(a, story);
  return story;
}

/** A place phrase of nearness: "near" or "outside" and a capitalised word (not a month or a weekday). */
const PLACE_PHRASE = /\b(?:near|outside)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*)/gu;

/** Does the clause name a place near which the encounter was, one that no mention reads (unknown to the gazetteer)? */
function unknownPlaceNamed(a: Analysis, from: number, to: number): boolean {
  const mentions = mentionsBetween(a, from, to);
  for (const m of matchesOf(PLACE_PHRASE, a.text.slice(from, to))) {
    const word = from + m.index! + m[0].length - m[1]!.length;
    if (CALENDAR_WORDS.has(m[1]!) || insideQuote(a, word) || insideRelative(a, from, to, word)) continue;
    if (!mentions.some((x) => x.start <= word && word < x.end)) return true;
  }
  return false;
}

const TM = lexicon["tense-markers"];
/** "had met", "last met", "previously held talks": an encounter in the past of the story, not in its scene. */
const RETROSPECTIVE = new RegExp(String.raw`\b(?:had|${alternation(TM.retrospective)})\s+(?:\w+\s+)?$`, "i");
/** "has met … several times", "met repeatedly": encounters on many days, none of them the scene's. */
const REPEATED = new RegExp(String.raw`\b(?:${alternation(TM.repeated)})\b`, "i");
/** How many days from publication a dated meeting may be and still be at the dateline's city. */
const DATELINE_DAYS = 3;

/**
 * Where a held meeting with no place of its own may take the scene's: a city of the sentences before, or the
 * wire dateline's. Not when the text sets it in the past of the story ("had met", "last met", "met several
 * times"); the dateline only when the meeting is of the report's days (undated, or dated within a few days).
 */
function sceneFallbacks(
  a: Analysis,
  s: Sentence,
  pos: number,
  end: number,
  date: ResolvedDate | null,
): { scene: boolean; dateline: boolean } {
  if (RETROSPECTIVE.test(a.text.slice(Math.max(s.start, pos - 30), pos)) || REPEATED.test(a.text.slice(pos, end))) {
    return { scene: false, dateline: false };
  }
  // "In 2020, Netanyahu met MBZ", "met Sisi in May 2021": a meeting dated by a month or a year is background, told
  // from another time than the scene's; the city of the sentences before is not its place.
  if (date?.date && (date.precision === "month" || date.precision === "year")) return { scene: false, dateline: false };
  const recent =
    !date ||
    (date.precision === "day" &&
      (!date.date || !a.published || Math.abs(Date.parse(date.date) - Date.parse(a.published)) <= DATELINE_DAYS * 86_400_000));
  return { scene: true, dateline: recent };
}

/** A place named in a phrase of time about another event ("a day after talks with Netanyahu in Jerusalem"). */
const OTHER_DAY_EVENT = new RegExp(OTHER_DAY_EVENT_AT_END.source.slice(0, -1), "i");

function placedInOtherEvent(a: Analysis, from: number, placeStart: number): boolean {
  const before = a.text.slice(Math.max(from, placeStart - 120), placeStart);
  const m = OTHER_DAY_EVENT.exec(before);
  return m !== null && !/[,;]/.test(before.slice(m.index));
}

const FLASHBACK = /\bhad\s+(?:(?:already|also|previously|earlier|first|just)\s+)?(?!to\b|been\s+(?:expected|scheduled|due)\b)\p{Ll}+/u;

/** What a meeting with no place of its own brings to the scene before it: its day and who met. */
export interface SceneContext {
  date: ResolvedDate | null;
  participants: readonly DocActor[];
}

/**
 * Is the scene of sentence `prev` the meeting's? Not when that sentence names people and none of them is at the meeting
 * ("Blinken traveled to Doha on Tuesday. Sullivan met the crown prince on Sunday": Blinken's city is not Sullivan's), nor
 * when both are dated to days more than a few days apart (a flashback's city is not the scene's days later).
 */
function sceneFits(a: Analysis, prev: Sentence, context: SceneContext): boolean {
  const people = actorMentions(a, prev.start, prev.end)
    .map((i) => a.actorOf[i])
    .filter((x): x is DocActor => x?.kind === "person");
  if (people.length && !people.some((p) => context.participants.includes(p))) return false;
  const day = context.date?.precision === "day" ? context.date.date : null;
  if (!day) return true;
  const days = sentenceDates(a, prev, false).filter((d) => d.precision === "day" && d.date);
  // "Two days earlier, in Riyadh, Blinken had met …. On Thursday evening, Blinken met Gallant": a flashback in the
  // pluperfect with no day of its own is at another time than a meeting told on a day of the report.
  if (!days.length) return !FLASHBACK.test(unquoted(a, prev));
  return days.some((d) => Math.abs(Date.parse(d.date!) - Date.parse(day)) <= DATELINE_DAYS * 86_400_000);
}

/** A live blog's timestamp line: "11:02 BST", "10.30am", "2:15 p.m. ET". */
const TIMESTAMP_LINE = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\p{Lu}{2,5})?$/iu;

/**
 * A live blog's entry opens with a timestamp line and often a heading line of its own ("11:02 BST" / "Gallant talks"):
 * neither tells a scene, so the look-back for a scene passes them without counting them (else the two lines use up
 * the sentences it reads and the entry's meeting loses the scene of the entry before).
 */
function entryLine(a: Analysis, s: Sentence): boolean {
  const p = a.paragraphs[s.paragraph]!;
  // (The segmenter may cut "2:15 p.m. ET" after "p.m.": the whole line is read.)
  if (TIMESTAMP_LINE.test(p.text.trim())) return true;
  if (p.sentences.length !== 1) return false;
  const before = a.paragraphs[p.index - 1];
  return !!before && TIMESTAMP_LINE.test(before.text.trim()) && p.text.length <= 80 && !/[.!?"”’:]\s*$/.test(p.text);
}

/** How many lines the look-back for a scene reads at most, the lines of entries' timestamps included. */
const SCENE_LINES = 6;

function previousScene(a: Analysis, sentenceIndex: number, context?: SceneContext): PlaceEntry | null {
  let told = 0;
  for (let k = sentenceIndex - 1; k >= Math.max(0, sentenceIndex - SCENE_LINES) && told < 2; k--) {
    const prev = a.sentences[k]!;
    if (!entryLine(a, prev)) told++;
    // Places left behind ("after stops in Amman and Riyadh") are no longer the scene.
    const city = locativeMentions(a, prev.start, prev.end)
      .filter(
        (m) =>
          !/\b(?:after|from)\s+(?:[\w-]+\s+){0,2}(?:(?:in|to|at)\s+)?(?:the\s+)?(?:[\p{L}-]+(?:,\s*|\s+and\s+))*$/iu.test(
            a.text.slice(Math.max(prev.start, m.start - 60), m.start),
          ) && !placedInOtherEvent(a, prev.start, m.start),
      )
      .map((m) => m.place!)
      .filter((p) => p.kind === "city" || p.kind === "site")
      .pop();
    // The nearest scene is the one the text has moved to: if it is not the meeting's, no earlier one is either.
    if (city) return !context || sceneFits(a, prev, context) ? city : null;
  }
  return null;
}

/**
 * "A visit by Blinken to Ramallah would be the first since November", "A meeting between Netanyahu and the crown prince
 * would be the first in public": an event noun with an indefinite article whose own verb is a conditional tells of an
 * event that may never happen. "His visit would be the first by a president" (a definite noun) is a real plan. Reads a
 * bounded window on both sides of the trigger.
 */
const INDEFINITE_BEFORE = /(?:^|[.;:!?]\s+|\b)(?:a|an|any|such\s+a)\s+(?:[\w-]+\s+)?$/i;
const CONDITIONAL_AFTER = new RegExp(
  String.raw`^[^,;.—–]{0,120}?\b(?:would|could|might)\s+(?:not\s+|also\s+)?(?:${verbs(M.hypothetical_predicates, ["base"])})\b`,
  "i",
);
export function isHypotheticalEvent(a: Analysis, s: Sentence, pos: number, end: number): boolean {
  return (
    INDEFINITE_BEFORE.test(a.text.slice(Math.max(s.start, pos - 30), pos)) &&
    CONDITIONAL_AFTER.test(a.text.slice(end, Math.min(s.end, end + 160)))
  );
}

/**
 * "Many European leaders have met with Netanyahu", "Several Arab ministers have traveled to Israel": a quantified group
 * tells what people of a kind have done, not one encounter or journey. True when the actor's mention in the sentence
 * before the trigger opens with, or follows, a quantifier ("many", "several", "a number of").
 */
const QUANTIFIED = new RegExp(String.raw`^(?:${alternation(M.generic_quantifiers)})\b`, "i");
const QUANTIFIER_BEFORE = new RegExp(String.raw`\b(?:${alternation(M.generic_quantifiers)})\s+$`, "i");
export function isGenericGroup(a: Analysis, s: Sentence, actor: DocActor, pos: number): boolean {
  if (actor.kind === "person") return false;
  for (let i = firstAtOrAfter(a.mentions, s.start); i < a.mentions.length && a.mentions[i]!.start < pos; i++) {
    const x = a.mentions[i]!;
    if (a.actorOf[i] !== actor) continue;
    if (QUANTIFIED.test(a.text.slice(x.start, x.end)) || QUANTIFIER_BEFORE.test(a.text.slice(Math.max(s.start, x.start - 20), x.start)))
      return true;
  }
  return false;
}

/** A meeting verb with no object ("Abbas and Blinken had met twice in Jordan"): its subjects met each other. */
const RECIPROCAL_FORMS: VerbForm[] = ["base", "s", "past"];
const RECIPROCAL = new RegExp(
  String.raw`\b(?:(?<call>${verbs(M.reciprocal_calls, RECIPROCAL_FORMS)})|${verbs(M.reciprocal, RECIPROCAL_FORMS)})\b(?=\s+(?:twice` +
    // ("last met face to face in 2010": the manner of meeting, no object.)
    String.raw`|again|briefly|privately|several times|on|in|at|for|last|this|earlier|later|late|early|${MANNER})\b|\s*[,.;]|\s*$)` +
    // "Netanyahu and Blinken discussed the proposal": a topic after the verb, the subjects still met.
    String.raw`|\b(?:${verbs(M.discuss, RECIPROCAL_FORMS)})\s+(?=the\s|a\s|an\s|ways\s|how\s|\p{Ll})` +
    // "Over coffee, he and Mikati went through the draft": working through something together (read with a shared meal).
    String.raw`|\b(?<shared>${verbs(M.shared_work, RECIPROCAL_FORMS)})\s+(?=the\s|a\s|an\s|their\s|it\b|\p{Ll})`,
  "giu",
);

/**
 * "Over coffee, …", "… over dinner": a meal the subjects shared. Working through a text together is an encounter only
 * with it ("Over the weekend, Blinken and Sullivan went through the polls" may be two people apart).
 */
const SHARED_MEAL = new RegExp(String.raw`\bover\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:${alternation(M.shared_meals)})\b`, "i");

/** A comma between two people of a list, with the words of a title or a possessor the mention left out ("…, Jordan's King …"). */
const LIST_COMMA = new RegExp(
  String.raw`^\s*,\s*(?:(?:the|his|her|\p{Lu}[\p{L}.'’-]*|${alternation(lexicon.titles.lead_words)})\s+){0,4}$`,
  "u",
);

/**
 * What joins two people who met each other: "and", after an "of" phrase of the first one's country ("King Abdullah II of
 * Jordan and President Sisi"), before a possessive title of the second ("Safadi and his Egyptian counterpart Abdelatty").
 */
const COORDINATED =
  /^\s+(?:of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+)?and\s+(?:(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,3})?$/u;

/**
 * "Foreign Minister Safadi and his Egyptian counterpart Badr Abdelatty held talks", "King Abdullah II of Jordan and President
 * Sisi met": the two people before a reciprocal verb when the clause rules read one of them only (the possessive names the
 * first again; the "of" phrase hides the "and").
 */
function coordinatedSubjects(a: Analysis, s: Sentence, pos: number, subjects: DocActor[]): DocActor[] {
  if (new Set(subjects).size >= 2) return subjects;
  const people = actorMentions(a, s.start, pos).filter((i) => a.mentions[i]!.kind === "person");
  const [first, second] = people.slice(-2);
  if (first === undefined || second === undefined || !subjects.includes(a.actorOf[second]!)) return subjects;
  const x = a.actorOf[first];
  const y = a.actorOf[second]!;
  if (!x || x === y || !COORDINATED.test(a.text.slice(a.mentions[first]!.end, a.mentions[second]!.start))) return subjects;
  return [x, y];
}

/**
 * "Sisi, King Abdullah and Sheikh Tamim met in Cairo": the subject of two coordinated people ("B and C") goes on
 * backwards through the people a comma joins to it, so everyone of a list of three or more is a participant.
 */
function listedSubjects(a: Analysis, s: Sentence, pos: number, subjects: DocActor[]): DocActor[] {
  if (subjects.length !== 2) return subjects;
  const before = actorMentions(a, s.start, pos);
  let k = before.findIndex((i) => a.actorOf[i] === subjects[0]);
  const next = before.findIndex((i, j) => j > k && a.actorOf[i] === subjects[1]);
  const glue = k < 0 || next < 0 ? "" : a.text.slice(a.mentions[before[k]!]!.end, a.mentions[before[next]!]!.start);
  if (!/^\s+and\s/.test(glue) && !COORDINATED.test(glue)) return subjects;
  const out = [...subjects];
  for (; k > 0; k--) {
    const prev = before[k - 1]!;
    const actor = a.actorOf[prev];
    if (a.mentions[prev]!.kind !== "person" || !actor || out.includes(actor)) break;
    if (!LIST_COMMA.test(a.text.slice(a.mentions[prev]!.end, a.mentions[before[k]!]!.start))) break;
    out.unshift(actor);
  }
  return out;
}

/** Whether every named mention of an actor follows "at" or "in" ("at the Grand Serail"): a venue, whatever its kind. */
function onlyAsVenue(a: Analysis, actor: DocActor): boolean {
  const named = a.mentions.filter((x, i) => a.actorOf[i] === actor && x.kind !== "pronoun");
  return named.length > 0 && named.every((x) => /\b(?:at|in)\s+(?:the\s+)?$/i.test(a.text.slice(Math.max(0, x.start - 8), x.start)));
}

const MANNER_AFTER = new RegExp(String.raw`^\s+(?:${MANNER})\b`, "i");

function reciprocalMeetings(a: Analysis): MeetingCandidate[] {
  const out: MeetingCandidate[] = [];
  for (const s of a.sentences) {
    const plain = unquoted(a, s);
    for (const m of matchesOf(RECIPROCAL, plain)) {
      const pos = s.start + m.index!;
      if (isUnrealised(a, s, pos, pos + m[0].length)) {
        a.trace?.veto("MeetingExtractor/veto-unrealised", pos, pos + m[0].length, "an encounter denied, refused or hypothetical");
        continue;
      }
      if (m.groups?.shared && !SHARED_MEAL.test(a.text.slice(s.start, s.end))) continue;
      // The clause goes on after the manner ("met face to face in 2010, in Washington": "to face" is no infinitive).
      const manner = MANNER_AFTER.exec(a.text.slice(pos + m[0].length, s.end))?.[0].length ?? 0;
      const [, clauseEnd] = clauseAfter(a, s, pos + m[0].length + manner);
      if (/\bwith\b/i.test(a.text.slice(pos, clauseEnd))) continue; // "met on Tuesday with X" names its counterpart
      const subjects = listedSubjects(a, s, pos, coordinatedSubjects(a, s, pos, subjectsOf(a, s, pos))).filter((x) => x.kind === "person");
      if (subjects.length < 2) continue;
      // "Over coffee at the Grand Serail, he and Mikati …": a name the text only ever puts after "at" or "in" is a venue the
      // mention rules took for a person; a pronoun read as it names no one who was there.
      if (m.groups?.shared && subjects.some((x) => onlyAsVenue(a, x))) continue;
      const planned = isPlanned(a, s, pos);
      const status = cancelledOrPostponed(plain) ?? (planned ? "planned" : "held");
      const dates = sentenceDates(a, s, planned);
      const date = dateNear(a, s, pos, clauseEnd, dates);
      const { scene, dateline } = sceneFallbacks(a, s, pos, clauseEnd, date);
      out.push({
        participants: subjects,
        kind: m.groups?.call ? "call" : "meeting",
        status,
        // A call is made from afar: no scene's place.
        place: placeOf(a, s.index, status === "held" && scene && !m.groups?.call, pos, clauseEnd, dateline, {
          date,
          participants: subjects,
        }),
        date,
        sentence: { start: s.start, end: s.end },
        trigger: pos,
        encounter: 0,
        rule: "MeetingExtractor/reciprocal",
      });
    }
  }
  return out;
}

/** A sentence that opens with a phrase of time around a participle ("After meeting …,", "Before talks with …,"). */
const FRONTED = /^(?:\p{Lu}[\p{Lu}\s,.'’-]*(?:\([^)]*\))?\s*[-–—]\s+)?(?:After|Before|Following|Upon|Since)\s+(?:[\w'’-]+\s+){0,2}$/u;

/**
 * "After meeting Qatar's emir, Sheikh Tamim …, in Doha, Blinken flew to Israel": the encounter of a fronted phrase
 * is the main clause's subject's, the first person after a comma who is followed by a verb (a lower-case word).
 */
function frontedSubject(a: Analysis, s: Sentence, pos: number, from: number): DocActor[] {
  if (!FRONTED.test(a.text.slice(s.start, pos))) return [];
  for (const i of actorMentions(a, from, s.end)) {
    const m = a.mentions[i]!;
    if (m.start < from || a.actorOf[i]?.kind !== "person") continue;
    if (/,\s*$/.test(a.text.slice(from, m.start)) && /^\s+(?:\p{Ll}+\s+)?\p{Ll}/u.test(a.text.slice(m.end, m.end + 30)))
      return [a.actorOf[i]!];
  }
  return [];
}

export function extractMeetings(a: Analysis): MeetingCandidate[] {
  const out: MeetingCandidate[] = [];
  for (const s of a.sentences) {
    // Headlines are read too ("Jordan's king meets Blinken"); the same pair in the body is the same meeting.
    const plain = unquoted(a, s);
    const seen = new Set<string>();
    // The spans of "held talks with" that made an encounter: the noun rule reads its "talks with" again, and its subject
    // rules may pick another person of the sentence ("After the Netanyahu meeting, Blinken held talks with Gallant").
    const heldSpans: Array<[number, number]> = [];
    // Where a correction's retracted account begins in the sentence, read once per sentence (not per trigger).
    const corrected = CORRECTED_VERSION.exec(plain)?.index;
    for (const t of TRIGGERS) {
      for (const m of matchesOf(t.re, plain)) {
        const pos = s.start + m.index!;
        if (insideQuote(a, pos)) continue;
        const triggerEnd = pos + m[0].length;
        // "a photo shows the king meeting Tuesday with Blinken": a participle's subject is the object before it, which the
        // subject rules do not find; the bare weekday form is read after a finite verb only ("met Tuesday with").
        if (t.rule === "verb-with" && PARTICIPLE_WEEKDAY.test(m[0])) continue;
        if (t.rule === "noun-with" && heldSpans.some(([x, y]) => x <= pos && triggerEnd <= y)) continue;
        // "did not meet", "refused to meet", "would meet Abbas if …": no encounter happened or is planned.
        if (isUnrealised(a, s, pos, triggerEnd)) {
          a.trace?.veto("MeetingExtractor/veto-unrealised", pos, triggerEnd, "an encounter denied, refused or hypothetical");
          continue;
        }
        // "Correction: An earlier version of this story said Blinken met Herzog on Tuesday": the wrong account a correction
        // retracts is no encounter (the story tells the right one).
        if (corrected !== undefined && s.start + corrected < pos) {
          a.trace?.veto("MeetingExtractor/veto-corrected", pos, triggerEnd, "the account a correction retracts");
          continue;
        }
        const [clauseStart, objEnd] = clauseAfter(a, s, triggerEnd);
        const objStart = t.rule === "verb" ? objectsStart(a, clauseStart, objEnd) : clauseStart;
        // The counterparts: actors after the trigger, up to the end of the clause or a place phrase
        // ("met with Netanyahu at Kirya, the headquarters of …" stops at Kirya).
        const locative = mentionsBetween(a, objStart, objEnd).find(
          (x) =>
            x.kind === "place" &&
            x.start >= objStart &&
            x.end <= objEnd &&
            /\b(?:in|at)\s+(?:the\s+)?$/.test(a.text.slice(Math.max(0, x.start - 8), x.start)),
        );
        // … or a prepositional phrase after the first counterpart ("received by Katz at the Foreign Ministry").
        const firstObj = actorMentions(a, objStart, objEnd)[0];
        const pp =
          firstObj === undefined
            ? -1
            : a.text
                .slice(a.mentions[firstObj]!.end, objEnd)
                .search(/\s(?:at|in|on|during|for|after|before|over)\s|\sto\s+(?:the\s+)?\p{Lu}/u);
        let stop = Math.min(locative ? locative.start : objEnd, pp >= 0 ? a.mentions[firstObj!]!.end + pp : objEnd);
        // "spoke by phone with Sisi from Air Force One", "called Netanyahu from the Oval Office": "from" right after a named
        // person tells where the call was made from, no one more to meet. (After a group, "officials from Hamas" names
        // whose the group is and is left to the affiliation rules.)
        const fromAfter = actorMentions(a, objStart, stop).find(
          (i) => a.mentions[i]!.kind === "person" && /^\s+from\s/.test(a.text.slice(a.mentions[i]!.end, a.mentions[i]!.end + 7)),
        );
        if (fromAfter !== undefined) stop = Math.min(stop, a.mentions[fromAfter]!.end);
        // "… meet Harris on Thursday and former President Donald Trump in Florida": a person joined by "and"
        // after the phrase is one more counterpart.
        // Each such person is another encounter, with its own day and place when it has them.
        const laterStarts: number[] = [];
        // (Those after "and later with", "as well as": the same day as the first, unless they name their own.)
        const inheritDate = new Set<number>();
        // ("… and later with President Herzog": grammar/clauses.ts ends a clause at "and later"; with "with" after it the
        // clause goes on, for the list of counterparts.)
        // ("Berri, a Hezbollah ally who has long mediated, and Prime Minister Mikati": the clause ends at "who" too; after a
        // description set off by a comma, the relative clause closes with a comma and the list goes on after it.)
        const goesOn =
          LATER_WITH.exec(a.text.slice(objEnd, s.end)) ??
          (APPOSITIVE_AT_END.test(a.text.slice(Math.max(objStart, objEnd - 80), objEnd))
            ? RELATIVE_THEN_AND.exec(a.text.slice(objEnd, s.end))
            : null);
        const listEnd = goesOn ? clauseAfter(a, s, objEnd + goesOn[0].length)[1] : objEnd;
        for (;;) {
          const inList = mentionsBetween(a, stop, listEnd).filter((x) => x.start >= stop && x.end <= listEnd);
          const at = inList.findIndex((x) => x.kind === "person");
          // ("and National Unity chair Benny Gantz": the party's name before the title is no person of its own.)
          const titled =
            at >= 0 && inList[at + 1]?.kind === "person" && ORGANISATION_TITLE.test(a.text.slice(inList[at]!.end, inList[at + 1]!.start));
          const next = at < 0 ? undefined : titled ? inList[at + 1] : inList[at];
          const glue = next ? a.text.slice(stop, next.start) : "";
          if (!next) break;
          // "… in Amman in the presence of Crown Prince Hussein": one who comes along, the same encounter.
          const along = /^[\s,]*(?:\b(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:,\s*\p{Lu}[\p{L}-]*)?\s+)?$/u.test(
            glue.replace(ACCOMPANIED_END, ""),
          );
          if (ACCOMPANIED_END.test(glue) && along) {
            const more = a.text.slice(next.end, objEnd).search(/\s(?:at|in|on|during|for|after|before|over)\s|\sto\s+(?:the\s+)?\p{Lu}/u);
            stop = more >= 0 ? next.end + more : objEnd;
            continue;
          }
          // "… and later with President Herzog", "…, as well as opposition leader Yair Lapid", "…, and with Lapid in Tel
          // Aviv": the connector keeps the verb of the first counterpart (a comma is allowed before these, since "with"
          // or "as well as" cannot open a new clause of its own). "…, and Shtayyeh in Ramallah on Friday": a bare
          // "and" after a comma keeps it too when the person has only a place and a day after it (no verb of their own).
          const unclosed = glue.replace(RELATIVE_THEN_AND, " and ");
          const plainAnd = PLAIN_AND.test(unclosed) && !/[,;]/.test(unclosed);
          const keptVerb = KEPT_VERB.test(glue) && !/;/.test(glue);
          const elliptical = ELLIPTICAL_AND.test(glue) && ELLIPSIS_TAIL.test(a.text.slice(next.end, Math.min(s.end, next.end + 120)));
          if (!plainAnd && !keptVerb && !elliptical) break;
          // (A plain "and" after such a counterpart goes on sharing its day: "as well as A and B".)
          if (keptVerb || (plainAnd && inheritDate.has(laterStarts[laterStarts.length - 1] ?? -1))) inheritDate.add(next.start);
          laterStarts.push(next.start);
          const more = a.text.slice(next.end, listEnd).search(/\s(?:at|in|on|during|for|after|before|over)\s|\sto\s+(?:the\s+)?\p{Lu}/u);
          stop = more >= 0 ? next.end + more : listEnd;
        }
        // "victims of the Hamas attack": what follows "of" qualifies a counterpart, it is none itself.
        // An organisation right before a person is that person's affiliation ("Hezbollah leader Hassan
        // Nasrallah"), and a relative clause (", who is allied with Hezbollah,") names no counterpart.
        const objects = actorMentions(a, objStart, stop).filter(
          (i) =>
            !/^(?:\w+\s+)?other\b/i.test(a.mentions[i]!.text) &&
            // "received Blinken and his accompanying delegation": a possessive names whose the noun is, no counterpart.
            !(a.mentions[i]!.kind === "pronoun" && /^(?:his|her|its|their)$/i.test(a.mentions[i]!.text)) &&
            !ENTOURAGE.test(a.mentions[i]!.text) &&
            !titledAffiliation(a, i) &&
            // "National Unity chair Benny Gantz": a party right before a lower-case title and a person is theirs (whatever
            // kind of mention its name made).
            !(
              ["organization", "person", "group"].includes(a.mentions[i]!.kind) &&
              a.mentions[i + 1]?.kind === "person" &&
              ORGANISATION_TITLE.test(a.text.slice(a.mentions[i]!.end, a.mentions[i + 1]!.start))
            ) &&
            !countedThenNamed(a, i) &&
            // ("King Abdullah II of Jordan and President Sisi": "and" closes the "of" phrase.)
            (!/\bof\s+(?:the\s+)?(?:(?!\band\s)[\w\s-]){0,30}$/i.test(
              a.text.slice(Math.max(objStart, a.mentions[i]!.start - 30), a.mentions[i]!.start),
            ) ||
              a.mentions[i]!.rule === "mention/officials-of-countries" || // "ministers of Jordan, Egypt": each is one
              ACCOMPANIED_END.test(a.text.slice(Math.max(objStart, a.mentions[i]!.start - 30), a.mentions[i]!.start))) &&
            !isAffiliation(a, i) &&
            // "welcomed him with an official ceremony": an article and an adjective before a common noun name no one.
            !(
              a.mentions[i]!.kind === "unnamed" &&
              ADJECTIVE_PHRASE.test(a.mentions[i]!.text) &&
              EVENT_NOUN_NEXT.test(a.text.slice(a.mentions[i]!.end, a.mentions[i]!.end + 30))
            ) &&
            !insideRelative(a, objStart, stop, a.mentions[i]!.start) &&
            // "since the Hamas attack", "after the Houthi assault": a group named as the doer of an event qualifies it;
            // "Berri, a Hezbollah ally": a body in a description set off after a counterpart says whose ally it is.
            !(
              (a.mentions[i]!.kind === "organization" || a.mentions[i]!.kind === "group") &&
              (ACTOR_EVENT_AFTER.test(a.text.slice(a.mentions[i]!.end, a.mentions[i]!.end + 30)) ||
                (/,\s+(?:an?|the)\s+$/i.test(a.text.slice(Math.max(objStart, a.mentions[i]!.start - 8), a.mentions[i]!.start)) &&
                  /^\s+\p{Ll}/u.test(a.text.slice(a.mentions[i]!.end, a.mentions[i]!.end + 3))))
            ) &&
            !SOURCE_VERB_AFTER.test(a.text.slice(a.mentions[i]!.end, a.mentions[i]!.end + 10)), // the report's source
        );
        // The list of counterparts ends where a verb after a comma starts another clause ("during talks with Al
        // Thani, urged Hamas to …"); a description set off after a counterpart describes it ("the Tikva Forum, a
        // group of relatives") and is none itself.
        for (let k = 1; k < objects.length; k++) {
          const glue = a.text.slice(a.mentions[objects[k - 1]!]!.end, a.mentions[objects[k]!]!.start);
          const o = a.mentions[objects[k]!]!;
          // Only a comma and "a"/"an" before it, the article in the glue or in the description's own text.
          const described = /^,\s*(?:an?\s+)?$/i.test(glue) && /^,\s*an?\s/i.test(glue + o.text) && ["group", "unnamed"].includes(o.kind);
          if (VERB_AFTER_COMMA.test(glue) || described) {
            objects.length = k;
            break;
          }
        }
        // The first counterpart follows the trigger closely ("welcomed the deal and thanked X" is no greeting).
        if (
          firstObj === undefined ||
          !(
            OBJECT_LEAD.test(a.text.slice(objStart, a.mentions[firstObj]!.start)) ||
            TITLE_THEN_COMMA.test(a.text.slice(objStart, a.mentions[firstObj]!.start))
          )
        )
          continue;
        // "a call between Biden and Netanyahu": both are named after the trigger.
        const between = /between\s*$/i.test(m[0]);
        // "After meeting X, Blinken flew …": the subject is the main clause's, after the fronted phrase.
        const fronted = between ? [] : frontedSubject(a, s, pos, stop);
        const first = between ? objects.shift() : undefined;
        const subjects = between
          ? first !== undefined && a.actorOf[first]
            ? [a.actorOf[first]!]
            : []
          : fronted.length
            ? fronted
            : subjectsOf(a, s, pos);
        if (!subjects.length || objects.length === 0) continue;
        // "Many European leaders have met with Netanyahu": what a kind of people have done; "A meeting between A and B
        // would be the first": an encounter that may never be.
        if (isGenericGroup(a, s, subjects[0]!, pos) || isHypotheticalEvent(a, s, pos, triggerEnd)) {
          a.trace?.veto("MeetingExtractor/veto-generic", pos, triggerEnd, "a generic group's encounters or a hypothetical one");
          continue;
        }
        const headline = a.paragraphs[s.paragraph]!.heading;
        // In a headline, "to meet" announces ("Blinken to meet Netanyahu"), as "will meet" does in the body.
        const planned = isPlanned(a, s, pos) || (headline && /\bto\s+$/.test(a.text.slice(s.start, pos)));
        const status = cancelledOrPostponed(plain) ?? (planned ? "planned" : "held");
        const dates = sentenceDates(a, s, planned);
        // A call is made from afar: it has the place its own clause names, never the scene's.
        const sceneDate = dateNear(a, s, pos, objEnd, dates);
        const { scene, dateline } = sceneFallbacks(a, s, pos, objEnd, sceneDate);
        const context: SceneContext = {
          date: sceneDate,
          participants: [...subjects, ...objects.map((o) => a.actorOf[o]).filter((x): x is DocActor => !!x)],
        };
        const place =
          placeOf(a, s.index, status === "held" && t.kind !== "call" && scene, pos, objEnd, dateline, context) ??
          (t.kind === "call" ? null : seatVenueCity(a.text.slice(pos, objEnd)));
        // Each counterpart of a list is an encounter of its own ("met A and B", as reports count them);
        // people who come along ("A along with B", "in the presence of B") are the same encounter.
        // A list after "along with" goes on being the company ("along with two officials, A and B").
        const encounterOf: number[] = [];
        let company = false;
        // "a visit to Jordan to meet with A, B and C": the purpose of one visit is one gathering of them all.
        const oneEvent =
          (t.rule !== "verb" && ONE_EVENT.test(a.text.slice(Math.max(s.start, pos - 40), triggerEnd))) ||
          (/\bto\s+$/i.test(a.text.slice(Math.max(s.start, pos - 4), pos)) && VISIT_TO.test(a.text.slice(s.start, pos)));
        // Officials of several countries ("the foreign ministers of Jordan and Egypt") are met together where one
        // place is named for them or the subject hosts them; else each country's are an encounter of their own
        // ("met the leaders of Qatar and Egypt on Tuesday": two capitals).
        const countriesTogether = /^(?:host|receiv|welcom|gather|conven)/i.test(m[0]);
        const sameList = (x: number, y: number) =>
          (countriesTogether || PLACE_AFTER_LIST.test(a.text.slice(a.mentions[y]!.end, a.mentions[y]!.end + 100))) &&
          PER_COUNTRY_RULES.has(a.mentions[x]!.rule) &&
          a.mentions[y]!.rule === a.mentions[x]!.rule &&
          a.mentions[x]!.country !== a.mentions[y]!.country &&
          /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/.test(a.text.slice(a.mentions[x]!.end, a.mentions[y]!.start));
        objects.forEach((o, k) => {
          if (oneEvent) {
            encounterOf.push(0);
            return;
          }
          if (k > 0 && sameList(objects[k - 1]!, o)) {
            encounterOf.push(encounterOf[k - 1]!);
            return;
          }
          const glue = k ? a.text.slice(a.mentions[objects[k - 1]!]!.end, a.mentions[o]!.start) : "";
          company = k > 0 && (ACCOMPANIED.test(glue) || (company && !/[;]|\b(?:then|later|before|after|separately)\b/i.test(glue)));
          encounterOf.push(k === 0 ? 0 : company ? encounterOf[k - 1]! : encounterOf[k - 1]! + 1);
        });
        if (t.rule === "held-talks") heldSpans.push([pos, triggerEnd]);
        for (const subj of subjects)
          for (const o of objects) {
            const other = a.actorOf[o];
            if (!other || subjects.includes(other)) continue;
            // A headline names groups loosely ("EU ministers meet Arab counterparts"), and visiting a group
            // ("visited US troops") is a visit, not a meeting: only people count there.
            if ((headline || /^visit/i.test(m[0])) && (subj.kind !== "person" || other.kind !== "person")) continue;
            const key = `${subj.key}|${other.key}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const encounter = encounterOf[objects.indexOf(o)]!;
            const later = laterStarts.filter((x) => x <= a.mentions[o]!.start).length;
            const segment: [number, number] | null = later ? [laterStarts[later - 1]!, laterStarts[later] ?? listEnd] : null;
            const ownDate = segment
              ? (dates.find((d) => d.start >= segment[0] && d.start < segment[1]) ??
                (inheritDate.has(segment[0]) ? dateNear(a, s, pos, laterStarts[0]!, dates) : null))
              : null;
            const ownPlace = segment ? (locativePlaces(a, segment[0], segment[1])[0] ?? null) : null;
            out.push({
              participants: [subj, other],
              // ("met X on the sidelines of the summit": a meeting of two during the summit, not the summit.)
              kind: kindOf(/\bsummit\b/i.test(plain) && !SIDELINES_RE.test(plain) ? "summit" : m[0], a.mentions[o]!.text, t.kind),
              status,
              place: segment
                ? (ownPlace ?? place)
                : laterStarts.length
                  ? placeOf(a, s.index, status === "held" && t.kind !== "call" && scene, pos, laterStarts[0]!, dateline, context)
                  : place,
              date: segment ? ownDate : dateNear(a, s, pos, objEnd, dates),
              sentence: { start: s.start, end: s.end },
              trigger: pos,
              encounter,
              rule: `MeetingExtractor/${t.rule}`,
              // ("leaders of Arab and Muslim countries" is no institution: a kind of country, still vague.)
              specificGroup:
                other.kind === "group" &&
                /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(a.text.slice(a.mentions[o]!.end, a.mentions[o]!.end + 12)) &&
                !/^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:,\s+|\s+and\s+|\s+))+(?:countries|nations)\b/u.test(
                  a.text.slice(a.mentions[o]!.end, a.mentions[o]!.end + 80),
                ),
            });
          }
      }
    }
  }
  out.push(...reciprocalMeetings(a));
  // A vague group met alongside named people ("met with Israeli and Palestinian leaders this week") is a
  // summary of those meetings, not a meeting of its own; a cabinet session is kept. Summaries still say
  // where the traveller was, so they are returned marked.
  const isSummary = (m: MeetingCandidate) => {
    const other = m.participants[1]!;
    if (
      other.kind !== "group" ||
      // (A summit too: "hosted leaders of Arab countries for a summit" sums up the talks named on its sidelines.)
      (m.kind !== "meeting" && m.kind !== "summit") ||
      !/\b(?:leaders|officials|counterparts|ministers|dignitaries|representatives)\b/i.test(other.name)
    )
      return false;
    // … when the subject also meets a named person of that group's country ("Israeli leaders" and Netanyahu).
    // A group named with its institution ("foreign ministers of the Gulf Cooperation Council") is specific.
    if (m.specificGroup) return false;
    // … and could be one of those meetings: a group met in another country ("talks with officials in Beirut" beside
    // meetings in Jerusalem) is an encounter of its own.
    // (Looked up in the few distinct countries of each subject's named meetings, not in every meeting: a scan of
    // them all for each group made a long document's cost grow with the square of its meetings.)
    const place = m.place ? (m.place.country ?? "\u0000") : null;
    return [...(namedBySubject.get(m.participants[0]!) ?? [])].some((key) => {
      const [who, where] = key.split("|");
      return (!other.country || !who || who === other.country) && (!m.place || !where || where === place);
    });
  };
  // Per subject, the distinct "counterpart's country|place's country" of its meetings with named people.
  const namedBySubject = new Map<DocActor, Set<string>>();
  for (const n of out) {
    if (n.participants[1]!.kind !== "person") continue;
    const set = namedBySubject.get(n.participants[0]!) ?? namedBySubject.set(n.participants[0]!, new Set()).get(n.participants[0]!)!;
    set.add(`${n.participants[1]!.country ?? ""}|${n.place ? (n.place.country ?? "\u0000") : ""}`);
  }
  return out.map((m) => (isSummary(m) ? { ...m, summary: true } : m));
}
