/**
 * CasualtyExtractor: reported numbers of people killed, wounded, taken hostage, missing or displaced.
 * A figure needs three things close together: a number phrase ("more than 220", "300+", "nearly 1,200",
 * "two"), who was counted ("Palestinians", "people", "women and children") unless the phrase is a death toll,
 * and a casualty word ("killed", "wounded", "hostages", "death toll"). Numbers of rockets, dollars, days or
 * percentages never qualify. "including N …" right after a figure is a subset of it (part_of).
 */
import type { CasualtyKind, Qualifier } from "@shuttle/core";
import type { Analysis } from "../analysis.js";
import { blankQuotes, mentionsBetween, mentionsIn, quotesIn, unquoted } from "../analysis.js";
import { sentenceDates } from "../dates/sentenceDates.js";
import { segmentAt } from "../text/sorted.js";
import type { ResolvedDate } from "../dates/DateResolver.js";
import type { DocActor } from "../entities/resolve.js";
import type { PlaceEntry } from "../entities/gazetteer.js";
import { COUNTRY_BY_DEMONYM, PLACE_BY_NAME } from "../entities/gazetteer.js";
import { NUMBER_WORDS, PHRASE_CUES, SPEECH_VERBS } from "../lexicon/words.js";
import { alternation, inflectAll, lexicon, verbs, type VerbForm } from "../lexicon/index.js";
import { asciiWords, fastWordStart, firstWords, holdsAny, matchesOf } from "../text/regex.js";

export type { CasualtyKind };

export interface CasualtyCandidate {
  kind: CasualtyKind;
  count: number;
  countText: string;
  qualifier: Qualifier;
  min: number | null;
  max: number | null;
  population: string | null;
  place: PlaceEntry | null;
  asOf: ResolvedDate | null;
  periodText: string | null;
  attributedTo: DocActor | null;
  attributedText: string | null;
  /** Index (in the returned list) of the figure this one is a subset of. */
  partOf: number | null;
  start: number;
  end: number;
  rule: string;
}

const C = lexicon["casualty-words"];
/** An event noun right after a date ("the October 7 attack", "Tuesday's strike"): the date names the event. */
const NAMES_EVENT = new RegExp(String.raw`^(?:['’]s)?\s+(?:${alternation(C.event_nouns)})s?\b`, "i");
const KINDS = Object.entries(C.kinds) as Array<[CasualtyKind, { verbs: string[]; outcomes: string[]; events: string[] }]>;
const QUALIFIERS = Object.entries(lexicon.qualifiers.qualifiers) as Array<[Qualifier, string[]]>;
const QUALIFIER_OF = new Map(QUALIFIERS.flatMap(([q, words]) => words.map((w) => [w, q] as const)));
const QUAL_ALT = alternation(QUALIFIERS.flatMap(([, words]) => words));
const WORD_NUM = Object.keys(NUMBER_WORDS)
  .filter((w) => w !== "no" && w !== "zero")
  .join("|");
const NUM_ONE =
  // "300+" and "35,000-plus": more than the number.
  // "1.9m", "2bn": the short forms of million and billion that agency copy writes after the digits.
  String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:thousand|million)|(?:m|bn)(?![\p{L}\p{N}]))?(?:\+|-plus(?![\p{L}]))?` +
  // "a dozen", "a hundred": the article is the number one, so "about a dozen" keeps its qualifier.
  String.raw`|an?\s+(?:dozen|hundred|thousand)(?![\p{L}])` +
  String.raw`|(?:${WORD_NUM})(?:[\s-](?:${WORD_NUM}))?(?:\s+(?:thousand|hundred|million))?` +
  // "two hundred and forty", "one hundred and twelve": the tens and units after a hundred, as written out in full.
  String.raw`(?:(?<=hundred)\s+and\s+(?:${WORD_NUM})(?:-(?:${WORD_NUM}))?(?![\p{L}]))?`;
/** A number, or a range of two ("between 20 and 30", "20-30", "20 to 30"). */
const NUM = String.raw`(?:between\s+)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?:-|–|to|and)\s*(?:\d{1,3}(?:,\d{3})+|\d+))(?!\.\d)|${NUM_ONE}`;
const DEMONYMS = [...COUNTRY_BY_DEMONYM.keys()].join("|");
const POP_NOUN = String.raw`(?:${alternation(C.population_nouns)}|(?:${DEMONYMS}))(?![\p{L}])`;
/**
 * "Seven World Central Kitchen workers", "19 Hamas and Islamic Jihad militants", "two more UNRWA employees": the name of
 * the organisation the people belong to, capitalised, before them (two names joined by "and" when both are counted).
 */
// The patterns run case-blind, so a word of the name is also kept from being a function word or a number ("eight children
// and five women" is two groups, not a name before "women").
const NAME_WORD = String.raw`(?!(?:${alternation(C.not_name_words)}|${WORD_NUM}|${QUAL_ALT})(?![\p{L}-]))\p{Lu}[\p{L}-]*`;
const NAME_MOD = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,2}(?:\s+and\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,2})?`;
// "88 journalists and media workers": two groups counted together are one population.
const POP =
  String.raw`(?:(?:(?:${DEMONYMS}|${alternation(C.population_modifiers)}|${NAME_MOD})\s+){0,2}${POP_NOUN}` +
  String.raw`(?:\s+and\s+${POP_NOUN})?)`;
/**
 * The patterns run case-blind, where \p{Lu} matches any letter: a name before the people must be capitalised in the
 * text ("64 were children" is no population), so a population is the lexicon's words or matches POP case-sensitively.
 */
const POP_WORDS = new RegExp(
  String.raw`^(?:(?:(?:${DEMONYMS}|${alternation(C.population_modifiers)})\s+){0,2}${POP_NOUN}(?:\s+and\s+${POP_NOUN})?)$`,
  "iu",
);
const POP_NAMED = new RegExp(String.raw`^${POP}$`, "u");
const POP_ANY = new RegExp(String.raw`^${POP}$`, "iu");
/** A population read by POP ("of them" and "a family" are read by other words, and are fine). */
const popOk = (pop: string | undefined) => !pop || !POP_ANY.test(pop.trim()) || POP_WORDS.test(pop.trim()) || POP_NAMED.test(pop.trim());
const PARTICIPLES: VerbForm[] = ["past", "participle"];
/** What follows a counted group: "killed", "dead", "taken hostage", "fled their homes". */
const OUTCOME_WORDS = KINDS.flatMap(([, k]) => [...inflectAll(k.verbs, PARTICIPLES), ...k.outcomes]);
const OUTCOME = alternation(OUTCOME_WORDS);
/** The kind each casualty word gives ("injuries" → wounded). */
const KIND_OF_WORD = new Map<string, CasualtyKind>();
for (const [kind, k] of KINDS) {
  for (const w of [...inflectAll(k.verbs), ...k.outcomes, ...k.events]) if (!KIND_OF_WORD.has(w)) KIND_OF_WORD.set(w, kind);
}
/** The label of a figure set out as a table ("Killed: 1,139"), and the kind it gives. */
const TABLE_LABELS = new Map(
  (Object.entries(C.table_labels) as Array<[CasualtyKind, string[]]>).flatMap(([kind, ws]) => ws.map((w) => [w, kind] as const)),
);
/** The words after a table's label that say where, when or how far ("Killed in Gaza", "Hostages still held"), in lexicon. */
const LABEL_TAILS = alternation(C.table_label_tails);
const TABLE_LABEL_TAIL = String.raw`(?:\s+(?:${LABEL_TAILS})\s[^:;,.]{0,40}?|\s+(?:${LABEL_TAILS}))?`;
/** "in the past 24 days", "since October 7": the period a figure counts. */
const PERIOD = new RegExp(
  String.raw`\b(?:in|over|during|within)\s+(?:the\s+(?:past|last)\s+)?(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?` +
    String.raw`|years?)\b|\bsince\s+[\p{Lu}\d][^,.;]{0,30}`,
  "iu",
);
/** "over the past year", "in the last week": the words before a period that runs up to the report. */
const PERIOD_TO_NOW = /\b(?:in|over|during|within|throughout)\s+the\s+$/i;
const PERIOD_SPAN = /^(?:past|last)\s+(?:year|month|week)$/i;
/** "…, said the health ministry", "the ministry said": the source of a figure. */
const ATTRIBUTION = verbs(C.attribution_verbs);
const ATTRIBUTED_BEFORE = new RegExp(String.raw`\b(?:${ATTRIBUTION})\s+(?:the\s+)?$`, "i");
/**
 * "the ministry lowered its estimate", "the UN revised the number of …": the keeper of a tally revising it gives the
 * figure, as one who says it does; "the ministry released its latest figures": a source putting its figures out.
 */
const TALLY_WORDS = alternation([...C.tally_nouns, ...C.tally_heads, "number"]);
const TALLY_PHRASE = String.raw`\s+(?:the|its|their)\s+(?:(?:${alternation(C.tally_modifiers)})\s+)?(?:${TALLY_WORDS})\b`;
const REVISED_TALLY = String.raw`(?:${verbs(C.revision_verbs)})${TALLY_PHRASE}`;
const PUBLISHED_TALLY = String.raw`(?:${verbs(C.publishing_verbs)})${TALLY_PHRASE}`;
const SAYS = String.raw`(?:(?:${ATTRIBUTION})\b|${REVISED_TALLY}|${PUBLISHED_TALLY})`;
/** A sentence where a source revises or puts out its tally, though no verb of saying is in it. */
const TALLY_GIVEN = new RegExp(`${REVISED_TALLY}|${PUBLISHED_TALLY}`, "iu");
/**
 * "Some 17,000 children are unaccompanied": a count of people in digits, which a source's sentence gives with no casualty
 * word (words like "three officials" are left out: they name who acts, not what a source counted).
 */
