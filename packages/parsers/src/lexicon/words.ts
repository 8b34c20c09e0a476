/** Word lists and tests derived from the lexicon files, for the rules that look words up one by one. */
import { alternation, inflectAll, lexicon, verbs } from "./index.js";

const T = lexicon.titles;

/** Every form of every speech verb ("say", "says", "said", "saying", …). */
export const SPEECH_VERBS = inflectAll(lexicon["speech-verbs"].verbs);
const SPEECH_SET = new Set(SPEECH_VERBS);
export const isSpeechVerb = (w: string) => SPEECH_SET.has(w.toLowerCase());

/** Multi-word cues that attribute a quote without a plain verb. */
export const PHRASE_CUES: readonly string[] = lexicon["speech-verbs"].phrases;

/** Titles that precede names. */
export const TITLES: readonly string[] = T.titles;

/** Role nouns that, with "the", refer back to a person already named ("the secretary", "the prime minister"). */
export const ROLE_NOUNS: Readonly<Record<string, string>> = T.role_nouns;

interface RoleClass {
  contains?: string[];
  starts?: string[];
  equals?: string[];
}
const ROLE_CLASSES = Object.entries(T.role_classes as Record<string, RoleClass>);
const NATIONALITY = new RegExp(`^(?:${alternation(T.nationality_prefixes)})\\s+`);

/** The role class of a title, for matching "the secretary" to "Secretary of State Antony Blinken". */
export function roleClass(title: string | null): string | null {
  if (!title) return null;
  const t = title.toLowerCase().replace(NATIONALITY, "");
  for (const [role, c] of ROLE_CLASSES) {
    if (c.equals?.includes(t) || c.starts?.some((p) => t.startsWith(p)) || c.contains?.some((p) => t.includes(p))) return role;
  }
  return ROLE_NOUNS[t] ?? null;
}

/** Nicknames that name the same person as the full first name. */
export const NICKNAMES: Readonly<Record<string, string>> = lexicon.nicknames.nicknames;

const N = lexicon["not-names"];
/** Capitalised words that start sentences or headings but never names. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([...N.words, ...N.weekdays, ...N.months, ...N.months_in_names]);
/** Full names of weekdays and months ("Netanyahu Wednesday": no part of the name). */
/** Time zones written after a clock time ("10 a.m. GMT"). */
export const TIME_ZONES: readonly string[] = N.time_zones;
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...N.weekdays, ...N.months].filter((w) => !N.months_also_names.includes(w)));
/** Months' short forms, which inside a name are name words ("Zhai Jun", "Theresa May"). */
export const MONTHS_IN_NAMES: ReadonlySet<string> = new Set(N.months_in_names);

/** Head nouns of organisations: a capitalised sequence containing one is an organisation, not a person. */
export const ORG_HEADS = new RegExp(`\\b(?:${alternation(lexicon["organisation-heads"].heads)})\\b`);

/** Number words to values, for counts written out ("two children", "a dozen"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = lexicon.numbers.number_words;
export const ORDINALS: Readonly<Record<string, number>> = lexicon.numbers.ordinals;

const P = lexicon["tense-markers"];
/** Modal phrases that make a verb a plan, not a fact. */
export const FUTURE_MARKERS = new RegExp(
  String.raw`(?:\b(?:${alternation(P.be_forms)})|['’]s|['’]re)\s+(?:also\s+|then\s+|now\s+|later\s+)?(?:${alternation(P.expectation)})\b` +
    String.raw`|\b(?:${alternation(P.modals)})\b|\b(?:${verbs(P.intention_verbs, ["base", "s", "past"])})\s+to\b|\bis to\b|\bare to\b`,
  "i",
);