const PEOPLE_COUNTED = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])\d[\d,.]*(?:\s+(?:thousand|million)|m|bn)?\s+` +
    String.raw`(?:(?:${DEMONYMS}|${alternation(C.population_modifiers)})\s+){0,2}${POP_NOUN}`,
  "iu",
);
const ATTRIBUTED_AFTER = new RegExp(
  String.raw`^(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?\s+(?:has\s+|have\s+)?${SAYS}`,
  "iu",
);
/** ", said.", ", said on Tuesday": the verb after a source set off by commas ("the agency's director, Thomas White, said"). */
const ATTRIBUTED_APPOSED = new RegExp(String.raw`^,\s+(?:has\s+|have\s+)?(?:${ATTRIBUTION})(?![\p{L}])`, "iu");
const PASSED = new Set(inflectAll(C.toll_passed_verbs));
const HEDGES = alternation(C.hedges);
/** "were seriously wounded", "11 were critically injured": how badly, between the auxiliary and the verb. */
const DEGREE = alternation(C.degree_adverbs);
const STAYING = `${verbs(C.staying_verbs)}|${alternation(C.staying_adverbs)}`;
/**
 * "the toll nears 35,000", "approached 30,000": a toll close to the number, below it ("nearly"). Not the base form: "the
 * death toll from a strike near one school" has the preposition.
 */
const NEARING = new Set(inflectAll(C.toll_nearing_verbs, ["s", "past", "ing"]));
const TOLL_VERB = `${verbs(C.toll_verbs, ["s", "past", "participle"])}|${alternation(PASSED)}|${alternation(NEARING)}`;
const REMAINS = alternation(C.remains_nouns);
/** The words that may follow a bare "N displaced" (its phrase goes on with where from, not with a noun it qualifies). */
const DISPLACED_FOLLOWERS = alternation([...C.bare_number_followers, ...C.displaced_followers]);
/** "southern Lebanon", "the north": a direction before a place. */
const DIRECTIONS = "(?:northern|southern|eastern|western|central|north|south|east|west)";
/**
 * The words before a place where a figure's event happened: a preposition ("in Rafah", "near Metula"), or a verb whose
 * object is the place ("Israel strikes Rafah as 35 killed", "have fled southern Lebanon").
 */
const PLACE_BEFORE = new RegExp(
  // ("in the town of Qabatiya", "near the village of Beit Ummar": the kind of place named before it.)
  // ("Israel's bombardment of Gaza has killed …": a noun of an assault whose object is the place, place_object_nouns.)
  String.raw`\b(?:in|into|from|across|on|near|${verbs(C.place_object_verbs, ["base", "s", "past"])}` +
    String.raw`|(?:${alternation(C.place_object_nouns)})\s+of)\s+(?:the\s+)?(?:${DIRECTIONS}\s+)?` +
    String.raw`(?:(?:${alternation(C.place_kind_nouns)})\s+of\s+)?$`,
  "i",
);
/**
 * "in the territory", "the enclave's health ministry", "in the Hamas-run Strip": a place told by anaphora (place_anaphors),
 * after a preposition of place or as the owner of a source, one word of description allowed before the noun. It is the
 * territory the text named last before it, when it named one.
 */
const PLACE_ANAPHOR = new RegExp(
  String.raw`(?<prep>\b(?:in|inside|across|from)\s+)?\bthe\s+(?:[\p{L}-]+\s+)?(?:${alternation(C.place_anaphors)})(?![\p{L}])` +
    String.raw`(?<own>['’]s\s)?`,
  "giu",
);
/**
 * "killed in the October 7 attack", "Hamas's onslaught killed …": an attack known by its name or its attackers
 * (named_attacks) happened in the place the lexicon gives it.
 */
const NAMED_ATTACKS = Object.entries(C.named_attacks as Record<string, string[]>).map(([place, names]) => ({
  place: PLACE_BY_NAME.get(place) ?? null,
  re: new RegExp(
    // (Not "since the October 7 attack": a period from the attack, whose figures may be anywhere.)
    String.raw`(?<!\b(?:since|after|following|before|until)\s+(?:the\s+)?)(?<![\p{L}\p{N}])(?:${alternation(names)})(?:['’]s?)?\s+` +
      String.raw`(?:${alternation(C.event_nouns)})s?(?![\p{L}])`,
    "iu",
  ),
}));
const ASIDE_OPENERS = alternation(C.aside_openers);
/** "a family of six", "an entire family of five". */
const FAMILY =
  String.raw`(?:an?|the|one)\s+(?:[\p{L}-]+\s+)?(?<pop>${alternation(C.collective_nouns)})\s+of\s+` +
  String.raw`(?<num>${NUM_ONE})(?![\p{L}\p{N}-])`;
/** "the dead", "those killed": the people a figure counts, as a noun phrase. */
// ("the martyrs", "the fatalities": the nouns of the dead that follow a count name them too.)
const THE_VICTIMS_WORDS = [...C.kinds.killed.outcomes, ...inflectAll(C.bare_after_number, ["participle"])];
const VICTIM_PARTICIPLES = verbs(C.bare_after_number, ["participle"]);
const THE_VICTIMS = String.raw`(?:the|those)\s+(?<kw>${alternation(C.kinds.killed.outcomes)}|${VICTIM_PARTICIPLES})`;
/**
 * What may follow a bare number after an acting verb ("killed 20, including", "kill 20 in Rafah", "killed 40 and
 * injured"): the end of the phrase, so the number is the verb's object, people. Anything else ("20 percent",
 * "20 trucks", "a 20-year-old") is left alone.
 */
/** The number ends here: not the first digits of "1,200", "2.5" or "20-year-old", nor "20%". */
const NUMBER_END = String.raw`(?![\p{L}\p{N}%-]|[.,]\d)`;
const BARE_END = String.raw`(?=\s*(?:[,.;!?)—–]|$)|\s+(?:${alternation(C.bare_number_followers)})(?![\p{L}\p{N}]))`;

/** The words of "N dead", "N wounded", "N lost their lives" (the number-dead pattern's words, for its cue). */
const BARE_DEAD_WORDS = [
  "dead",
  ...inflectAll(C.bare_after_number, ["participle"]),
  ...inflectAll(C.passive_verbs, ["participle"]),
  ...inflectAll(C.bare_outcome_verbs, ["past"]),
];
/** "the remaining hostages" (remaining_words), and the digits of "the 130 remaining hostages". */
const REMAINING = alternation(C.remaining_words);
const DIGITS = String.raw`\d{1,3}(?:,\d{3})*`;
/** "…, 116 remain", "130 are still": the number of a hostage list's people still held (the "of-whom" patterns). */
const STILL_HELD = String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM_ONE})\s+(?:remain|are\s+still|still\s+remain)\b`;
/**
 * "The death toll of Palestinians in the Gaza Strip from the ongoing Israeli aggression since October 7 has risen to
 * 32,552", "the number of soldiers killed since the start of the ground offensive stands at 224": agency copy puts where,
 * by whom and since when between a tally and its verb. A verb of a tally ("has risen to", "stands at", TOLL_VERB) may be
 * up to 100 characters on, when no count of people comes between; a bare "is", "was", "at" or "of" only within `near`
 * characters, as before.
 */
const TOLL_VERB_ONLY = new RegExp(String.raw`^(?:${TOLL_VERB})$`, "iu");
const tollWithin =
  (near: number) =>
  (g: Record<string, string | undefined>): boolean =>
    (g.gap ?? "").length <= near || (TOLL_VERB_ONLY.test(g.verb ?? "") && !PEOPLE_COUNTED.test(g.gap ?? ""));
/**
 * The figure patterns, in order (a later match overlapping an earlier one is dropped). `subset`: the figure is part
 * of the paragraph's figure before it ("of them": required; "the dead included": when there is one of its kind).
 */
const PATTERNS_WRITTEN: Array<{
  re: RegExp;
  rule: string;
  kind?: CasualtyKind;
  popless?: boolean;
  subset?: "required" | "optional";
  /** The casualty word is a table's label (TABLE_LABELS gives the kind). */
  labels?: boolean;
  /** The figure counts what the sentence's figure before it counts, and is none without one. */
  follows?: boolean;
  /** One person, named with no number ("Israeli soldier killed, 3 wounded"): the figure is 1. */
  single?: boolean;
  /**
   * The people still held of a hostage count that this sentence or the paragraph's sentence before it gives ("… were
   * freed in November. Some 130 remain in the territory."): none without such a sentence.
   */
  held?: boolean;
  /** A check of the match's groups that the case-blind pattern cannot make. */
  accept?: (g: Record<string, string | undefined>) => boolean;
  /**
   * Words of which every match holds one (its casualty word, as the lexicon lists it): a sentence without the first
   * word of any of them is not scanned. Most patterns open with an optional qualifier and a number, which the regex
   * engine tries at every position of a sentence; thirty such scans of every sentence with a number and a casualty
   * word were a third of the extraction's time.
   */
  cue: Iterable<string>;
}> = [
  // "44 Palestinians killed", "300+ Palestinians wounded", "12 people were killed"
  {
    re: new RegExp(
      // A name after the people: where they were ("in Gaza City") or whom they served ("aid workers with World Central
      // Kitchen", "journalists from Al Jazeera").
      // ("20 hostages held in Gaza have died": where people held are held.)
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})\s+(?<pop>${POP})(?:\s+(?:held\s+)?(?:in|with|from|for)\s+(?:the\s+)?` +
        // An aside between the people and the verb: ", including two children,", ", or about 75% of the population,".
        // ("…, mostly women and children,": ASIDE_OPENERS, as outlets' house styles set off who the people were.)
        // (The name's words are no function words: "3,800 people in Lebanon and displaced over 1.2 million" are two figures.)
        String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,2})?(?:,\s+(?:(?:including|among them|or|most of them` +
        String.raw`|${ASIDE_OPENERS})\s+[^,;.]{1,60}` +
        // ", 90% of the population,": a share set off beside the count.
        String.raw`|(?:(?:${QUAL_ALT})\s+)?\d+(?:\s*%|\s+percent|\s+per\s+cent)\s+of\s+[^,;.]{1,40}),)?` +
        // "remain missing", "are still missing", "are internally displaced": a state that lasts (STAYING).
        String.raw`\s+(?:(?:have|had|has|were|was|are|is|been|being|${HEDGES}|to be|also|now` +
        String.raw`|so far|${STAYING}|${DEGREE})\s+){0,4}(?<kw>${OUTCOME})\b`,
      "giu",
    ),
    rule: "number-people-verb",
    cue: OUTCOME_WORDS,
  },
  // "about 90,000 people have fled southern Lebanon", "3,000 residents fled the fighting in Khan Younis": people who fled a
  // place or the fighting are displaced. Only people who live somewhere (FLEEING), and only a named place or the
  // fighting: "three gunmen fled the scene" is no displacement.
  {
    re: new RegExp(
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})\s+(?<pop>(?:(?:${DEMONYMS})\s+)?(?:${alternation(C.fleeing_people)}))` +
        String.raw`\s+(?:(?:have|had|has|were|are|also|now|reportedly)\s+){0,2}(?<kw>${verbs(C.flight_verbs, PARTICIPLES)})\s+` +
        String.raw`(?:(?:to|from)\s+)?(?<obj>${alternation(C.flight_from)}|(?:the\s+)?(?:${DIRECTIONS}\s+)?[\p{L}][\p{L}-]+)(?![\p{L}])`,
      "giu",
    ),
    rule: "number-people-verb",
    cue: inflectAll(C.flight_verbs, PARTICIPLES),
    kind: "displaced",
    // (The pattern runs case-blind: a place is a capitalised name.)
    accept: (g) =>
      C.flight_from.includes(g.obj!.toLowerCase()) ||
      /^\p{Lu}/u.test(
        g
          .obj!.replace(/^the\s+/i, "")
          .split(/\s+/)
          .pop()!,
      ),
  },
  // "UN: 450,000 displaced from Rafah", "1.2 million displaced so far": a bare number displaced, its phrase ending there
  // or going on with where from ("12 displaced families" counts families, and is none).
  {
    re: new RegExp(
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:thousand|million)|m(?![\p{L}\p{N}]))?)` +
        String.raw`\s+(?<kw>displaced)(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:${DISPLACED_FOLLOWERS})(?![\p{L}\p{N}]))`,
      "giu",
    ),
    rule: "number-dead",
    cue: ["displaced"],
    kind: "displaced",
    popless: true,
  },
  // "Israeli soldier killed, 3 wounded", "a reservist was killed and two others were wounded": one person named beside a
  // figure of others is a figure of one. A lone "a soldier was killed" is none: no number is written.
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\p{N}-])(?<art>an?\s+)?(?<pop>(?:(?:${DEMONYMS}|${alternation(C.population_modifiers)})\s+){0,2}` +
        String.raw`(?:${alternation(C.singular_people)}))\s+(?:(?:was|has\s+been|had\s+been)\s+)?(?:(?:${DEGREE})\s+)?` +
        String.raw`(?<kw>${verbs(C.bare_after_number, ["participle"])})(?=,?\s+(?:and\s+)?(?:(?:${QUAL_ALT})\s+)?(?:\d[\d,]*|${WORD_NUM})` +
        String.raw`\s+(?:(?:others?|more)\s+)?(?:(?:were|have\s+been|are)\s+)?(?:(?:${DEGREE})\s+)?(?:${OUTCOME})\b)`,
      "giu",
    ),
    rule: "number-people-verb",
    cue: inflectAll(C.bare_after_number, ["participle"]),
    single: true,
  },
  // "Six hostages found dead in a tunnel", "three captives were confirmed dead": hostages found dead are the dead (before
  // "N hostages", which would count them held).
  {
    re: new RegExp(
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})\s+(?<pop>(?:(?:${DEMONYMS}|${alternation(C.hostage_modifiers)})\s+){0,2}` +
        String.raw`(?:${alternation(C.kinds.hostages.outcomes)}))\s+(?:(?:were|are|have\s+been|had\s+been|was|has\s+been)\s+)?` +
        String.raw`(?:${verbs(C.found_dead_verbs, ["participle"])})\s+(?<kw>dead)\b`,
      "giu",
    ),
    rule: "number-people-verb",
    cue: ["dead"],
    kind: "killed",
  },
  // "Israel believes at least 41 are no longer alive": a state that says the people are dead (dead_states);
  // before "N hostages", as "12 hostages are no longer alive" are dead, not held.
  {
    re: new RegExp(
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM_ONE})${NUMBER_END}\s+(?:(?<pop>${POP})\s+)?(?:are|were|is|was)\s+` +
        String.raw`(?<kw>${alternation(C.dead_states)})(?![\p{L}])`,
      "giu",
    ),
    rule: "number-passive",
    cue: C.dead_states,
    kind: "killed",
    popless: true,
  },
  // "left another 250 hostage", "left 12 people dead": what an event left its victims
  // (before "N hostages", which would read "90 hostage" without the verb that makes it a claim).
  // "took 240 others back to Gaza as captives", "dragged 30 people into Gaza as hostages": people carried off somewhere
  // as hostages are hostages, the place between the number and its casualty word (carrying_off_verbs).
  {
    re: new RegExp(
      String.raw`\b(?<act>left|${verbs(C.carrying_off_verbs, ["past"])})\s+(?:another\s+)?(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})\s+` +
        String.raw`(?:(?<pop>${POP})\s+)?(?<dest>(?:back\s+)?(?:to|into)\s+(?:the\s+)?\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?\s+as\s+)?` +
        String.raw`(?<kw>${alternation([...C.left_outcomes, ...C.kinds.hostages.outcomes])})\b`,
      "giu",
    ),
    rule: "left-number-outcome",
    cue: ["left", ...inflectAll(C.carrying_off_verbs, ["past"])],
    popless: true,
    // ("left": what the event left them, with no place between; a verb of carrying off: only "… to X as hostages".)
    accept: (g) =>
      g.act!.toLowerCase() === "left"
        ? !g.dest && C.left_outcomes.includes(g.kw!.toLowerCase())
        : !!g.dest && C.kinds.hostages.outcomes.includes(g.kw!.toLowerCase()),
  },
  // "the killing of more than 22,000 Palestinians", "the deaths of 12 people"
  {
    re: new RegExp(
      String.raw`\b(?<kw>${alternation(KINDS.flatMap(([, k]) => k.events))})\s+of\s+(?<qual>(?:${QUAL_ALT})\s+)?(?<nu` +
        String.raw`m>${NUM})\s+(?<pop>${POP})`,
      "giu",
    ),
    rule: "noun-of-number",
    cue: KINDS.flatMap(([, k]) => k.events),
  },
  // "the UN had lost 102 staff members": an organisation's dead
  {
    re: new RegExp(
      String.raw`\b(?<kw>${verbs(C.organisation_losses, ["s", "past", "ing"])})\s+(?<qual>(?:${QUAL_ALT})\s+)?(?<num>` +
        String.raw`${NUM})\s+(?<pop>(?:${alternation(C.organisation_staff)}))\b`,
      "giu",
    ),
    rule: "lost-number",
    cue: inflectAll(C.organisation_losses, ["s", "past", "ing"]),
    kind: "killed",
  },
  // "killed more than 220 Palestinians", "killing 12 people", "wounding 300"; "killed five of their fighters": the
  // people of a side or an organisation, counted as a share of them.
  {
    re: new RegExp(
      String.raw`\b(?<kw>${verbs(C.acting_verbs)})\s+(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})\s+(?:of\s+(?:their|its|his|her|our)\s+)?` +
        String.raw`(?<pop>${POP})`,
      "giu",
    ),
    rule: "verb-number-people",
    cue: inflectAll(C.acting_verbs),
  },
  // "killed 20, including four children", "kill 20 in Rafah", "killed at least 40 and injured more than 100": news
  // leaves out "people" after an acting verb; the number counts them when its phrase ends there (BARE_END).
  {
    re: new RegExp(
      String.raw`\b(?<kw>${verbs(C.acting_verbs)})\s+(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})${NUMBER_END}${BARE_END}`,
      "giu",
    ),
    rule: "verb-number-people",
    cue: inflectAll(C.acting_verbs),
    popless: true,
  },
  // "the war has claimed more than 27,000 lives", "took the lives of 12 people": the lives a war or strike took are
  // the dead.
  {
    re: new RegExp(
      String.raw`\b(?<kw>${verbs(C.life_taking_verbs)})\s+(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})${NUMBER_END}\s+lives\b`,
      "giu",
    ),
    rule: "verb-number-people",
    cue: ["lives"],
    kind: "killed",
    popless: true,
  },
  {
    re: new RegExp(
      String.raw`\b(?<kw>${verbs(C.life_taking_verbs)})\s+the\s+lives\s+of\s+(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})` +
        String.raw`${NUMBER_END}(?:\s+(?<pop>${POP}))?`,
      "giu",
    ),
    rule: "verb-number-people",
    cue: ["lives"],
    kind: "killed",
    popless: true,
  },
  // "a strike killed a family of six", "a family of five was killed": the family's members are the people counted.
  {
    re: new RegExp(String.raw`\b(?<kw>${verbs(C.acting_verbs)})\s+${FAMILY}`, "giu"),
    rule: "verb-number-people",
    cue: C.collective_nouns,
  },
  {
    re: new RegExp(String.raw`${FAMILY}\s+(?:was|were|has been|have been|had been)\s+(?<kw>${OUTCOME})\b`, "giu"),
    rule: "number-people-verb",
    cue: C.collective_nouns,
  },
  // "the bodies of five hostages were recovered": a count of the dead, whoever they were in life (before "N hostages",
  // which would make them people held).
  {
    re: new RegExp(String.raw`\b(?:the\s+)?(?<kw>${REMAINS})\s+of\s+(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})\s+(?<pop>${POP})`, "giu"),
    rule: "noun-of-number",
    cue: C.remains_nouns,
    kind: "killed",
  },
  // "about 150 hostages", "release of 50 hostages"
  {
    re: new RegExp(
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})\s+(?<pop>(?:(?:${DEMONYMS}` +
        // The noun an adjective qualifies is read too ("five captive soldiers were freed"), so what follows it is seen.
        String.raw`|${alternation(C.hostage_modifiers)})\s+){0,2}(?:${alternation(C.kinds.hostages.outcomes)}))\b(?:\s+${POP_NOUN})?`,
      "giu",
    ),
    rule: "number-hostages",
    cue: C.kinds.hostages.outcomes,
    kind: "hostages",
  },
  // "bringing the death toll to 177", "raising the overall toll in Gaza to nearly 25,000": the running total an event
  // brings a toll to ("past 40" says more than 40).
  {
    re: new RegExp(
      // Not the idiom "taking a heavy toll on families, … to 2 meals": no "a", no "toll on", no comma before "to".
      String.raw`\b(?:${verbs(C.toll_raising_verbs)})\s+(?:(?:the|its|their)\s+)?(?:(?!an?\s)[\p{L}'’-]+\s+){0,3}?(?<kw>` +
        String.raw`${alternation(C.death_tolls)})\b(?!\s+on\b)[^.;,]{0,60}?\b(?<verb>to|past)\s+(?<qual>(?:${QUAL_ALT})\s+)?` +
        String.raw`(?<num>${NUM})` +
        String.raw`${NUMBER_END}(?:\s+(?<pop>${POP}))?`,
      "giu",
    ),
    rule: "death-toll",
    cue: C.death_tolls,
    kind: "killed",
    popless: true,
  },
  // "the number of Palestinians killed has risen to 24,927": a running total of a group, of the kind its verb gives.
  {
    re: new RegExp(
      // "to": "the deaths bring the number of soldiers killed in the offensive to 221".
      String.raw`\bnumber\s+of\s+(?<pop>${POP})\s+(?<kw>${OUTCOME})\b(?<gap>[^.;]{0,100}?)\b(?<verb>${TOLL_VERB}|is|was|at|to)\s+` +
        String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})${NUMBER_END}`,
      "giu",
    ),
    rule: "death-toll",
    cue: ["number"],
    popless: true,
    accept: tollWithin(40),
  },
  // "the death toll in Gaza has reached nearly 1,200", "a death toll of 44"
  {
    re: new RegExp(
      String.raw`\b(?<kw>${alternation(C.death_tolls)})\b(?<gap>[^.;]{0,100}?)\b(?<verb>` +
        String.raw`${TOLL_VERB}|of|is|was|at)\s+(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})(?:\s+(?<pop>${POP}))?`,
      "giu",
    ),
    rule: "death-toll",
    cue: C.death_tolls,
    kind: "killed",
    popless: true,
    accept: tollWithin(60),
  },
  // "the number of injuries has risen to 72,889", "raising the number of wounded to 60,834": the running total of the
  // wounded, which agencies give beside the death toll in the same words.
  {
    re: new RegExp(
      String.raw`\b(?<kw>${alternation(C.injury_tallies)})\b[^.;]{0,60}?\b(?<verb>${TOLL_VERB}|of|is|was|at|to)\s+` +
        String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})${NUMBER_END}`,
      "giu",
    ),
    rule: "death-toll",
    cue: C.injury_tallies,
    kind: "wounded",
    popless: true,
  },
  // "around 240 were taken hostage", "12 were killed": the people are understood.
  // ("The six were killed by their captors": a bare number after "the" refers back to people already counted.)
  {
    re: new RegExp(
      // ("nearly one million have already been displaced", "1.2 million have been uprooted": a number in millions, an adverb
      // inside the perfect, and the displaced, whom the verbs of their kind name.)
      String.raw`(?<!\bthe\s{1,3})(?<qual>(?:${QUAL_ALT})\s+)?(?<num>(?:(?:\d{1,3}(?:,\d{3})+|\d+)|${WORD_NUM})` +
        String.raw`(?:(?<=\d)\.\d+)?(?:\s+(?:thousand|million))?)\s+(?:were|(?:have|has|had)\s+(?:(?:already|also|now|since)\s+)?been` +
        String.raw`|are|was|remain|remains|remained)\s+(?:(?:reportedly|also|later|still|now` +
        String.raw`|already)\s+)?(?:(?:${DEGREE})\s+)?(?<kw>${verbs(C.passive_verbs, ["participle"])}` +
        String.raw`|${verbs(C.kinds.displaced.verbs, ["participle"])}|missing|dead)\b`,
      "giu",
    ),
    rule: "number-passive",
    cue: [...inflectAll(C.passive_verbs, ["participle"]), ...inflectAll(C.kinds.displaced.verbs, ["participle"]), "missing", "dead"],
    popless: true,
  },
  // "at least 15 were taken to hospital in critical condition", "12 people were rushed to hospital with serious injuries":
  // people brought to hospital in a bad way are wounded. A condition or injuries must be said: "taken to hospital for
  // checks" or "in shock" counts no one hurt.
  {
    re: new RegExp(
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})${NUMBER_END}\s+(?:(?<pop>${POP})\s+)?(?:were|have\s+been|had\s+been|are)\s+` +
        String.raw`(?:(?:also|later|reportedly)\s+)?(?<kw>${verbs(C.hospital_verbs, ["participle"])})\s+to\s+` +
        String.raw`(?:(?:a|the)\s+)?(?:[\p{L}-]+\s+)?` +
        String.raw`hospitals?\s+(?:in|with)\s+(?:an?\s+)?(?:${alternation(C.conditions)})\s+(?:condition|injuries|wounds)\b`,
      "giu",
    ),
    rule: "number-passive",
    cue: C.conditions,
    kind: "wounded",
    popless: true,
  },
  // "seized hostages, 116 of whom remain in Gaza": a count of the people the relative pronoun stands for.
  {
    re: new RegExp(
      String.raw`\b(?<kw>${alternation(C.of_whom_groups)})\b[^.;]{0,30}?,\s+(?<qual>(?:${QUAL_ALT})\s+)?(?<num>` +
        String.raw`${NUM_ONE})\s+of\s+whom\s+(?:remain|are still|still|are|were)\b`,
      "giu",
    ),
    rule: "of-whom",
    cue: ["whom"],
    kind: "hostages",
    popless: true,
  },
  // "At least 29 of them are believed to be dead": a subset of the figure before (population "of them").
  {
    re: new RegExp(
      // ("41 of whom the military says are dead": the source of the part named inside it.)
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM_ONE})\s+(?<pop>of (?:them|those|whom))\s+` +
        String.raw`(?:(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:${ATTRIBUTION})\s+)?(?:are|were` +
        String.raw`|have been|had been|is)\s+(?:(?:${HEDGES})\s+(?:to\s+be\s+|to\s+have\s+been\s+)?)?(?<kw>dead` +
        String.raw`|killed)\b`,
      "giu",
    ),
    rule: "subset-of-them",
    cue: ["them", "those", "whom"],
    popless: true,
    subset: "required",
  },
  // "The dead included four children", "Among those killed were two doctors", "Thirteen members of one family were
  // among the dead": part of the figure just before, when there is one, else a figure of their own.
  {
    re: new RegExp(
      String.raw`\b${THE_VICTIMS}\s+(?:also\s+)?(?:included|include|includes)\s+(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})` +
        String.raw`\s+(?<pop>${POP})`,
      "giu",
    ),
    rule: "subset-of-them",
    cue: ["included", "include", "includes"],
    subset: "optional",
  },
  {
    re: new RegExp(
      String.raw`\bamong\s+${THE_VICTIMS}\s+(?:were|are|was|is)\s+(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})\s+(?<pop>${POP})`,
      "giu",
    ),
    rule: "subset-of-them",
    cue: ["among"],
    subset: "optional",
  },
  {
    re: new RegExp(
      // ("Two Thai workers are believed to be among the hostages": a hedge before "among", and the people held.)
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})\s+(?<pop>${POP}(?:\s+of\s+(?:the|a|an|one|their|his|her)\s+[^,.;]{1,30}?)?)` +
        String.raw`\s+(?:were|are|was|is)\s+(?:(?:${HEDGES})\s+to\s+be\s+)?(?:also\s+)?among\s+(?:the|those)\s+(?<kw>` +
        String.raw`${alternation([...C.kinds.killed.outcomes, ...C.kinds.hostages.outcomes])}|${VICTIM_PARTICIPLES})\b`,
      "giu",
    ),
    rule: "subset-of-them",
    cue: ["among"],
    subset: "optional",
  },
  // "152 of its staff had been killed": an organisation's own people
  {
    re: new RegExp(
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM_ONE})\s+of\s+(?:its|their` +
        // ("127 of its soldiers have died": an intransitive verb of the dead after a bare perfect.)
        String.raw`|the)\s+(?<pop>${alternation(C.own_staff)})\s+(?:had been|have been|has been|were|was` +
        String.raw`|are|have|has|had)\s+(?<kw>${verbs(C.acting_verbs, ["participle"])}|${verbs(C.kinds.killed.verbs, ["past"])})\b`,
      "giu",
    ),
    rule: "number-of-its",
    cue: C.own_staff,
  },
  // "N dead", "N wounded" without a noun: "at least 12 dead"; "1,200 were killed and 251 taken hostage" (the
  // auxiliary of the first clause serves the second).
  {
    re: new RegExp(
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>(?:\d{1,3}(?:,\d{3})+|\d+)\+?)\s+(?<kw>dead` +
        String.raw`|${verbs(C.bare_after_number, ["participle"])}|${verbs(C.passive_verbs, ["participle"])}` +
        // "more than 30 sustained injuries", "12 lost their lives": a verb phrase that says what befell the people.
        String.raw`|${verbs(C.bare_outcome_verbs, ["past"])})\b`,
      "giu",
    ),
    rule: "number-dead",
    cue: BARE_DEAD_WORDS,
    popless: true,
  },
  // "Another 40 were killed overnight, bringing the total to 32,414": a total named by a bare noun counts what the
  // figure before it in the sentence counts (without one, "bringing the total to 200" may count trucks).
  {
    re: new RegExp(
      String.raw`\b(?:${verbs(C.toll_raising_verbs)})\s+(?:the|its|their)\s+(?:(?:${alternation(C.tally_modifiers)})\s+)?` +
        String.raw`(?:${alternation(C.running_totals)})\s+(?:(?:so\s+far|now)\s+)?to\s+(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})` +
        NUMBER_END,
      "giu",
    ),
    rule: "death-toll",
    cue: C.running_totals,
    popless: true,
    follows: true,
  },
  // "Of the 251 hostages seized on Oct. 7, 116 remain in Gaza": the part of a group of captives still held.
  {
    re: new RegExp(
      String.raw`(?<=\bof\s{1,3}the\s{1,3}[^;]{0,30}?\b(?<kw>${alternation(C.of_whom_groups)})\b[^;,]{0,60},\s{1,3})` + STILL_HELD,
      "giu",
    ),
    rule: "of-whom",
    cue: C.of_whom_groups,
    kind: "hostages",
    popless: true,
  },
  // "Killed: 30,320. Wounded: 71,533; missing: about 7,000": agencies set their figures out as a table in prose, a
  // label and a colon opening the sentence or a part of it, the number closing it. The label says what is counted.
  {
    re: new RegExp(
      // A bullet may open the row ("- Killed: 40,005"), and the label may go on with where, when or how far ("Killed in
      // Gaza:", "Hostages still held:"); the source may follow the number in brackets ("40,005 (health ministry)").
      String.raw`(?<=^\s{0,3}(?:[-•*–]\s{1,3})?|[;,]\s{0,3})(?<kw>${alternation(TABLE_LABELS.keys())})${TABLE_LABEL_TAIL}\s*:\s+` +
        String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM_ONE})${NUMBER_END}(?:\s*\((?<src>[^()\d]{2,40})\))?(?=\s*(?:[.;,]|$))`,
      "giu",
    ),
    // (The rule of a bare number with its casualty word, as "12 dead" is; `labels` gives the kind.)
    rule: "number-dead",
    cue: TABLE_LABELS.keys(),
    labels: true,
    popless: true,
  },
  // "Nearly two dozen of the dead were children", "12 of those killed were women": part of the dead, named after them.
  {
    re: new RegExp(
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM_ONE})\s+of\s+${THE_VICTIMS}\s+(?:were|are)\s+(?:also\s+)?(?<pop>${POP})\b`,
      "giu",
    ),
    rule: "subset-of-them",
    cue: THE_VICTIMS_WORDS,
    kind: "killed",
    subset: "optional",
  },
  // "reported 77 deaths over the weekend", "recorded 40 fatalities": a number of deaths is a number of the dead.
  {
    re: new RegExp(
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM_ONE})${NUMBER_END}\s+(?<kw>${alternation(C.kinds.killed.events)}` +
        String.raw`|${alternation(C.kinds.killed.outcomes)})(?![\p{L}])(?!\s+of\b)`,
      "giu",
    ),
    rule: "number-dead",
    cue: [...C.kinds.killed.events, ...C.kinds.killed.outcomes],
    popless: true,
  },
  // "with 7,000 still missing under the rubble", "another 40 missing": a bare number missing, its phrase ending there or
  // saying where.
  {
    re: new RegExp(
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM_ONE})${NUMBER_END}\s+(?:(?:${STAYING})\s+)?(?<kw>missing)` +
        String.raw`(?=\s*(?:[,.;]|$)|\s+(?:under|in|beneath|after|since|at)\b)`,
      "giu",
    ),
    rule: "number-dead",
    cue: ["missing"],
    popless: true,
  },
  // "bringing to 195 the number of troops killed", "raised to 307 the toll of soldiers killed", "bringing to 40 the death
  // toll": the running total with the number before the tally it is (the same claim as "bringing the toll to 195").
  {
    re: new RegExp(
      String.raw`\b(?:${verbs(C.toll_raising_verbs)})\s+to\s+(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})${NUMBER_END}` +
        String.raw`\s+(?:the|its|their)\s+(?:(?:${alternation(C.tally_modifiers)})\s+)?` +
        String.raw`(?:(?:${alternation([...C.death_tolls, ...C.tally_heads, "number"])})\s+of\s+` +
        String.raw`(?<pop>${POP})\s+(?<kw>${OUTCOME})\b|(?:${alternation(C.death_tolls)})\b)`,
      "giu",
    ),
    // (Without a group, the tally is a death toll: kindOf gives "killed" when there is no casualty word.)
    rule: "death-toll",
    cue: inflectAll(C.toll_raising_verbs),
    popless: true,
  },
  // "the UN cut its estimate of women killed to 4,959", "the count of hostages held stands at 120": an estimate of a
  // group is a running total of it, as "the number of women killed" is.
  {
    re: new RegExp(
      String.raw`\b(?:${alternation(C.tally_heads)})\s+of\s+(?<pop>${POP})\s+(?<kw>${OUTCOME})\b[^.;]{0,40}?\b` +
        String.raw`(?<verb>${TOLL_VERB}|is|was|at|to)\s+(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})${NUMBER_END}`,
      "giu",
    ),
    rule: "death-toll",
    cue: C.tally_heads,
    popless: true,
  },
  // "Of those killed, some 14,500 were children", "Of the dead, 40 were women": part of the dead, the group named first.
  {
    re: new RegExp(
      String.raw`\bof\s+${THE_VICTIMS},\s+(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM_ONE})${NUMBER_END}\s+(?:were|are)\s+(?:also\s+)?` +
        String.raw`(?<pop>${POP})\b`,
      "giu",
    ),
    rule: "subset-of-them",
    cue: THE_VICTIMS_WORDS,
    subset: "optional",
  },
  // "Of the 253 hostages, 105 were released in November; 130 remain in Gaza": a later clause of the list that says how
  // many of the group are still held (the first clause is read by the "of-whom" rule above).
  {
    re: new RegExp(
      String.raw`(?<=\bof\s{1,3}the\s{1,3}[^;.]{0,30}?\b(?<kw>${alternation(C.of_whom_groups)})\b[^;,.]{0,60},\s{1,3}` +
        String.raw`[^.]{1,80}?(?:;|,)\s{1,3}(?:and\s{1,3})?)` +
        STILL_HELD,
      "giu",
    ),
    rule: "of-whom",
    cue: C.of_whom_groups,
    kind: "hostages",
    popless: true,
  },
  // "Two Thai workers were among the 30 people wounded": a part of the figure it is said to be among, which follows it
  // (read by the patterns above), of that figure's kind.
  {
    re: new RegExp(
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM})\s+(?<pop>${POP})(?=\s+(?:were|are|was|is)\s+(?:also\s+)?among\s+` +
        String.raw`(?:the\s+)?(?:(?:${QUAL_ALT})\s+)?(?:${NUM})\s+(?:${POP}\s+)?(?:(?:${HEDGES}|${DEGREE})\s+)?(?<kw>${OUTCOME})\b)`,
      "giu",
    ),
    rule: "subset-of-them",
    cue: ["among"],
    subset: "optional",
  },
  // "Ten of the remaining hostages are women", "12 of the remaining 130 captives were under the age of 19": a part of
  // the hostages still held, of the paragraph's count of them when there is one (the dead among them are read above).
  {
    re: new RegExp(
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM_ONE})${NUMBER_END}\s+of\s+the\s+` +
        // "the remaining hostages", "the remaining 130 hostages", "the 130 remaining hostages".
        String.raw`(?:(?:${REMAINING})\s+(?:(?:${QUAL_ALT})\s+)?(?:${DIGITS}\s+)?|(?:(?:${QUAL_ALT})\s+)?${DIGITS}\s+(?:${REMAINING})\s+)` +
        String.raw`(?<kw>${alternation(C.of_whom_groups)})\s+(?:are|were)\s+(?!(?:${HEDGES}|dead|killed|among)(?![\p{L}]))` +
        String.raw`(?:(?<pop>${POP})(?![\p{L}]))?`,
      "giu",
    ),
    rule: "subset-of-them",
    cue: C.of_whom_groups,
    kind: "hostages",
    popless: true,
    subset: "optional",
  },
  // "Some 130 remain in the territory", "about 100 are still in captivity": people still held, when the sentence or the
  // one before it in the paragraph is about hostages (`held`); a place named or one of the lexicon's (held_places).
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\p{N},.])(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM_ONE})${NUMBER_END}\s+` +
        String.raw`(?:remain|are\s+still|still\s+remain)\s+(?:held\s+)?(?:in|inside)\s+` +
        String.raw`(?<kw>${alternation(C.held_places)}|\p{L}[\p{L}-]+)(?![\p{L}])`,
      "giu",
    ),
    rule: "number-hostages",
    cue: ["remain", "still"],
    kind: "hostages",
    popless: true,
    held: true,
    // (Case-blind: a place other than the lexicon's is a capitalised name.)
    accept: (g) => C.held_places.includes(g.kw!.toLowerCase()) || /^\p{Lu}/u.test(g.kw!),
  },
  // "Of the people killed whose remains were identified, 3,120 were children, 2,040 were women and 610 were elderly":
  // a group of the dead named first (also with a relative clause after it), then a list of "N were X", each a
  // part of the dead. (The first item alone, after "Of the dead,", is read above; this one reads every item.)
  {
    re: new RegExp(
      String.raw`(?<=\bof\s{1,3}(?:the|those)\s{1,3}(?:(?:${alternation(C.held_people)})\s{1,3})?` +
        String.raw`(?<kw>${alternation(C.kinds.killed.outcomes)}|${VICTIM_PARTICIPLES})` +
        String.raw`(?:\s{1,3}(?:who|whose|that)\s[^,;.]{1,60})?,\s{1,3}` +
        String.raw`(?:[^;.]{1,120}?(?:,|\band)\s{1,3})?)` +
        String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM_ONE})${NUMBER_END}\s+(?:were|are)\s+(?:also\s+)?(?<pop>${POP})(?![\p{L}])`,
      "giu",
    ),
    rule: "subset-of-them",
    cue: ["were", "are"],
    kind: "killed",
    subset: "optional",
  },
  // "Five members of the same family were killed", "Twelve members of the Abu Nasser family were killed": the people
  // named by their kin (collective_nouns) before the verb, which the people's phrase of the first pattern does not reach.
  {
    re: new RegExp(
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM_ONE})${NUMBER_END}\s+(?<pop>members)\s+of\s+(?:the|a|an|one|their|his|her)` +
        String.raw`\s+(?:[^,.;:]{1,30}?\s+)?(?:${alternation(C.collective_nouns)})\s+(?:(?:have|had|has|were|was|are|been|also)\s+){0,2}` +
        String.raw`(?:(?:${DEGREE})\s+)?(?<kw>${OUTCOME})(?![\p{L}])`,
      "giu",
    ),
    rule: "number-people-verb",
    cue: OUTCOME_WORDS,
  },
  // "Of the 120 people still held in the enclave": people held where hostages are held (held_places, hostage_places) are
  // hostages though no word says so; only bare people (held_people), as "Palestinians held in Israeli jails" are none.
  {
    re: new RegExp(
      String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM_ONE})${NUMBER_END}\s+(?<pop>${alternation(C.held_people)})\s+` +
        String.raw`(?:(?:still|who\s+(?:are|remain)(?:\s+still)?)\s+)?(?<kw>held)\s+(?:in|inside)\s+` +
        String.raw`(?:${alternation([...C.held_places, ...C.hostage_places])})(?![\p{L}])`,
      "giu",
    ),
    rule: "number-hostages",
    cue: ["held"],
    kind: "hostages",
  },
];
/**
 * The patterns as run: a leading word boundary in a cheaper form that finds the same matches (text/regex.ts), and the
 * first words of their cues, looked up in the words of each sentence.
 */
const PATTERNS = PATTERNS_WRITTEN.map((p) => ({ ...p, re: fastWordStart(p.re), cueWords: firstWords(p.cue) }));
/** The figure patterns with their cue words, for the test that every match holds one of its cue words. */
export const CASUALTY_PATTERNS: ReadonlyArray<{ rule: string; re: RegExp; cueWords: ReadonlySet<string> | undefined }> = PATTERNS;
/** The ids of the figure rules, as records carry them ("CasualtyExtractor/death-toll"), and of the subset rule. */
export const CASUALTY_RULES: readonly string[] = [
  ...new Set(PATTERNS.map((p) => `CasualtyExtractor/${p.rule}`)),
  "CasualtyExtractor/including",
];
/** "the army has confirmed dead": a verdict that people held are dead, whose giver is the source of the dead. */
const CAPTOR_VERDICTS = verbs(C.captor_verdicts, ["past", "participle"]);
// "including seven children", and "including seven who were in critical condition" (the same people, in a state);
// "including the bodies of 25 people": the dead among them.
const INCLUDING = new RegExp(
  // ("most of them Hezbollah fighters but also 14 civilians": the group set against the most is a part too.)
  String.raw`\b(?:including|among them|among whom|of whom|of them|(?:most of them|${ASIDE_OPENERS})\s+[^,;.]{1,40}?\s+but\s+also)` +
    String.raw`\s+(?<remains>(?:the\s+)?(?:${REMAINS})\s+of\s+)?` +
    String.raw`(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM}` +
    String.raw`|an?)\s+(?:(?<pop>${POP})|(?<state>(?:who\s+(?:were|are|was` +
    String.raw`|is)\s+)?in\s+(?:a\s+)?(?:${alternation(C.conditions)})\s+condition)` +
    // "including 34 the military says are dead", "including 20 believed to be dead": the dead among people held.
    String.raw`|(?<dead>(?:(?:whom\s+)?(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:${ATTRIBUTION})\s+(?:are|were)\s+` +
    String.raw`|(?:who\s+(?:are|were)\s+)?(?:(?:${HEDGES})\s+(?:to\s+be\s+)?)?)dead\b` +
    // "including at least 25 who are believed to have died", "the bodies of 42 whom the army has confirmed dead".
    String.raw`|(?:who\s+(?:are|were)\s+)?(?:${HEDGES})\s+to\s+have\s+died\b` +
    String.raw`|whom\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:has\s+|have\s+)?(?:${CAPTOR_VERDICTS})\s+dead\b))`,
  "iu",
);
/** ", four of them seriously,": a part's aside inside the clause of its figure, which the place after it closes. */
// (", one of them a child,", ", two of them journalists,": who the part was, set off the same way.)
const OF_THEM_ASIDE = new RegExp(
  String.raw`^,\s+(?:(?:${QUAL_ALT})\s+)?(?:${NUM_ONE})\s+of\s+them\s+(?:${DEGREE}|(?:an?\s+)?${POP}),`,
  "iu",
);
/** Words between a figure and a place that carry on its clause: no comma, semicolon, dash or colon. */
// ("…, killed in an airstrike on their home in Jabalia": a participle of the figure's own outcome set off after it goes on
// with its clause.)
// ("the bodies of seven members of one family, killed in …": after the rest of the people's phrase.)
const SAME_CLAUSE = new RegExp(String.raw`^(?:[^,;:—–]{0,40},\s+(?:${OUTCOME})(?![\p{L}]))?[^,;:—–]*$`, "iu");
/** The next group of an "including …" list: ", six women", " and six women", ", and a doctor". */
const AND_ALSO = new RegExp(
  String.raw`^(?:,\s*(?:and\s+)?|\s+and\s+)(?<qual>(?:${QUAL_ALT})\s+)?(?<num>${NUM}|an?)\s+(?<pop>${POP})(?![\p{L}])` +
    // Not the subject of a clause of its own ("…, including four children, 12 people were wounded").
    String.raw`(?!\s+(?:were|was|are|is|have|had|has)\b)`,
  "iu",
);
/** A row of a table of figures in prose: "Killed: 30,320.", "- Killed in Gaza: 40,005". */
const TABLE_ROW = new RegExp(String.raw`^\s*(?:[-•*–]\s{1,3})?(?:${alternation(TABLE_LABELS.keys())})${TABLE_LABEL_TAIL}\s*:`, "i");
/**
 * "…, six soldiers and three civilians.": groups listed after a figure, each a number and its people, ending the
 * sentence or its clause (or before the source: "…, the army said").
 */
const BREAKDOWN = new RegExp(
  String.raw`^(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?,\s+(?<list>(?:(?:${NUM_ONE})\s+${POP},\s+){0,4}` +
    String.raw`(?:${NUM_ONE})\s+${POP},?\s+and\s+(?:${NUM_ONE})\s+${POP})(?![\p{L}])(?=\s*(?:[.;!]|,\s|$))`,
  "iu",
);
const BREAKDOWN_PART = new RegExp(String.raw`(?<num>${NUM_ONE})\s+(?<pop>${POP})(?![\p{L}])`, "giu");
/** A cheap test before the patterns run: a sentence with none of the casualty words holds no figure. */
const CASUALTY_WORD = new RegExp(
  alternation([
    ...KIND_OF_WORD.keys(),
    ...inflectAll([...C.passive_verbs, ...C.organisation_losses]),
    ...C.death_tolls,
    ...C.injury_tallies,
    "lives",
    ...C.of_whom_groups,
    ...C.remains_nouns,
    // ("90,000 people have fled southern Lebanon": a flight counts the displaced.)
    ...inflectAll(C.flight_verbs, PARTICIPLES),
    // ("15 were taken to hospital in critical condition": the wounded, by where they were taken.)
    "hospital",
    // ("at least 41 are no longer alive", "120 people still held in the enclave": the dead and the held without a casualty
    // word, read by their own patterns.)
    ...C.dead_states,
    "held",
  ]),
  "i",
);
/** "130 remain in the territory": a count of people still held may stand with no casualty word (the `held` patterns). */
const STILL_HELD_HINT = /\b(?:remain|are\s+still|still\s+remain)\s+(?:held\s+)?(?:in|inside)\b/i;
const NUMBER_HINT = new RegExp(String.raw`\d|\b(?:${WORD_NUM}|thousand|million)\b`, "i");
const NOT_PEOPLE_AFTER = new RegExp(String.raw`^\s*(?:${alternation(C.not_people)})(?![\p{L}\p{N}])`, "iu");
// A figure's source is looked for where a verb of saying or of giving figures ("reported", "put … at") is present.
const SPEECH = new RegExp(`\\b(?:${alternation([...SPEECH_VERBS, ...PHRASE_CUES.slice(0, 1)])}|${ATTRIBUTION})\\b`, "i");
/** "freed 105 hostages", "two hostages were rescued": people whose captivity ended, not people held (past forms only). */
const RELEASED = inflectAll(C.release_verbs, ["past", "participle"]);
/** Words of people taken or held: "hostages", "seized", "abducted", "in captivity". */
const HOSTAGE_TALK = new RegExp(
  String.raw`\b(?:${alternation([...C.kinds.hostages.outcomes, ...inflectAll(C.kinds.hostages.verbs), ...RELEASED, "captivity"])})\b`,
  "i",
);
// Read up to the number: in "handed over 17 hostages" the "over" is no qualifier.
const RELEASED_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(RELEASED)})\s+(?:(?:the|another|all)\s+)?(?:(?:${QUAL_ALT})\s+)?$` +
    // "After the release of 105 captives in November, …": a release that a later event follows is past, as "freed" is.
    String.raw`|\b(?:after|following|since)\s+(?:the\s+)?(?:${alternation(C.release_verbs)})\s+of\s+` +
    String.raw`(?:(?:the|another|all)\s+)?(?:(?:${QUAL_ALT})\s+)?$`,
  "i",
);
/**
 * "Israeli forces rescue four hostages", "Hamas frees three captives": a headline's or a timeline's present tells of a
 * release that happened. Not after "to", a modal or "and" ("agreed to free and return 50 hostages"), and not in a
 * sentence about a deal or a plan (RELEASE_TO_COME), where the present tells what is to happen.
 */
const RELEASING_BEFORE = new RegExp(
  String.raw`(?<!\b(?:to|will|would|could|can|may|might|must|should|shall|and|or|not|cannot|did|does|do|which|whereby)\s+)` +
    String.raw`\b(?:${verbs(C.release_verbs, ["base", "s"])})\s+(?:(?:the|another|all)\s+)?(?:(?:${QUAL_ALT})\s+)?$`,
  "i",
);
const RELEASE_TO_COME = new RegExp(String.raw`\b(?:${alternation(C.release_to_come)})\b`, "i");
/**
 * "105 were released in November", "after the release of 105 captives in November": a date in the clause of a release
 * dates the release, not the count the sentence gives ("130 remain in Gaza"). ("exchanged fire on Sunday" is no release.)
 */
// (People released: a passive, a number after the verb, or "the release of". "released its figures on Saturday" is a
// source putting out a count, and its date is the count's.)
const RELEASE_DATED = new RegExp(
  String.raw`(?:\b(?:were|was|been|being)\s+(?:[\p{L}]+\s+)?(?:${alternation(RELEASED)})` +
    String.raw`|\b(?:${alternation(RELEASED)})\s+(?:(?:the|another|all)\s+)?(?:(?:${QUAL_ALT})\s+)?(?:${NUM_ONE})\s` +
    String.raw`|\b(?:${alternation(C.release_verbs)})s?\s+of\s+(?!fire\b))[^,;.]{0,40}$`,
  "iu",
);
const RELEASED_AFTER = new RegExp(
  // An auxiliary is needed: "will see 50 hostages released" is a release to come.
  // ("105 hostages are freed in exchange for …": a timeline's present tells what happened.)
  String.raw`^,?\s+(?:(?:who|that)\s+)?(?:were|was|are|is|have been|has been|had been)\s+(?:(?:later|also|since|already|safely)\s+)?` +
    // ("four hostages were free": the adjective says so too, but not "free to leave".)
    String.raw`(?:${alternation(RELEASED)}|free(?!\s+to\b))\b`,
  "i",
);
/**
 * "…, the civil defence agency said on Sunday.", "The rebels said …": a source that the mention rules do not name, as
 * written (a noun phrase of up to six words right before a verb of saying that ends or opens the sentence). Not a
 * pronoun or a word that opens a clause ("…, which he said").
 */