const FILLERS = String.raw`(?:(?:${alternation(P.verb_group_fillers)})\s+)*`;
/** "is heading to", "are flying to", "is on his way to": a traveller on the way (grammar/tense.ts reads it from the layer). */
const TRAVEL = lexicon["travel-verbs"];
export const ON_THE_WAY_CUES = new RegExp(
  String.raw`\b(?:is|are)\s+(?:\w+ly\s+)?` +
    String.raw`(?:${verbs([...TRAVEL.motion, ...TRAVEL.heading], ["ing"])}|${alternation(TRAVEL.heading_phrases)})\b`,
  "i",
);
/** "may travel": a modal that is one only in lower case ("May" is a month), so the pattern is case-sensitive. */
export const LOWERCASE_MODAL_CUES = new RegExp(String.raw`\b(?:${alternation(P.lowercase_modals)})\s`);
/** "expect Blinken to visit", "invited Netanyahu to visit": a verb of expecting, an object, an infinitive. */
export const EXPECTING_CUES = new RegExp(String.raw`\b(?:${verbs(P.expecting_verbs)})\s+(?:[\w'’-]+\s+){0,6}?to\s`, "i");
/** The words of a sentence that can deny an event or leave it unrealised: the keyword pass that picks what to tag. */
export const DENIAL_CUES = new RegExp(
  String.raw`\b(?:${alternation([...P.negations, ...P.willingness, ...P.inability])})\b|n['’]t\b|\b(?:${verbs(P.unrealised_verbs)})\b`,
  "i",
);
/**
 * "…, a report his office denied", "…, a claim the ministry rejected": the sentence's events are told only to be denied.
 * A bare "which" is not enough ("presented a proposal, which Israel rejected": the meeting took place).
 */
export const REPORT_DENIED = new RegExp(
  String.raw`,\s+(?:a|an|the)\s+(?:${alternation(P.report_nouns)})s?\s+(?:that\s+|which\s+)?` +
    String.raw`(?:[\w'’-]+\s+){0,5}?(?:has\s+|have\s+|had\s+)?(?:${verbs(P.denial_verbs, ["past", "participle"])})\b`,
  "i",
);
/** "Will Netanyahu visit Washington?", "Did Blinken meet …?": the opener of a yes-or-no question, which asserts no event. */
export const YES_NO_QUESTION = new RegExp(String.raw`^\W*(?:${alternation(P.question_openers)})\b`, "i");
/** "If Netanyahu travels to Washington, …": an event inside a condition not yet closed by a comma is only supposed. */
export const IN_CONDITION = new RegExp(String.raw`(?:^|[,;:—–]\s*)\W*(?:${alternation(P.conditions)})\b[^,;:—–]*$`, "i");
/** A modal of a hypothesis ("would meet", "could visit") and a condition after it ("if", "unless"). */
export const HYPOTHETICAL_MODAL = new RegExp(String.raw`\b(?:${alternation(P.hypothetical_modals)})\s+${FILLERS}$`, "i");
export const CONDITION = new RegExp(String.raw`\b(?:${alternation(P.conditions)})\b`, "i");
/** "postponed", "called off", "scrapped": the status of an event put off or cancelled. */
export const POSTPONED = new RegExp(String.raw`\b(?:${verbs(P.postponing_verbs, ["past", "participle"])})\b`, "i");
export const CANCELLED = new RegExp(String.raw`\b(?:${verbs(P.cancelling_verbs, ["past", "participle"])})\b`, "i");
/** "called off his planned trip to", "postponed a visit to": a journey that will not happen as planned. */
export const CALLED_OFF_BEFORE = new RegExp(
  String.raw`\b(?:${verbs([...P.postponing_verbs, ...P.cancelling_verbs])})\s+(?:(?:his|her|their|its|the|a|an` +
    String.raw`|${alternation(P.plan_adjectives)})\s+)*$`,
  "i",
);

/** Suffixes after a personal name ("Jr.", "III"): no surname. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(lexicon.names.suffixes);

/**
 * The keyword pass that picks the sentences whose verb groups grammar/tense.ts reads: a word of a plan, of
 * expecting, a modal, a denial, or a traveller on the way. A sentence with none of them tells its events as done.
 */
export const TENSE_CUES: readonly RegExp[] = [FUTURE_MARKERS, LOWERCASE_MODAL_CUES, EXPECTING_CUES, DENIAL_CUES, ON_THE_WAY_CUES];