const SOURCE_PHRASE =
  String.raw`(?:(?:the|an?)\s+)?(?!(?:${alternation(C.not_sources)})(?![\p{L}]))` +
  String.raw`\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,4}`;
/**
 * ", four of them seriously", ", three of them journalists": a part of the figure just before, the number first, then
 * how badly they were hurt or who they were, closing the clause (after an optional "in Rafah").
 */
const OF_THEM_PART = new RegExp(
  // ("…have been killed since the war began, …, 60 of them reporters": a short phrase of when may close the figure.)
  String.raw`^(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|\s+(?:since|during|over)\s+[^,;.]{1,40}?)?,\s+` +
    // "…, the press-freedom group says, 60 of them reporters": a source set off between the figure and its part.
    String.raw`(?:${SOURCE_PHRASE}\s+(?:${ATTRIBUTION})(?![\p{L}])(?:\s+on\s+\p{L}+)?,\s+)?(?<qual>(?:${QUAL_ALT})\s+)?` +
    // ("seven of them from the same family": kin among the people the figure counts.)
    String.raw`(?<num>${NUM_ONE})\s+of\s+them\s+(?:(?:${DEGREE})|(?<pop>${POP})` +
    String.raw`|(?:members\s+)?(?:from|of)\s+(?:the\s+same|one|a\s+single)` +
    String.raw`\s+(?:${alternation(C.collective_nouns)})` +
    // "…, at least 22 of them while working", "…, 240 of them in the ground operation": the part named by when or where
    // it happened (a clause of its own, "while" or "when" and a verb in -ing, or a phrase opened by "in" or "during").
    String.raw`|(?:while|when)\s+\p{L}+ing|(?:in|during|since)\s+[^,.;:\d]{1,50}?)(?![\p{L}])(?=\s*(?:[,.;]|$))`,
  "iu",
);
/** "…, the statement said, adding that …": a participle of saying may carry the sentence on after its source. */
const SAYING_ON = alternation(SPEECH_VERBS.filter((v) => v.endsWith("ing")));
const NAMED_LAST = new RegExp(
  // ("…, about a third of them believed dead.": a verb of the hedge before "dead" says how sure, not who says it.)
  String.raw`,\s+(?<np>${SOURCE_PHRASE})\s+(?:has\s+|have\s+)?(?:${ATTRIBUTION})(?![\p{L}])` +
    String.raw`(?!\s+(?:dead|to\s+be|to\s+have)\b)[^,;.:]{0,30}` +
    String.raw`(?:,\s+(?:${SAYING_ON})\s+(?:that\s+)?[^;]*)?[.!]?\s*$`,
  "iu",
);
// Opening the sentence, only a phrase with an article ("The rebels said …"): a bare name there ("Israel says Hamas
// killed …") is one side's claim about the other, which the mention rules leave unattributed on purpose.
// ("The health ministry has since revised the toll", "The ministry later put the toll at 21": an adverb before the verb,
// after the auxiliary or with none, is no word of the source.)
const SOURCE_ADVERBS = alternation(C.source_adverbs);
const NAMED_FIRST = new RegExp(
  // (The phrase's last words are taken lazily, "?", so the shortest phrase before the verb is the source.)
  String.raw`^\s*(?<np>(?:the|an?)\s+${SOURCE_PHRASE}?)\s+(?:(?:has|have)\s+)?(?:(?:${SOURCE_ADVERBS})\s+)?${SAYS}(?![\p{L}])`,
  "iu",
);
/**
 * "Israel believes at least 34 of them are dead", "Egypt estimates that 1,200 people were wounded": a country that
 * believes or estimates a figure is its source. The mention rules name a country as a place, not an actor, so it is read
 * here, opening the sentence or a clause after a comma; with a verb of saying ("Israel says Hamas killed …") a bare name
 * stays one side's claim about the other, left unattributed (NAMED_FIRST).
 */
const COUNTRY_BELIEVES = new RegExp(
  String.raw`^\s+(?:(?:has|have|now)\s+(?:(?:${SOURCE_ADVERBS})\s+)?)?(?:${verbs(C.country_belief_verbs, ["s", "past"])})(?![\p{L}])` +
    // ("Israel believed dead …" is no belief of Israel's: a hedge, not a source.)
    String.raw`(?!\s+(?:dead|to\s+be|to\s+have)\b)`,
  "iu",
);
/**
 * "Israel says 129 hostages remain in Gaza", "Egypt reported that 22 people were hurt": a country that says a figure, the
 * figure opening the words it says (a qualifier allowed), is its source. "Israel says Hamas killed 1,400 people", "Syria
 * says it has killed 30 rebels": words that open with who did it are one side's claim about the other, left unattributed.
 */
const COUNTRY_SAYS = new RegExp(
  String.raw`^\s+(?:(?:has|have|now)\s+(?:(?:${SOURCE_ADVERBS})\s+)?)?(?:${verbs(C.country_saying_verbs, ["s", "past"])})` +
    String.raw`(?:\s+that)?\s+`,
  "iu",
);
/**
 * "An earlier version of this story said 43 people were killed": a correction's opening words are no source, and the
 * figure the earlier version gave is withdrawn, no record (the figure that replaces it comes in another sentence).
 */
const CORRECTED_VERSION = new RegExp(
  String.raw`^\s*(?:corrections?\s*[:.—–-]\s*)?(?:an?|the)\s+(?:${alternation(C.superseded_versions)})\s+versions?\s+of\s+` +
    String.raw`(?:this|the)\s+(?:${alternation(C.story_nouns)})\b`,
  "iu",
);
/**
 * "rockets fired from Rafah struck a base near Kerem Shalom, wounding three soldiers": the launch site after "fired
 * from" or "launched from" is where the fire came from, not where the people were hit.
 */
const LAUNCHED_FROM = new RegExp(
  String.raw`\b(?:${verbs(C.launch_verbs, ["past", "participle"])})\s+from\s+(?:the\s+)?(?:${DIRECTIONS}\s+)?$`,
  "i",
);
/**
 * "An AFP tally based on official figures puts the toll at 1,170", "A Reuters count shows …": a tally named for its
 * keeper opening the sentence, the keeper's name capitalised (case-sensitive), the verb that gives the figure after.
 */
const NAMED_TALLY = new RegExp(
  String.raw`^\s*(?:[Aa]n?|[Tt]he)\s+(?<np>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})\s+(?:(?:${alternation(C.tally_modifiers)})\s+)?` +
    String.raw`(?:${alternation(C.tally_nouns)})\b[^.;]{0,60}?\b(?:${ATTRIBUTION}|${verbs(C.tally_showing_verbs)})(?![\p{L}])`,
  "u",
);
/**
 * "KHAN YOUNIS (AFP) - The civil defence agency said …": the dateline opening a report's first sentence comes before
 * its source (capitals, an optional outlet in brackets, a dash). Case-sensitive: the place is written in capitals.
 */
const DATELINE =
  // ("CAIRO, Jan 9 (Reuters) -": a wire dateline's day of the month, in digits.)
  new RegExp(
    String.raw`^\s*\p{Lu}{2,}(?:[\s'’.-]+\p{Lu}{2,}){0,3}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+(?:\p{Lu}[\p{L}.]*|\d{1,4}\b)){0,3})?` +
      String.raw`\s*(?:\([\p{L}\s.]{1,30}\))?\s*[-—–]+\s*`,
    "u",
  );
/**
 * "…, the health minister said, the deadliest day since …", "…, officials said, as strikes went on": a source whose
 * sentence runs on after it. A figure after the source is its own only when the words after it carry the report on
 * (ASIDE_GOES_ON) and name no other source: "…, the civil defence said, and a further 40 people were wounded".
 */
const NAMED_ASIDE = new RegExp(
  String.raw`,\s+(?<np>${SOURCE_PHRASE})\s+(?:has\s+|have\s+)?(?:${ATTRIBUTION})(?![\p{L}])(?:\s+on\s+\p{L}+)?,\s+(?<rest>[^;]*)$`,
  "iu",
);
/**
 * "and", "while", "with": a clause joined to the one the source closed goes on with the same report (as a source that a
 * mention names is taken for the whole sentence: "…, the army said, and another five were wounded"). "as", "the
 * deadliest day …" open words of the writer's own, and a figure there is left unattributed.
 */
const ASIDE_GOES_ON = new RegExp(String.raw`^(?:${alternation(C.aside_continuations)})\s`, "iu");
/**
 * "according to Israeli tallies", "according to the territory's health ministry": the words of a source no mention
 * names, when the sentence has one "according to" (with two, which figure is whose is not read here).
 */
const ACCORDING_TO = new RegExp(String.raw`\baccording\s+to\s+(?<np>${SOURCE_PHRASE})(?=\s*(?:[,.;!]|$))`, "iu");
/**
 * "killed 20 people in Rafah and 14 in Khan Younis": figures by place in one list, each a figure of its own that
 * counts what the first one counts (case-sensitive: each place is a capitalised name).
 */
// ("three men were killed by Israeli fire in Tulkarm and two others in Nablus": the cause may come before the first
// place, and the people of the next figure may be named.)
const PLACE_NEXT = new RegExp(
  String.raw`^(?<first>(?:\s+(?:by|during|after|in)\s+[^,;.]{1,30}?)?\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*` +
    String.raw`(?:\s+(?:al-)?\p{Lu}[\p{L}'’-]*){0,2})?(?:,\s+|,?\s+and\s+)(?<qual>(?:${QUAL_ALT})\s+)?` +
    String.raw`(?<num>${NUM_ONE})${NUMBER_END}\s+(?:more\s+)?(?:(?<pop>${POP})\s+)?in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*` +
    String.raw`(?:\s+(?:al-)?\p{Lu}[\p{L}'’-]*){0,2}`,
  "u",
);
/** "the ministry's toll": the owner of a tally is its source. */
const TALLY_OF = new RegExp(
  String.raw`^['’]s?\s+(?:(?:${alternation(C.tally_modifiers)})\s+)?` + String.raw`(?:${alternation(C.tally_nouns)})\b`,
  "i",
);

function kindOf(kw: string): CasualtyKind {
  return KIND_OF_WORD.get(kw.toLowerCase().replace(/\s+/g, " ")) ?? "killed";
}

/** The two ends of a range phrase, or null for a single number. */
export function parseRange(numText: string): [number, number] | null {
  const m = /^(?:between\s+)?([\d,]+)\s*(?:-|–|to|and)\s*([\d,]+)$/i.exec(numText.trim());
  if (!m) return null;
  const [lo, hi] = [Number(m[1]!.replace(/,/g, "")), Number(m[2]!.replace(/,/g, ""))];
  return lo < hi && isCount(hi) ? [lo, hi] : null;
}

/** A number of people: a whole number below 2^53 - 1, so "more than" it (count + 1) is exact too; longer digit runs are no figure. */
const isCount = (n: number) => Number.isSafeInteger(n + 1) && n >= 0;

export function parseCount(numText: string): number | null {
  const range = parseRange(numText);
  if (range) return range[0];
  const t = numText
    .toLowerCase()
    .replace(/(?:\+|-plus)$/, "")
    .trim();
  if (/^an?$/.test(t)) return 1; // "including a child"
  // "1.9m" and "2bn" are "1.9 million" and "2 billion".
  const scale = /(?:\bmillion|\dm)$/.test(t) ? 1_000_000 : /\dbn$/.test(t) ? 1_000_000_000 : /\bthousand$/.test(t) ? 1000 : 1;
  // "a dozen", "a thousand": the article counts one.
  const core = t.replace(/\s+(thousand|million)$|(?<=\d)(?:m|bn)$/, "").replace(/^an?(?=\s+(?:dozen|hundred)$|$)/, "one");
  if (/^[\d,.]+$/.test(core)) {
    const n = Math.round(parseFloat(core.replace(/,/g, "")) * scale);
    return isCount(n) ? n : null;
  }
  if (core === "no") return 0;
  let n = 0;
  // ("and" joins the tens to a hundred: "two hundred and forty".)
  const words = core.split(/[\s-]+/);
  for (const [i, w] of words.entries()) {
    if (w === "and" && words[i - 1] === "hundred") continue;
    // "two dozen" is 24 and "three hundred" 300: a dozen and a hundred multiply what comes before them.
    if (w === "hundred" || w === "dozen") n = (n || 1) * NUMBER_WORDS[w]!;
    else if (NUMBER_WORDS[w] !== undefined) n += NUMBER_WORDS[w]!;
    else return null;
  }
  return isCount(n * scale) ? n * scale : null;
}

/** "Nearly 0", "fewer than 0": no number of people is below 0, so the phrase gives no figure. */
const allowsNoCount = (count: number, q: Qualifier) => count === 0 && (q === "nearly" || q === "fewer_than");

export function bounds(count: number, qualifier: Qualifier): { min: number | null; max: number | null } {
  switch (qualifier) {
    case "exact":
      return { min: count, max: count };
    case "more_than":
      return { min: count + 1, max: null };
    case "at_least":
      return { min: count, max: null };
    case "nearly":
      return { min: null, max: count - 1 };
    case "fewer_than":
      return { min: null, max: count - 1 };
    case "up_to":
      return { min: null, max: count };
    case "about":
    case "range":
      return { min: null, max: null }; // a range's bounds come from its two numbers
  }
}

export function qualifierOf(qual: string | undefined, num: string): Qualifier {
  if (/(?:\+|-plus)$/i.test(num)) return "more_than";
  const q = (qual ?? "").trim();
  if (!q) return "exact";
  return QUALIFIER_OF.get(q.toLowerCase().replace(/\s+/g, " ")) ?? "exact";
}

/** The source phrase of a sentence (NAMED_LAST, NAMED_FIRST) unless it takes in a figure ("Two people said to be …"). */
function namedSource(plain: string, found: readonly CasualtyCandidate[], offset: number): Source | null {
  const dateline = DATELINE.exec(plain)?.[0].length ?? 0;
  const according = plain.match(/\baccording\s+to\b/gi)?.length === 1;
  for (const re of [NAMED_LAST, NAMED_TALLY, NAMED_FIRST, NAMED_ASIDE, ACCORDING_TO]) {
    if (re === ACCORDING_TO && !according) continue;
    // The first words after a dateline open the sentence.
    const from = re === NAMED_FIRST || re === NAMED_TALLY ? dateline : 0;
    const m = re.exec(plain.slice(from));
    if (!m) continue;
    // The full stop that ends the sentence is not the last letter of "according to hospital records."
    const np = re === ACCORDING_TO ? m.groups!.np!.replace(/(?<=\p{Ll}{2})\.$/u, "") : m.groups!.np!;
    const start = offset + from + m.index! + m[0].indexOf(np);
    if (found.some((f) => start < f.end && f.start < start + np.length)) continue;
    // A figure after the source whose clause does not carry the report on is not the source's: the figures before it are.
    if (re === NAMED_ASIDE && found.some((f) => f.start > start)) {
      const rest = m.groups!.rest!;
      if (!ASIDE_GOES_ON.test(rest) || SPEECH.test(rest)) return { actor: null, text: np, until: start };
    }
    return { actor: null, text: np };
  }
  return null;
}

/** `until`: the source gives only the figures before this offset (a source set off between two figures). */
/** `from`: the source gives only the figures from this offset on (a country believing, after a comma, in COUNTRY_BELIEVES). */
type Source = { actor: DocActor | null; text: string; until?: number; from?: number };
type Sentence = Analysis["sentences"][number];
/** The kinds of mention that may be a figure's source. */
const SOURCE_KINDS = ["organization", "person", "group", "unnamed", "role", "pronoun"];
/**
 * "130 remain in Gaza, including 34 the military says are dead", "116 are held, 41 of whom the army says are dead": a
 * source named inside the clause of the dead among people held is the source of that part alone; the sentence's other
 * figures are not its claim.
 */
const DEAD_CLAUSE_AFTER = new RegExp(
  String.raw`^\s+(?:(?:has\s+)?(?:${ATTRIBUTION})\s+(?:are|were|is|was)\s+(?:(?:${HEDGES})\s+)?` +
    String.raw`|(?:has\s+|have\s+)?(?:${CAPTOR_VERDICTS})\s+)dead\b`,
  "iu",
);
/** The source named inside a clause of the dead (DEAD_CLAUSE_AFTER), between start and end. */
function deadClauseSource(a: Analysis, start: number, end: number): Source | null {
  for (const i of mentionsIn(a, start, end)) {
    const m = a.mentions[i]!;
    // ("30 of whom Israel believes are dead": a country, which the mention rules name as a place, gives it too.)
    const giver = SOURCE_KINDS.includes(m.kind) || (m.kind === "place" && m.place?.kind === "country");
    if (m.start >= start && m.end <= end && giver && DEAD_CLAUSE_AFTER.test(a.text.slice(m.end, m.end + 60))) {
      return { actor: a.actorOf[i] ?? null, text: m.text };
    }
  }
  return null;
}

/**
 * The source of a sentence's figures: a mention said to give them ("…, said the health ministry"), else the owner of a
 * tally ("the ministry's toll"), else the words of a source no mention rule found (namedSource). Looked for only where
 * a verb of saying or of giving figures is present (`speech`).
 */
function sourceOf(a: Analysis, s: Sentence, plain: string, found: readonly CasualtyCandidate[]) {
  const speech = SPEECH.test(plain) || TALLY_GIVEN.test(plain) || NAMED_TALLY.test(plain.slice(DATELINE.exec(plain)?.[0].length ?? 0));
  let source: Source | null = null;
  const sources = () =>
    mentionsIn(a, s.start, s.end)
      .map((i) => ({ m: a.mentions[i]!, i }))
      .filter(({ m }) => m.start >= s.start && m.end <= s.end && SOURCE_KINDS.includes(m.kind));
  if (speech) {
    const src = sources().filter(
      ({ m }) =>
        !found.some((f) => m.start >= f.start && m.end <= f.end) &&
        // ("…, including 34 the military says are dead": the source of the dead among them, not of the sentence.)
        !DEAD_CLAUSE_AFTER.test(a.text.slice(m.end, Math.min(s.end, m.end + 60))),
    );
    const pick =
      src.find(
        ({ m }) =>
          /\baccording to\s+(?:the\s+|an?\s+)?$/i.test(a.text.slice(Math.max(s.start, m.start - 25), m.start)) ||
          // "…, said the health ministry." — but not "Israel says Hamas killed …", where the name opens a clause.
          (ATTRIBUTED_BEFORE.test(a.text.slice(Math.max(s.start, m.start - 25), m.start)) &&
            /^\s*(?:[.,;]|$)/.test(a.text.slice(m.end, m.end + 3))) ||
          ATTRIBUTED_AFTER.test(a.text.slice(m.end, Math.min(s.end, m.end + 40))) ||
          // "…, the agency's director in Gaza, Thomas White, said.": a name set off by commas after its title, then the verb.
          (/,\s*$/.test(a.text.slice(Math.max(s.start, m.start - 3), m.start)) &&
            ATTRIBUTED_APPOSED.test(a.text.slice(m.end, Math.min(s.end, m.end + 40)))),
      ) ?? null;
    if (pick) source = { actor: a.actorOf[pick.i] ?? null, text: pick.m.text };
  }
  // "UN: 450,000 displaced from Rafah": a headline opened by its source and a colon.
  if (!source) {
    const opener = sources().find(({ m }) => !a.text.slice(s.start, m.start).trim() && /^:\s/.test(a.text.slice(m.end, m.end + 2)));
    if (opener) source = { actor: a.actorOf[opener.i] ?? null, text: opener.m.text };
  }
  // "The ministry's toll stood at 30,035": whose tally the figure is, when no one is said to give it.
  const owners = source ? [] : sources().filter(({ m }) => TALLY_OF.test(a.text.slice(m.end, Math.min(s.end, m.end + 40))));
  // Last, the words of a source no mention rule found ("…, the civil defence agency said."): text only, no actor; or a
  // country that believes or estimates the figures ("Israel believes at least 34 of them are dead").
  const named: Source | null =
    source || owners.length ? null : ((speech ? namedSource(plain, found, s.start) : null) ?? countryBelieving(a, s, plain, found));
  return { speech, source, owners, named };
}

/** A country opening the sentence, or a clause after a comma, that believes or estimates its figures (COUNTRY_BELIEVES). */
function countryBelieving(a: Analysis, s: Sentence, plain: string, found: readonly CasualtyCandidate[]): Source | null {
  const dateline = DATELINE.exec(plain)?.[0].length ?? 0;
  for (const i of mentionsIn(a, s.start, s.end)) {
    const m = a.mentions[i]!;
    if (m.kind !== "place" || m.place?.kind !== "country" || m.start < s.start || m.end > s.end) continue;
    if (found.some((f) => m.start < f.end && f.start < m.end)) continue;
    const before = plain.slice(0, m.start - s.start);
    const opens = before.length <= dateline || /^\s*$/.test(before.slice(dateline));
    if (!opens && !/,\s+(?:the\s+)?$/.test(before)) continue;
    // ("Of the 115 hostages still held, Israel fears at least 40 are dead": after a comma, the figures of its clause only.)
    const says = COUNTRY_SAYS.exec(plain.slice(m.end - s.start));
    if (COUNTRY_BELIEVES.test(plain.slice(m.end - s.start)) || (says && found.some((f) => f.start === m.end + says[0].length)))
      return { actor: a.actorOf[i] ?? null, text: m.text, ...(opens ? {} : { from: m.start }) };
  }
  return null;
}

/**
 * "Some 1,400 people were killed in Israel, while the health ministry in Gaza says more than 3,700 …", "Officials said 471
 * died, while intelligence estimates suggest …", "Israel says 134 hostages remain, and the ministry says …": a clause
 * joined by "while", "and" or "but" (clause_joiners) after a comma is a report of its own when it has a verb of saying.
 */
const CLAUSE_JOINER = new RegExp(String.raw`[,;]\s+(?:${alternation(C.clause_joiners)})\s+`, "giu");

/**
 * The source of each figure of a sentence whose clauses (CLAUSE_JOINER) have their own verbs of saying, or null when the
 * sentence is one report (no joiner, or no verb of saying in any clause). A figure takes the source of its own clause
 * when that clause has a verb of saying (none when it names no source); else the source of the next clause when that
 * clause's verb closes it ("30 were killed, while 12 died in Jenin, the ministry said"), else of the clause before.
 */
function clauseSources(a: Analysis, s: Sentence, plain: string, found: readonly CasualtyCandidate[]) {
  const joins = [...plain.matchAll(CLAUSE_JOINER)];
  if (!joins.length) return null;
  const bounds = [0, ...joins.flatMap((j) => [j.index!, j.index! + j[0].length]), plain.length];
  const clauses = [];
  for (let i = 0; i < bounds.length; i += 2) {
    const [from, to] = [bounds[i]!, bounds[i + 1]!];
    const figures = found.filter((f) => f.start - s.start >= from && f.start - s.start < to);
    const verb = SPEECH.exec(plain.slice(from, to));
    const opens = !!verb && !!figures.length && figures.every((f) => f.start - s.start > from + verb.index);
    // ("Hamas says 13 are dead, and says it holds 132": a clause opened by its verb shares the subject of the one before.)
    const shared = !!verb && /^(?:(?:also|later|then|now)\s+)?$/i.test(plain.slice(from, from + verb.index));
    let own: Source | null | undefined;
    const source = () => {
      if (own !== undefined) return own;
      const said = sourceOf(a, { ...s, start: s.start + from, end: s.start + to }, plain.slice(from, to), figures);
      const owner = said.owners[0];
      own = said.source ?? (owner ? { actor: a.actorOf[owner.i] ?? null, text: owner.m.text } : null) ?? said.named;
      return own;
    };
    clauses.push({ figures, speech: !!verb, opens, shared, source });
  }
  if (!clauses.some((c) => c.speech)) return null;
  const given = new Map<CasualtyCandidate, Source | null>();
  for (const [i, c] of clauses.entries()) {
    const next = clauses.slice(i + 1).find((o) => o.speech);
    const prev = clauses
      .slice(0, i)
      .reverse()
      .find((o) => o.speech);
    const from = c.speech ? c : next && !next.opens ? next : prev;
    const subject = from?.shared
      ? clauses
          .slice(0, clauses.indexOf(from))
          .reverse()
          .find((o) => o.speech && !o.shared)
      : from;
    for (const f of c.figures) given.set(f, subject ? subject.source() : null);
  }
  return given;
}

/**
 * The place a figure's sentence names by anaphora (PLACE_ANAPHOR) near the figure, as its clause goes (no number between
 * them after it, up to 60 characters before it or 90 after): the territory the text named last before the anaphor.
 */
function anaphoricPlace(a: Analysis, s: Sentence, f: CasualtyCandidate): PlaceEntry | null {
  const from = Math.max(s.start, f.start - 60);
  const text = a.text.slice(from, Math.min(s.end, f.end + 90));
  for (const m of text.matchAll(PLACE_ANAPHOR)) {
    if (!m.groups!.prep && !m.groups!.own) continue;
    const at = from + m.index!;
    if (at >= f.end && (NUMBER_HINT.test(a.text.slice(f.end, at)) || !SAME_CLAUSE.test(a.text.slice(f.end, at)))) continue;
    for (let i = firstBefore(a, at); i >= 0; i--) {
      const p = a.mentions[i]!;
      if (p.kind === "place" && p.place?.kind === "territory") return p.place;
    }
    return null;
  }
  return NAMED_ATTACKS.find((x) => x.re.test(text))?.place ?? null;
}

/** The index of the last mention that ends before `pos`, or -1. */
function firstBefore(a: Analysis, pos: number): number {
  let i = a.mentions.length - 1;
  while (i >= 0 && a.mentions[i]!.end > pos) i--;
  return i;
}

/**
 * The dates of a sentence that may date its figures: when the source gave them ("said last night"), not the start of
 * a period. (Not a date inside a "since …" phrase: "since the outbreak of the conflict on October 7"; nor the first
 * date of "between 7 October and 10 March", where the second one is the date of the count.) Nor a date that names an
 * event ("killed in the October 7 attack", "Tuesday's strike"): it dates the attack.
 */
function claimDates(a: Analysis, s: Sentence): ResolvedDate[] {
  return sentenceDates(a, s, false).filter(
    (d) =>
      !/\b(?:since|from|until)\b[^,;]{0,60}$/i.test(a.text.slice(Math.max(s.start, d.start - 60), d.start)) &&
      !(
        /\bbetween\s+[^,;]{0,30}$/i.test(a.text.slice(Math.max(s.start, d.start - 40), d.start)) &&
        /^\s+and\b/i.test(a.text.slice(d.end, d.end + 6))
      ) &&
      !NAMES_EVENT.test(a.text.slice(d.end, Math.min(s.end, d.end + 24))) &&
      // ("killed 42,000 people over the past year", "in the past week": the period the figure counts up to now, not the
      // day of the count; "in the past 24 hours" ends on the day of the report, and dates it.)
      !(PERIOD_SPAN.test(a.text.slice(d.start, d.end)) && PERIOD_TO_NOW.test(a.text.slice(Math.max(s.start, d.start - 20), d.start))) &&
      !RELEASE_DATED.test(a.text.slice(Math.max(s.start, d.start - 60), d.start)),
  );
}

/** Who said the quoted words at a position: a figure inside a quote is that speaker's claim. */
export type QuotedBy = (pos: number) => DocActor | null | undefined;

export function extractCasualties(a: Analysis, quotedBy: QuotedBy = () => undefined): CasualtyCandidate[] {
  const out: CasualtyCandidate[] = [];
  /** The sentences that gave figures (by start): their sources are theirs, not the next sentence's. */
  const withFigures = new Set<number>();
  /** Rows of a table of figures that took the source of the sentence before them, by start. */
  const tableSources = new Map<number, { source: Source; dates: ResolvedDate[] }>();
  for (const s of a.sentences) {
    // Quoted words count too when the quote has a speaker ("“There are still 150 hostages,” Herzog said").
    const plain = quotesIn(a, s.start, s.end).length ? blankQuotes(a, s, (q) => !quotedBy(q.start)) : unquoted(a, s);
    // Cheap tests first: most sentences have no casualty word or no number, and the patterns are costly.
    if (!(CASUALTY_WORD.test(plain) || STILL_HELD_HINT.test(plain)) || !NUMBER_HINT.test(plain)) continue;
    const found: CasualtyCandidate[] = [];
    /** The sentence, or the paragraph's sentence before it, speaks of people taken or held (the `held` patterns). */
    const heldContext = () => {
      const prev = a.sentences[a.sentences.indexOf(s) - 1];
      return HOSTAGE_TALK.test(plain) || (prev?.paragraph === s.paragraph && HOSTAGE_TALK.test(unquoted(a, prev)));
    };
    const subsetOf = new Map<number, "required" | "optional">();
    /** A table row's source in brackets after its number ("40,005 (health ministry)"), by the figure's start. */
    const bracketed = new Map<number, { start: number; text: string }>();
    const words = asciiWords(plain);
    for (const p of PATTERNS) {
      if (p.cueWords && !holdsAny(words, p.cueWords)) continue;
      for (const m of matchesOf(p.re, plain)) {
        const g = m.groups!;
        const start = s.start + m.index!;
        const end = start + m[0].length;
        if (found.some((f) => start < f.end && f.start < end)) continue;
        if (p.accept && !p.accept(g)) continue;
        if (p.held && !heldContext()) {
          a.trace?.veto("CasualtyExtractor/veto-no-count", start, end, "people remaining somewhere, with no hostages in the sentences");
          continue;
        }
        // One person named with no number counts one: its words are the article and the person ("Israeli soldier").
        const num = p.single ? `${g.art ?? ""}${g.pop}` : g.num!;
        // A count of none ("no deaths", "0 people") is no figure: reports count the dead, not their absence.
        const count = p.single ? 1 : parseCount(num);
        if (count === null || count === 0) {
          a.trace?.veto("CasualtyExtractor/veto-no-count", start, end, "no count of people (none, or a number too long)");
          continue;
        }
        const numStart = m.index! + m[0].indexOf(num);
        const numEnd = numStart + num.length;
        if (!popOk(g.pop)) {
          a.trace?.veto("CasualtyExtractor/veto-not-people", start, end, "a lower-case word before the people is no name");
          continue;
        }
        if (!p.single && NOT_PEOPLE_AFTER.test(plain.slice(numEnd))) {
          a.trace?.veto("CasualtyExtractor/veto-not-people", start, end, "the number counts things, not people");
          continue;
        }
        // "103 were killed and 145 wounded, bringing the total to 28,576": the total is the sentence's first figure's,
        // the one its clause is about (the dead, as news gives them first), not the last one's.
        const before = p.follows ? found.filter((f) => f.start < start).sort((x, y) => x.start - y.start)[0] : undefined;
        if (p.follows && !before) {
          a.trace?.veto("CasualtyExtractor/veto-no-count", start, end, "a total with no figure before it to say what it counts");
          continue;
        }
        const kind = before?.kind ?? p.kind ?? (p.labels ? TABLE_LABELS.get(g.kw!.toLowerCase()) : undefined) ?? kindOf(g.kw ?? "");
        // "Hamas freed 105 hostages": the count of a release says who left captivity, not who is held. A release to
        // come ("to release 50 hostages", "the release of 50 hostages") still counts people held.
        if (
          kind === "hostages" &&
          (RELEASED_BEFORE.test(plain.slice(Math.max(0, numStart - 50), numStart)) ||
            (RELEASING_BEFORE.test(plain.slice(Math.max(0, numStart - 50), numStart)) && !RELEASE_TO_COME.test(plain)) ||
            RELEASED_AFTER.test(plain.slice(m.index! + m[0].length)))
        ) {
          a.trace?.veto("CasualtyExtractor/veto-released", start, end, "people freed or handed over, no longer held");
          continue;
        }
        const range = parseRange(num);
        // "the toll passed 19,000", "climbed past 40" say more than 19,000, as "more than" would.
        const verb = (g.verb ?? "").toLowerCase().replace(/\s+/g, " ");
        const passed = !g.qual && (verb === "past" || PASSED.has(verb));
        const nearing = !g.qual && NEARING.has(verb);
        const qualifier = range ? "range" : passed ? "more_than" : nearing ? "nearly" : qualifierOf(g.qual, num);
        if (allowsNoCount(count, qualifier)) continue;
        const countText = ((g.qual ?? "") + num).trim();
        if (p.subset) subsetOf.set(start, p.subset);
        if (g.src) bracketed.set(start, { start: s.start + m.index! + m[0].lastIndexOf(g.src), text: g.src.trim() });
        found.push({
          kind,
          count,
          countText,
          qualifier,
          ...(range ? { min: range[0], max: range[1] } : bounds(count, qualifier)),
          // ("two more hostages": "more" says they add to others, not who they were.)
          population: g.pop?.trim().replace(/^more\s+/i, "") || (p.rule === "of-whom" ? g.kw!.toLowerCase() : null),
          place: null,
          asOf: null,
          periodText: null,
          attributedTo: null,
          attributedText: null,
          partOf: null,
          start,
          end,
          rule: `CasualtyExtractor/${p.rule}`,
        });
      }
    }
    if (!found.length) continue;
    // "An earlier version of this story said 43 people were killed": a figure withdrawn by a correction is no record.
    if (CORRECTED_VERSION.test(plain)) {
      for (const f of found)
        a.trace?.veto("CasualtyExtractor/veto-corrected", f.start, f.end, "a figure an earlier version gave, since corrected");
      continue;
    }
    withFigures.add(s.start);
    // Context shared by the sentence's figures: place, period, source and date of the claim.
    const places = mentionsBetween(a, s.start, s.end).filter(
      (m) =>
        m.kind === "place" &&
        m.start >= s.start &&
        m.end <= s.end &&
        // ("rockets fired from Rafah struck a base near Kerem Shalom": the launch site is not where people were hit.)
        !LAUNCHED_FROM.test(a.text.slice(Math.max(s.start, m.start - 30), m.start)) &&
        // ("abducted into Gaza": where the people were taken.)
        // ("wounded near Metula": a place named right after "near" is where it happened.)
        (PLACE_BEFORE.test(a.text.slice(Math.max(0, m.start - 24), m.start)) ||
          // ("• Gaza: At least 33,000 people have been killed": a briefing's row labelled with the place.)
          (/^\s*(?:[-•*–]\s*)?$/.test(a.text.slice(s.start, m.start)) && /^\s*:/.test(a.text.slice(m.end, m.end + 3))) ||
          // ("Gaza death toll nears 35,000", "Gaza's toll": the place names the toll, which opens the figure.)
          found.some((f) => /^(?:['’]s)?\s+$/.test(a.text.slice(m.end, f.start))) ||
          // ("took 251 others back to Gaza as hostages": a place the people were taken to, inside the figure's own words.)
          (found.some((f) => m.start > f.start && m.end < f.end) &&
            /\b(?:to|into)\s+(?:the\s+)?$/i.test(a.text.slice(m.start - 12, m.start)))),
    );
    const period = PERIOD.exec(plain);
    const said = sourceOf(a, s, plain, found);
    const { speech, owners } = said;
    let { source, named } = said;
    const byClause = clauseSources(a, s, plain, found);
    let dates = speech ? claimDates(a, s) : [];
    // "The health ministry released its latest figures on Saturday. Killed: 30,320.", "Some 17,000 children are
    // unaccompanied, UNICEF said. More than 12,300 children have been killed.": a sentence with no word of saying gives
    // the figures of the source of the sentence just before it, when that one is a source putting out its figures or
    // giving a count of people with no casualty figure of its own (a source's statement of one topic), in the same
    // paragraph. A sentence of other news before ("Netanyahu said Israel would press on.") gives none.
    if (!speech && !source && !owners.length) {
      const prev = a.sentences[a.sentences.indexOf(s) - 1];
      // A table's rows are one statement: "Killed: 30,320. Wounded: 71,533." give the source of the row before.
      const row = prev && TABLE_ROW.test(plain) && TABLE_ROW.test(unquoted(a, prev)) ? tableSources.get(prev.start) : undefined;
      if (row) {
        named = row.source;
        dates = row.dates;
      } else if (prev && prev.paragraph === s.paragraph && !withFigures.has(prev.start)) {
        const prevPlain = unquoted(a, prev);
        if (TALLY_GIVEN.test(prevPlain) || PEOPLE_COUNTED.test(prevPlain)) {
          const before = sourceOf(a, prev, prevPlain, []);
          const given = before.source ?? before.named;
          if (given) {
            named = given;
            dates = claimDates(a, prev);
          }
        }
      }
      if (named && TABLE_ROW.test(plain)) tableSources.set(s.start, { source: named, dates });
    }
    let owner: (typeof owners)[number] | undefined;
    /** The "including …" phrase of a figure, after it or set off inside it, unless another figure comes between. */
    const includingAfter = (f: CasualtyCandidate) => {
      const from = f.start + 1;
      const inc = INCLUDING.exec(a.text.slice(from, Math.min(s.end, f.end + 100)));
      if (!inc || found.some((o) => o !== f && o.start >= f.end && o.start < from + inc.index!)) return null;
      return { inc, end: from + inc.index! + inc[0].length };
    };
    /**
     * The words from a figure to a place after it, without a part's aside, nor the figure joined to it by "and" ("Three
     * soldiers were killed and 12 wounded when rockets struck a base near Sderot": both figures of the one event).
     */
    const between = (f: CasualtyCandidate, to: number) => {
      const joined = found.find((o) => o.start > f.end && o.end <= to && /^\s+and\s+$/.test(a.text.slice(f.end, o.start)));
      return (joined ? a.text.slice(joined.end, to) : a.text.slice(f.end, to)).replace(OF_THEM_ASIDE, "");
    };
    for (const f of found) {
      // Read as the "including …" subset of another figure ("130 captives, including the bodies of 25 people").
      if (found.some((o) => o !== f && o.start < f.start && (includingAfter(o)?.end ?? 0) > f.start)) continue;
      // (Not a place after the figure with a number between: "killed 31 people, 20 in Rafah …" names the part's place.)
      // ("25 people were wounded, four of them seriously, in overnight fighting in Khan Younis", "killed in an airstrike on
      // their home in Jabalia": a place further on, up to 90 characters, when the words between go on with the same
      // clause: no comma but the part's aside, no number, no semicolon or dash.)
      const near = places.filter(
        (p) =>
          p.start >= f.start - 40 &&
          (p.start <= f.end + 40 || (p.start <= f.end + 90 && SAME_CLAUSE.test(a.text.slice(f.end, p.start).replace(OF_THEM_ASIDE, "")))) &&
          !(p.start >= f.end && NUMBER_HINT.test(between(f, p.start))),
      );
      // A place inside the figure ("the toll in Gaza rose to 40"), else the first after it, else the nearest before.
      f.place = (near.find((p) => p.start >= f.start && p.end <= f.end) ?? near.find((p) => p.start >= f.end) ?? near[0])?.place ?? null;
      f.periodText = period?.[0].trim() ?? null;
      // "Of the 252 people taken hostage, 124 remain": the people held are hostages, the group's noun in the plural.
      if (f.rule === "CasualtyExtractor/of-whom" && C.of_whom_groups.includes(`${f.population}s`)) f.population = `${f.population}s`;
      const speaker = quotedBy(f.start);
      // The tally's later figures are its own too ("The ministry's toll stood at 30,035 dead and 70,457 wounded").
      owner = owners.find(({ m }) => m.end <= f.start && /^['’]s?\s+$/.test(a.text.slice(m.end, f.start))) ?? owner;
      const given = byClause
        ? byClause.get(f)
        : (source ??
          (owner ? { actor: a.actorOf[owner.i] ?? null, text: owner.m.text } : null) ??
          (named && (named.until === undefined || f.start < named.until) && (named.from === undefined || f.start >= named.from)
            ? named
            : null));
      // ("41 of whom the army says are dead": the source inside the figure's own clause gives it.)
      const own = speaker ? null : deadClauseSource(a, f.start, f.end);
      f.attributedTo = speaker ?? own?.actor ?? given?.actor ?? null;
      f.attributedText = speaker ? speaker.name : (own?.text ?? given?.text ?? null);
      // "- Killed in Gaza: 40,005 (health ministry)": the source in brackets after a row's number is the row's own.
      const inBrackets = speaker ? undefined : bracketed.get(f.start);
      if (inBrackets) {
        const i = mentionsIn(a, inBrackets.start, inBrackets.start + inBrackets.text.length).find((j) => {
          const m = a.mentions[j]!;
          return m.start >= inBrackets.start && m.end <= inBrackets.start + inBrackets.text.length && SOURCE_KINDS.includes(m.kind);
        });
        f.attributedTo = i === undefined ? null : (a.actorOf[i] ?? null);
        f.attributedText = inBrackets.text;
      }
      // "Lebanon's health ministry said strikes on the south killed five": a country's own authority counts its dead, so
      // a figure that names no place is the country's.
      const country = f.place ? null : /^(?:the\s+)?(?<name>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)['’]s\s/u.exec(f.attributedText ?? "");
      if (country) f.place = PLACE_BY_NAME.get(country.groups!.name!) ?? null;
      // ("12 more were killed in the Strip", "the enclave's health ministry said": the territory named before, PLACE_ANAPHOR;
      // "killed in the October 7 attack": the place of a named attack.)
      if (!f.place) f.place = anaphoricPlace(a, s, f);
      f.asOf = dates[0] ?? null;
      const base = out.length;
      const subset = subsetOf.get(f.start);
      if (subset === "required") {
        // "of them" refers to the last figure of the paragraph, or, when the paragraph opens with it, of the paragraph
        // just before ("… 105 journalists have been killed. ¶ A press group says 20 of them were killed while working.").
        const paragraphOf = (o: CasualtyCandidate) => segmentAt(a.sentences, o.start)?.paragraph;
        const prev =
          [...out].reverse().find((o) => paragraphOf(o) === s.paragraph) ??
          [...out].reverse().find((o) => paragraphOf(o) === s.paragraph - 1);
        if (!prev) continue;
        f.partOf = out.indexOf(prev);
        f.population = prev.population;
      } else if (subset === "optional") {
        // "The dead included four children": part of the paragraph's last figure of that kind, if there is one.
        // ("Of the dead, 7,797 were children, 4,959 were women": a part listed before it in its sentence is a sibling,
        // not the total.)
        const prev = [...out]
          .reverse()
          .find(
            (o) =>
              o.kind === f.kind &&
              o.partOf === null &&
              segmentAt(a.sentences, o.start)?.paragraph === s.paragraph &&
              !(subsetOf.has(o.start) && o.start >= s.start && o.end <= s.end),
          );
        if (prev) f.partOf = out.indexOf(prev);
      }
      out.push(f);
      // "…, including more than 100 women and children": a subset of the figure just found, after it or set off
      // inside it ("At least six people, including two children, were injured").
      // "killed 20 people in Rafah and 14 in Khan Younis": the figures by place that follow, each one of its own.
      let after = f.end;
      for (let next = PLACE_NEXT.exec(a.text.slice(after, s.end)); next; next = PLACE_NEXT.exec(a.text.slice(after, s.end))) {
        const ng = next.groups!;
        // The first figure must name its place too: "killed 31 people, 12 in Rafah" gives a part of 31, not a figure.
        if (after === f.end && !ng.first && !places.some((p) => p.start >= f.start && p.end <= f.end)) break;
        const count = parseCount(ng.num!);
        const nstart = after + next[0].indexOf(ng.qual ?? ng.num!, next[0].search(/(?:,|\band)\s/));
        const nend = after + next[0].length;
        if (count === null || count === 0 || found.some((o) => o !== f && o.start < nend && nstart < o.end)) break;
        const q = qualifierOf(ng.qual, ng.num!);
        out.push({
          ...f,
          count,
          countText: ((ng.qual ?? "") + ng.num!).trim(),
          qualifier: q,
          ...bounds(count, q),
          population: ng.pop ?? f.population,
          place: places.find((p) => p.start >= nstart && p.end <= nend)?.place ?? null,
          partOf: null,
          start: nstart,
          end: nend,
          // The rule of the figure the list starts from: the same words, said of another place.
          rule: f.rule,
        });
        after = nend;
      }
      let from = f.start + 1;
      let last = { end: f.end, index: base };
      let inc = includingAfter(f)?.inc ?? null;
      // "The dead include more than 8,000 children and 6,200 women": the groups listed after a part of the dead are
      // parts of the same total as it (or, without one, figures of their own), not parts of it.
      const listed = !inc && subset === "optional";
      if (listed) {
        from = f.end;
        inc = AND_ALSO.exec(a.text.slice(f.end, s.end));
        if (inc && found.some((o) => o.start >= f.end && o.start < f.end + inc![0].length)) inc = null;
      }
      while (inc) {
        const ig = inc.groups!;
        const count = parseCount(ig.num!);
        if (count === null || !popOk(ig.pop)) break;
        const q = qualifierOf(ig.qual, ig.num!);
        if (allowsNoCount(count, q)) break;
        const countText = ((ig.qual ?? "") + ig.num!).trim();
        const istart = from + inc.index! + inc[0].indexOf(countText);
        const iend = from + inc.index! + inc[0].length;
        const population =
          ig.pop?.trim() ??
          (ig.state ? `${f.population ? `${f.population} ` : ""}${ig.state.replace(/^who\s+\w+\s+/i, "")}` : f.population);
        const own = ig.dead ? deadClauseSource(a, istart, iend) : null;
        out.push({
          ...f,
          ...(own ? { attributedTo: own.actor, attributedText: own.text } : {}),
          // "Hamas holds 130 captives, including the bodies of 25 people": those are dead.
          kind: ig.remains || ig.dead ? "killed" : f.kind,
          count,
          countText,
          qualifier: q,
          ...bounds(count, q),
          population,
          partOf: listed ? f.partOf : base,
          start: istart,
          end: iend,
          rule: "CasualtyExtractor/including",
        });
        // "including nine children and six women", "including 12 children, 8 women and a doctor": each group listed
        // is a part of the same total. The next group must follow at once, so "…, and wounded 40" is no part.
        from = iend;
        last = { end: iend, index: out.length - 1 };
        inc = AND_ALSO.exec(a.text.slice(iend, s.end));
        if (inc && found.some((o) => o.start >= iend && o.start < iend + inc![0].length)) inc = null;
      }
      // "12 soldiers were wounded, four of them seriously", "52 civilians, three of them journalists": a part set after
      // a figure or after the last group of its "including" list, the number first. The part counts the figure's people.
      const them = OF_THEM_PART.exec(a.text.slice(last.end, s.end));
      if (them && !found.some((o) => o.start >= last.end && o.start < last.end + them[0].length)) {
        const tg = them.groups!;
        const count = parseCount(tg.num!);
        const q = qualifierOf(tg.qual, tg.num!);
        const parent = out[last.index]!;
        if (count !== null && !allowsNoCount(count, q) && popOk(tg.pop) && (parent.count > count || parent.qualifier !== "exact")) {
          const countText = ((tg.qual ?? "") + tg.num!).trim();
          const tstart = last.end + them.index! + them[0].indexOf(countText, them[0].indexOf(","));
          out.push({
            ...parent,
            count,
            countText,
            qualifier: q,
            ...bounds(count, q),
            population: tg.pop?.trim() ?? parent.population,
            // ("…, 240 of them in the ground operation in Gaza": the place the part names is its own.)
            place: places.find((p) => p.start >= tstart && p.end <= last.end + them.index! + them[0].length)?.place ?? parent.place,
            partOf: last.index,
            start: tstart,
            end: last.end + them.index! + them[0].length,
            rule: "CasualtyExtractor/including",
          });
        }
      }
      // "nine people have died, six soldiers and three civilians": groups set after an exact figure with no word that
      // says they are its parts. Taken only when their numbers add up to it, so "killed 12 people, five soldiers and
      // four civilians" (a part left unsaid) or a list of other things is no breakdown.
      const parts = out.length === base + 1 && f.qualifier === "exact" ? BREAKDOWN.exec(a.text.slice(f.end, s.end)) : null;
      if (parts && !found.some((o) => o.start >= f.end && o.start < f.end + parts[0].length)) {
        const groups = [...parts.groups!.list!.matchAll(BREAKDOWN_PART)].map((g) => ({
          g,
          count: parseCount(g.groups!.num!),
          start: f.end + parts.index! + parts[0].indexOf(parts.groups!.list!) + g.index!,
        }));
        const sum = groups.reduce((t, x) => t + (x.count ?? Number.NaN), 0);
        if (groups.length > 1 && sum === f.count && groups.every((x) => popOk(x.g.groups!.pop))) {
          for (const { g, count, start } of groups) {
            out.push({
              ...f,
              count: count!,
              countText: g.groups!.num!,
              qualifier: "exact",
              ...bounds(count!, "exact"),
              population: g.groups!.pop!.trim(),
              partOf: base,
              start: start + g[0].indexOf(g.groups!.num!),
              end: start + g[0].length,
              rule: "CasualtyExtractor/including",
            });
          }
        }
      }
    }
  }
  return out;
}
