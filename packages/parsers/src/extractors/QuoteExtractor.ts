/**
 * QuoteExtractor: one candidate per quotation span, then SpeakerRefiner rules in this order:
 * 1. cue right after the quote: “…,” Blinken said / “…,” said Alex Vatanka / “…,” he told reporters;
 * 2. cue before the quote in its sentence: Blinken said: “…” / He said that Biden made it “crystal clear”;
 * 3. "according to X" or a later cue anywhere in the rest of the sentence;
 * 4. no cue: a whole-sentence quote continues the previous speaker's words (pull quotes, quotes that run on
 *    over several paragraphs), looking back at most four paragraphs.
 * Scare quotes (one or two words with no cue close by: a “genocide”) are dropped.
 */
import { roleClass, SPEECH_VERBS } from "../lexicon/words.js";
import { alternation, inflectAll, lexicon, verbs } from "../lexicon/index.js";
import { segmentAt } from "../text/sorted.js";
import type { Analysis } from "../analysis.js";
import { insideQuote, mentionsIn, quotesIn, unquoted } from "../analysis.js";
import { actorMentions, isAffiliation } from "../grammar/clauses.js";
import { findDates, type ResolvedDate } from "../dates/DateResolver.js";
import type { DocActor } from "../entities/resolve.js";
import type { Mention } from "../entities/mentions.js";
import type { QuoteSpan } from "../text/quoteSpans.js";
import { escapeRegExp, matchesOf } from "../text/regex.js";
import { COUNTRY_BY_DEMONYM } from "../entities/gazetteer.js";

/** The demonyms of each country ("JO" → "Jordanian"), for descriptions that refer back by nationality. */
const DEMONYMS_OF = new Map<string, string[]>();
for (const [demonym, country] of COUNTRY_BY_DEMONYM) DEMONYMS_OF.set(country, [...(DEMONYMS_OF.get(country) ?? []), demonym]);
const KNOWN_COUNTRY = new Map(
  (lexicon.people.people as ReadonlyArray<{ name: string; country: string | null }>).flatMap((p) =>
    p.country ? [[p.name, p.country] as const] : [],
  ),
);
/** The office of a well-known person as the lexicon gives it ("Benjamin Netanyahu": Prime Minister). */
const KNOWN_TITLE = new Map(
  (lexicon.people.people as ReadonlyArray<{ name: string; title?: string | null }>).flatMap((p) =>
    p.title ? [[p.name, p.title] as const] : [],
  ),
);
/** The country of a well-known person the text names by surname only ("Netanyahu"). */
const KNOWN_COUNTRY_BY_SURNAME = new Map(
  (lexicon.people.people as ReadonlyArray<{ surnames: string[]; country: string | null }>).flatMap((p) =>
    p.country ? p.surnames.map((n) => [n, p.country!] as const) : [],
  ),
);
const countryOf = (p: DocActor) => p.country ?? KNOWN_COUNTRY.get(p.name) ?? KNOWN_COUNTRY_BY_SURNAME.get(p.name);

export interface QuoteCandidate {
  span: QuoteSpan;
  text: string;
  partial: boolean;
  speaker: DocActor | null;
  speakerMention: Mention | null;
  cue: string | null;
  date: ResolvedDate | null;
  rule: string;
}

/**
 * "Channel 12 reported that the cabinet approved “…”": verbs that introduce quoted words here only. The lexicon's speech
 * verbs feed other rules too (lone subjects, a figure's source), where "reported" would read otherwise.
 */
const QUOTE_VERBS = inflectAll(lexicon["speech-verbs"].quote_verbs);
const VERB = `(?:${alternation([...SPEECH_VERBS, ...QUOTE_VERBS])})`;
/**
 * "the so-called “humanitarian corridor”": a compound ending in a speech verb is the writer's distance from a word,
 * not a cue that someone said it; the verb inside it is never read as one.
 */
const NOT_CUE_PREFIXES = (lexicon["speech-verbs"].not_cues as string[]).map((c) => escapeRegExp(c.replace(/[\p{L}]+$/u, "")));
const NOT_CUE = `(?<!\\b(?:${NOT_CUE_PREFIXES.join("|")}))`;
/** A speech verb right after the quote, before its speaker: "…," said Blinken. */
const INVERTED_CUE = new RegExp(`^\\s*[,.!?…—-]*\\s*(${VERB})\\s+`, "i");
const VERB_AT_END = new RegExp(`${NOT_CUE}\\b${VERB}\\s*$`, "i");
const VERB_ANY = new RegExp(`${NOT_CUE}\\b(${VERB})\\b`, "gi");
/** "quoted", "cited": the past forms of the verbs that report another's words. */
const QUOTED = verbs(lexicon["speech-verbs"].quoting_verbs, ["past"]);
const QUOTED_ANY = new RegExp(`\\b(?:${QUOTED})\\b`, "i");
const VERB_ANY_TEST = new RegExp(`${NOT_CUE}\\b(${VERB})\\b`, "i");
/**
 * "X was quoted as saying", "X was quoted by Channel 12 as saying": the passive of "quote" makes its subject the
 * speaker, whoever did the quoting.
 */
const QUOTED_AS = String.raw`(?:(?:is|was|were|has been|had been|have been)\s+(?:${QUOTED})(?:\s+by\s+[^,;“”"]{2,60}?)?\s+as\s+)`;
/**
 * A prepositional phrase after the subject's head ("a spokesman for Qatar's foreign ministry said", "a relative of
 * one of the hostages said"): the head noun is the subject, not the noun in the phrase.
 */
const POSTMODIFIER = String.raw`(?:\s+(?:of|for|from|at|in|with)\s+[^,;“”"]{2,60}?)`;
const VERB_AFTER_SUBJECT = new RegExp(
  `^${POSTMODIFIER}?\\s*(?:,[^,;“”"]{2,100},\\s*)?(?:also |then |later |again |has |had |have |previously |once )?` +
    `${QUOTED_AS}?(${VERB})\\b(\\s+reporters)?`,
  "i",
);
const SOURCE_PHRASE = new RegExp(`\\b(${alternation(lexicon["speech-verbs"].source_phrases, { spaces: "\\s+" })})\\s+`, "i");
/** "met X", "told X", "with X": a name after these is an object, not the speaker. */
// "read by his spokesman Nabil Abu Rudeineh", "by her aide Sarah Cohen": a possessive and a noun may stand between.
const OBJECT_BEFORE = new RegExp(
  `\\b(?:${verbs(lexicon["meeting-verbs"].lone_object)}|with|to|by|for|of)\\s+(?:(?:his|her|their|its)\\s+(?:[a-z-]+\\s+)?)?$`,
  "i",
);
/**
 * "A statement by President Mahmoud Abbas, read by his spokesman, said …": the author of a statement is the subject of
 * its speech verb, though a preposition stands before the name.
 */
const STATEMENT_BY = new RegExp(
  `\\bstatement\\s+(?:(?:${verbs(lexicon["speech-verbs"].issue_verbs, ["past"])})\\s+)?(?:by|from)\\s+$`,
  "i",
);
/**
 * Adverbs and auxiliaries that may stand between a subject and its speech verb; also a weekday, which wire copy puts
 * before the verb ("President Mahmoud Abbas on Wednesday called on …", "Blinken on Monday night said").
 */
const SUBJECT_GAP = new RegExp(
  `^\\s*,?\\s*(?:,[^,;“”"]{2,100},\\s*)?(?:(?:also|then|later|again|has|had|have|previously|once|repeatedly|\\w+ly|${VERB},?|` +
    `on\\s+[a-z]+day(?:\\s+(?:morning|afternoon|evening|night))?)\\s+)*` +
    `${QUOTED_AS}?$`,
  "i",
);
/**
 * "A spokesman for the ministry added:", "a Western diplomat briefed on the talks said:": a description of an unnamed
 * speaker or a group may carry a phrase after its head; the description is still the subject.
 */
const DESCRIPTION_GAP = new RegExp(
  `^(?:${POSTMODIFIER}|\\s+(?:${alternation(lexicon.descriptors.knowledge_phrases, { spaces: "\\s+" })})\\s+[^,;“”"]{2,60}?)` +
    SUBJECT_GAP.source.slice(1),
  "i",
);
/** "Egypt and Jordan said", "the foreign ministers of Qatar and Egypt said": a subject of two or more has no one speaker. */
// A comma alone is apposition ("Pedro Sánchez, the Spanish prime minister, said"), not a list.
const COORDINATED = /^\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?$/i;
/** "…, citing Egyptian officials, …", "quoting a senior source": the words are the cited source's, not the outlet's. */
const CITING = new RegExp(`\\b(?:${alternation(inflectAll(lexicon["speech-verbs"].quoting_verbs, ["ing"]))})\\s+`, "gi");
/** A possessive and up to three lower-case title words between a body and a person: "UN's humanitarian chief". */
const POSSESSED_TITLE = /^['’]s\s+(?:[\p{Ll}-]+\s+){1,3}$/u;
/** A participle of citing right after a cue's verb: "reported, citing …". */
const CITING_NEXT = new RegExp(`^\\s*,\\s*(?:${alternation(inflectAll(lexicon["speech-verbs"].quoting_verbs, ["ing"]))})\\s`, "i");
/** A relative clause right after a name: "Meloni, who said", "Hamas, which later said". */
const RELATIVE_WHO = /^\s*,\s*(?:who|which)\s+/i;
/** "Al-Qahera News quoted a senior source as saying": the object of the active "quote" is the speaker. */
const QUOTED_OBJECT_BEFORE = new RegExp(`\\b(?:${QUOTED})\\s+$`, "i");
const QUOTED_OBJECT_AFTER = /^\s+as\s+$/i;

/** "a Palestinian state", "his remarks", "the calls": a determiner makes the word a noun, not a cue. */
/** Speech verbs in a past form that is no other form ("said", "told", "stressed"): never a noun. */
const PAST_ONLY = (() => {
  const others = new Set(inflectAll(lexicon["speech-verbs"].verbs, ["base", "s", "ing"]));
  return new Set(inflectAll(lexicon["speech-verbs"].verbs, ["past", "participle"]).filter((f) => !others.has(f)));
})();
const isNoun = (text: string, index: number) =>
  // "His office said", "the minister told": a determiner and a noun before a past form are its subject.
  (!PAST_ONLY.has(/^[\p{L}']+/u.exec(text.slice(index, index + 30))?.[0]?.toLowerCase() ?? "") &&
    /\b(?:a|an|the|this|that|these|those|his|her|its|their|our|one|any|no)\s+(?:[\p{L}-]+\s+)?$/iu.test(
      text.slice(Math.max(0, index - 40), index),
    )) ||
  // A possessive right before the word makes it a noun too: "Netanyahu's remarks were", "Biden's call for".
  /[\p{L}](?:['’]s|s['’])\s+$/u.test(text.slice(Math.max(0, index - 40), index)) ||
  // A word right after a preposition is a noun, never a finite verb ("said in remarks carried by state media", "on state
  // television"), unless a participle in -ing ("by saying").
  (!/^[\p{L}]+ing\b/u.test(text.slice(index, index + 30)) &&
    /\b(?:in|on|with|during|after|before|by|for|of|at|from|via)\s+$/i.test(text.slice(Math.max(0, index - 12), index)));

/** A noun by a determiner or possessive right before it ("the remarks", "Biden's call"); "one mother told" keeps its verb. */
const isNounStrict = (text: string, index: number) =>
  /(?:\b(?:a|an|the|this|that|these|those|his|her|its|their|our|any|no)|[\p{L}](?:['’]s|s['’]))\s+$/iu.test(
    text.slice(Math.max(0, index - 40), index),
  );

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

interface Attribution {
  mentionIndex: number | null;
  cue: string;
  rule: string;
  /** The cue has a subject, but one that is no actor: the previous speaker must not be taken instead. */
  unresolvedSubject?: boolean;
  /** A speaker that no mention rule reads ("one of the sources"): the actor and the words that name it. */
  actor?: DocActor;
  mention?: Mention;
}

/**
 * Wire copy's unnamed sources: "“…,” one of the sources told Reuters", "two people briefed on the talks said". They speak as
 * "a U.S. official" does (an unnamed speaker, named by the description). "One of" and a plural description is one unnamed
 * person of that description ("one of the sources": a source); people described only by how they know ("people familiar
 * with the matter") are an unnamed source named by that phrase, a group when plural. The mention rules read neither
 * ("people" is no description's head there: "two people were killed" is a figure), so the actor is made here.
 */
const SOURCE_PEOPLE =
  String.raw`(?:(?<det>one\s+of\s+the|a|an|one|two|three|four|five|several|some|other)\s+)?` +
  String.raw`(?<head>${alternation(lexicon.descriptors.source_people_heads)})\s+` +
  String.raw`(?<how>(?:${alternation(lexicon.descriptors.knowledge_phrases, { spaces: "\\s+" })})\s+[^,;:“”"]{2,60}?)`;
/** The source right after a quote: "“…,” two people familiar with the talks told Reuters". */
const SOURCE_PEOPLE_AFTER = new RegExp(String.raw`^\s*[,.!?…—-]*\s*${SOURCE_PEOPLE}\s*(?=(?:also\s+|\w+ly\s+)?${VERB}\b)`, "i");
/** The source as a clause's subject before its verb: "Two people briefed on the matter said Israel had “…”". */
const SOURCE_PEOPLE_BEFORE = new RegExp(String.raw`(?:^|[,;:—]\s*|\b(?:and|but)\s+)${SOURCE_PEOPLE}\s+(?:\w+ly\s+)?$`, "i");
const VERB_NEXT = new RegExp(`^\\s*(?:also\\s+|\\w+ly\\s+)?(${VERB})\\b`, "i");
/** "one of the sources", "one of": a partitive before a plural description makes one person of it. */
const ONE_OF = /\bone\s+of\s+(?:the\s+)?$/i;

const IRREGULAR_SINGULAR: Record<string, string> = { people: "person", persons: "person", men: "man", women: "woman" };
const singularOf = (phrase: string) =>
  phrase.replace(/(\p{L}+)$/u, (w) => IRREGULAR_SINGULAR[w.toLowerCase()] ?? w.replace(/ies$/, "y").replace(/(?<=[^s])s$/, ""));

function unnamedSpeaker(name: string, kind: "unnamed" | "group", start: number, text: string, country: string | null): Attribution {
  const actor: DocActor = { key: `${kind}:${name}`, name, kind, title: null, country, aliases: new Set([text]), mentions: 1 };
  const mention: Mention = {
    kind,
    start,
    end: start + text.length,
    text,
    name,
    title: null,
    country,
    rule: "QuoteExtractor/unnamed-source",
  };
  return { mentionIndex: null, cue: "", rule: "QuoteExtractor/unnamed-source", actor, mention };
}

/** A source of SOURCE_PEOPLE's match: one person ("a person", "one of the people") or a group ("two people"). */
function sourcePeople(m: RegExpExecArray, start: number): Attribution {
  const det = (m.groups!.det ?? "").toLowerCase();
  const one = /^(?:a|an|one)$/.test(det) || /^one\s/.test(det) || /^(?:person|individual)$/i.test(m.groups!.head!);
  const how = m.groups!.how!.replace(/\s+/g, " ");
  const name = `${one ? "person" : "people"} ${how}`;
  const text = m[0].slice(m[0].search(/[\p{L}]/u)).trimEnd();
  return unnamedSpeaker(name, one ? "unnamed" : "group", start + m[0].indexOf(text), text, null);
}

/**
 * "one of the sources said": the plural description the mention rules read ("the sources") after "one of" is one unnamed
 * person of it ("source"), of the description's country ("one of the Egyptian officials": an Egyptian official).
 */
function oneOf(a: Analysis, mi: number, from: number): Attribution | null {
  const m = a.mentions[mi]!;
  if (m.kind !== "group" || !/s$/i.test(m.name)) return null;
  const lead = ONE_OF.exec(a.text.slice(Math.max(from, m.start - 12), m.start));
  if (!lead) return null;
  const start = m.start - lead[0].length + lead[0].search(/\S/);
  const name = singularOf(m.name.replace(/^the\s+/i, ""));
  return unnamedSpeaker(name, "unnamed", start, a.text.slice(start, m.end), m.country);
}

/** A cue that stands without a subject: a participle ("calling", "described in"), or a verb opening its clause. */
const subjectless = (head: string, verb: string) =>
  /ing$/i.test(verb) || (/(?:^|[,;:—–(])\s*(?:\w+ly\s+)?$/.test(head) && !DETERMINED_SUBJECT.test(head));
/** A clause opened by a noun phrase with a determiner, perhaps set off by a parenthetical: "The neighbour of one captive, speaking …,". */
const DETERMINED_SUBJECT = /^\s*(?:the|a|an|one|another|some|two|three|several)\s[^,;:“”"]{1,60}(?:,[^,;“”"]{2,100},)?\s*$/i;

/**
 * The subject of a speech verb at verbStart: the mention right before it, or a person before an appositive;
 * else, in a coordinated predicate ("Borrell visited the crossing and called …"), the one actor named before
 * the verb in the clause.
 */
/** The kinds of mention that a description makes, which may carry a phrase after their head. */
const UNNAMED_KINDS = new Set(["unnamed", "group"]);
/** subjectOf's answer for a subject of two or more: a subject, but no one speaker. */
const SEVERAL = "several";

function subjectBefore(a: Analysis, clauseStart: number, verbStart: number): number | null {
  const s = subjectOf(a, clauseStart, verbStart);
  return s === SEVERAL ? null : s;
}

function subjectOf(a: Analysis, clauseStart: number, verbStart: number): number | null | typeof SEVERAL {
  const cands = actorMentions(a, clauseStart, verbStart);
  for (let k = cands.length - 1; k >= 0; k--) {
    const m = a.mentions[cands[k]!]!;
    if (
      QUOTED_OBJECT_AFTER.test(a.text.slice(m.end, verbStart)) &&
      QUOTED_OBJECT_BEFORE.test(a.text.slice(Math.max(clauseStart, m.start - 12), m.start))
    )
      return cands[k]!;
    // "…, Giorgia Meloni, who said her country would “…”": a relative pronoun's verb has the person before it as
    // subject, an object of the main clause too ("met Netanyahu, who told him …").
    const relative = RELATIVE_WHO.exec(a.text.slice(m.end, verbStart));
    if (relative && SUBJECT_GAP.test(a.text.slice(m.end + relative[0].length, verbStart))) return cands[k]!;
    const lead = a.text.slice(Math.max(clauseStart, m.start - 40), m.start);
    if (STATEMENT_BY.test(lead) && SUBJECT_GAP.test(a.text.slice(m.end, verbStart))) return cands[k]!;
    // An object ("meets Blinken, warns …") is no subject.
    if (OBJECT_BEFORE.test(a.text.slice(Math.max(clauseStart, m.start - 16), m.start))) continue;
    const gap = a.text.slice(m.end, verbStart);
    if (SUBJECT_GAP.test(gap) || (UNNAMED_KINDS.has(m.kind) && DESCRIPTION_GAP.test(gap))) {
      // A coordinated subject ("Egypt and Jordan said") names no one speaker: the words are left to nobody.
      const prev = k > 0 ? a.mentions[cands[k - 1]!]! : undefined;
      if (prev && prev.kind !== "pronoun" && COORDINATED.test(a.text.slice(prev.end, m.start))) return SEVERAL;
      return cands[k]!;
    }
  }
  // A coordinated predicate or a participle ("Borrell visited … and called …", "…, warning of …") has the
  // clause's subject: its first person.
  // Named people before pronouns ("For his part, Qatari Prime Minister … stressed …, saying").
  const named = cands.filter((i) => ["person", "role"].includes(a.mentions[i]!.kind) && !inDateline(a, a.mentions[i]!));
  const people = named.length ? named : cands.filter((i) => a.mentions[i]!.kind === "pronoun");
  const subjects = people.length ? people : cands;
  // (A past participle after a comma is passive — "…, described in the Declaration as" — and has no subject here.)
  const head = a.text.slice(clauseStart, verbStart);
  const verb = /^\w+/.exec(a.text.slice(verbStart))?.[0] ?? "";
  // "Meloni told the Israeli prime minister that …, but added: “…”": "but" joins a second predicate as "and" does.
  if (subjects.length && (/\b(?:and|but)\s+(?:\w+ly\s+)?$/.test(head) || (/,\s+(?:\w+ly\s+)?$/.test(head) && !/ed$/i.test(verb))))
    return subjects[0]!;
  return null;
}

/**
 * The outlet in a wire dateline ("ANKARA (Daily Sabah) - …", "GAZA CITY (Anadolu) —"), which the mention rules may read as a
 * person: it opens no clause, so it is never the first person of one.
 */
const DATELINE_BEFORE = /(?:^|\n)\s*\p{Lu}[\p{Lu}\s,.'’-]*\($/u;
const inDateline = (a: Analysis, m: Mention) =>
  DATELINE_BEFORE.test(a.text.slice(Math.max(0, m.start - 40), m.start)) && a.text.startsWith(")", m.end);

/**
 * "Mao said China calls for “…”", "Kanaani underlined that Iran condemns the “…”": a spokesperson speaks for a state,
 * and the state named as the subject of the reported clause is no speaker of its own. The quoted words are those of
 * the person whose speech verb reports the clause, when only the state's name stands between the two verbs.
 */
const REPORTED_STATE = /^\s+(?:that\s+)?$/i;
/**
 * A capital stands for its state as the subject of a reported clause ("the minister said, adding that New Delhi had urged
 * “…”", "Cairo would not accept …"), and an auxiliary may come before the verb.
 */
const CAPITALS: ReadonlySet<string> = new Set(
  (lexicon.gazetteer.countries as Array<{ capital?: string }>).flatMap((c) => (c.capital ? [c.capital] : [])),
);
const STATE_VERB_GAP = /^\s+(?:(?:has|had|have|would|will|was|is)\s+)?(?:\w+ly\s+)?$/i;
function reportingSpeaker(a: Analysis, from: number, cues: RegExpMatchArray[], lastIndex: number): Attribution | null {
  const last = from + lastIndex;
  const state = mentionsIn(a, from, last)
    .filter((i) => a.mentions[i]!.end <= last)
    .at(-1);
  const m = state === undefined ? undefined : a.mentions[state]!;
  const isState = m?.kind === "place" && (m.place?.kind === "country" || CAPITALS.has(m.place?.name ?? ""));
  if (!m || !isState || !STATE_VERB_GAP.test(a.text.slice(m.end, last))) return null;
  const cue = cues.filter((v) => from + v.index! + v[0].length <= m.start).at(-1);
  if (!cue || !REPORTED_STATE.test(a.text.slice(from + cue.index! + cue[0].length, m.start))) return null;
  const subject = subjectBefore(a, from, from + cue.index!);
  return subject === null ? null : { mentionIndex: subject, cue: cue[1]!, rule: "QuoteExtractor/cue-before-reporter" };
}

/**
 * "The Journal reported, citing Egyptian officials, that …", "Al-Qahera News, citing a senior source, said …": after the
 * subject, a participle of citing names whose words they are. The cited actor speaks; a source the mention rules do not
 * read ("citing people familiar with the talks") leaves the words to nobody rather than to the outlet.
 */
function citedSource(a: Analysis, from: number, to: number): Attribution | null {
  const cite = matchesOf(CITING, a.text.slice(from, to)).at(-1);
  if (!cite) return null;
  const at = from + cite.index! + cite[0].length;
  const m = actorMentions(a, at, to)[0];
  // "citing the group's deputy leader Mohammed al-Hindi": a possessive and an office may stand before the cited person.
  const gap = m === undefined ? "" : a.text.slice(at, a.mentions[m]!.start);
  const ownOffice = a.mentions[m ?? -1]?.kind === "person" && CITED_OFFICE.test(gap);
  const named = m !== undefined && (/^(?:the\s+)?$/i.test(gap) || ownOffice) ? citedPerson(a, m) : null;
  return { mentionIndex: named, cue: "", rule: "QuoteExtractor/cited-source", unresolvedSubject: named === null };
}

const CITED_OFFICE = /^(?:the\s+)?(?:[\p{L}-]+['’]s|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){1,4}$/u;
/**
 * "citing Hamas political bureau member Hossam Badran": a body and up to four lower-case title words before a person
 * name the person's affiliation and office; the person is the one cited.
 */
function citedPerson(a: Analysis, m: number): number {
  const org = a.mentions[m]!;
  const next = a.mentions[m + 1];
  const titled =
    org.kind === "organization" && next?.kind === "person" && /^\s+(?:[\p{Ll}-]+\s+){0,4}$/u.test(a.text.slice(org.end, next.start));
  return titled ? m + 1 : m;
}

/**
 * A sentence that opens with its cue and then names the speaker ("Said Blinken: “…”", "Added the official: “…”"):
 * the mention right after the verb, when nothing but a colon or comma follows it before the quote.
 */
function invertedOpening(a: Analysis, before: [number, number], verbStart: number, verbLength: number): number | null {
  if (a.text.slice(before[0], verbStart).trim() !== "") return null;
  const next = actorMentions(a, verbStart + verbLength, before[1])[0];
  if (next === undefined) return null;
  const m = a.mentions[next]!;
  if (!/^\s+$/.test(a.text.slice(verbStart + verbLength, m.start))) return null;
  const speaker = isAffiliation(a, next) ? next + 1 : next;
  return /^\s*[:,]?\s*$/.test(a.text.slice(a.mentions[speaker]!.end, before[1])) ? speaker : null;
}

/**
 * "…,” it said" / "…,” the statement said": the quote's source is the body that issued the statement. Also with a
 * describing word or two ("…,” a military statement said", "its written statement"), but not a joint statement,
 * which has more than one issuer.
 */
const STATEMENT_CUE = new RegExp(
  String.raw`^\s*[,.!?…—-]*\s*(it|(?:the|a|an|its|their)\s+(?!joint\b)(?:[\p{L}-]+\s+){0,2}?statement)\s+(?:also\s+)?(${VERB})\b`,
  "iu",
);
/** What an issuer of a statement does: a speech verb, or "issued a statement". */
const ISSUES = new RegExp(`^\\s+(?:also\\s+)?(?:${VERB}|${verbs(lexicon["speech-verbs"].issue_verbs)})\\b`, "i");
const ORGANISATION_KINDS = new Set(["organization", "group"]);

/**
 * The latest actor before pos, in its paragraph or the one before, that said something or issued a statement
 * ("Hamas said in a statement that …", "Hamas issued a statement on Tuesday"); for "it", an organisation only.
 */
function issuerBefore(a: Analysis, pos: number, organisationOnly: boolean): number | null {
  const para = segmentAt(a.paragraphs, pos);
  const from = para ? a.paragraphs[Math.max(0, para.index - 1)]!.start : 0;
  const cands = actorMentions(a, from, pos);
  for (let k = cands.length - 1; k >= 0; k--) {
    const m = a.mentions[cands[k]!]!;
    if (m.kind === "pronoun" || (organisationOnly && !ORGANISATION_KINDS.has(m.kind))) continue;
    if (ISSUES.test(a.text.slice(m.end, m.end + 40))) return cands[k]!;
  }
  return null;
}

function attribute(a: Analysis, before: [number, number], after: [number, number], short: boolean, partial: boolean): Attribution | null {
  const text = a.text;
  const afterText = text.slice(after[0], after[1]);
  const cueAfter = (): Attribution | null => {
    // 1. Cue right after the quote.
    const people = SOURCE_PEOPLE_AFTER.exec(afterText);
    if (people) {
      const v = VERB_NEXT.exec(afterText.slice(people[0].length));
      return { ...sourcePeople(people, after[0]), cue: v?.[1] ?? "" };
    }
    const lead = /^\s*[,.!?…—-]*\s*/.exec(afterText)![0].length;
    let first = actorMentions(a, after[0] + lead, after[1])[0];
    // The subject right after the quote, maybe after "the" ("“…,” the UN said").
    const gap = first === undefined ? "" : text.slice(after[0] + lead, a.mentions[first]!.start);
    // "“…,” the UN's humanitarian chief Martin Griffiths said": a body in the possessive before a title is the person's.
    const owner = first === undefined ? undefined : a.mentions[first]!;
    if (owner?.kind === "organization" && a.mentions[first! + 1]?.kind === "person") {
      if (POSSESSED_TITLE.test(text.slice(owner.end, a.mentions[first! + 1]!.start))) first = first! + 1;
    }
    // "“…,” one of the sources told Reuters": one unnamed person of the plural description after "one of".
    const partitive = first !== undefined && /^one\s+of\s+(?:the\s+)?$/i.test(gap) ? oneOf(a, first, after[0]) : null;
    if (partitive) {
      const v = VERB_AFTER_SUBJECT.exec(text.slice(a.mentions[first!]!.end, after[1]));
      if (v) return { ...partitive, cue: v[1]! + (v[2] ?? "") };
    }
    if (first !== undefined && (gap.length <= 1 || /^the\s+$/i.test(gap))) {
      const v = VERB_AFTER_SUBJECT.exec(text.slice(a.mentions[first]!.end, after[1]));
      // "“…,” Channel 13 reported, citing an Israeli official": the cited source speaks, when the participle follows the verb
      // and names an actor ("…,” Blinken said, citing security concerns" stays Blinken's).
      const verbEnd = a.mentions[first]!.end + (v ? v.index + v[0].length : 0);
      const cited = v && CITING_NEXT.test(text.slice(verbEnd, after[1])) ? citedSource(a, verbEnd, after[1]) : null;
      if (cited?.mentionIndex != null) return { ...cited, cue: v![1]! };
      if (v) return { mentionIndex: first, cue: v[1]! + (v[2] ?? ""), rule: "QuoteExtractor/cue-after" };
    }
    const statement = STATEMENT_CUE.exec(afterText);
    // "“…,” the statement said, citing Hamas official Hossam Badran": a statement that cites someone carries that
    // person's words, as a cue followed by a citing participle does.
    const statementEnd = statement ? after[0] + statement.index + statement[0].length : 0;
    const citedInStatement =
      statement && CITING_NEXT.test(text.slice(statementEnd, after[1])) ? citedSource(a, statementEnd, after[1]) : null;
    if (citedInStatement?.mentionIndex != null) return { ...citedInStatement, cue: statement![2]! };
    if (statement) {
      const issuer = issuerBefore(a, before[1], statement[1]!.toLowerCase() === "it");
      return {
        mentionIndex: issuer,
        cue: statement[2]!,
        rule: issuer === null ? "QuoteExtractor/statement-no-issuer" : "QuoteExtractor/statement-issuer",
        unresolvedSubject: issuer === null,
      };
    }
    const inverted = INVERTED_CUE.exec(afterText);
    if (inverted) {
      const next = actorMentions(a, after[0] + inverted[0].length, after[1])[0];
      // A possessive may stand between the cue and the speaker ("said Jordan's King Abdullah II").
      const gap = next === undefined ? "" : text.slice(after[0] + inverted[0].length, a.mentions[next]!.start);
      // So may a body's acronym and the first half of a hyphenated title whose second half the name took ("said WHO
      // Director-General Tedros …", "said UNRWA Commissioner-General Philippe Lazzarini", read as "General Philippe …").
      const titleHalf = /^(?:the\s+)?(?:\p{Lu}{2,}\s+(?:\p{Lu}\p{Ll}+-)?|(?:\p{Lu}{2,}\s+)?\p{Lu}\p{Ll}+-)$/u.test(gap);
      if (next !== undefined && (gap === "" || titleHalf || /^(?:the\s+)?\p{Lu}[\p{L}.\s-]{0,40}['’]s\s+$/u.test(gap))) {
        // "said State Department spokesman Matthew Miller": the organisation is the speaker's affiliation.
        return { mentionIndex: isAffiliation(a, next) ? next + 1 : next, cue: inverted[1]!, rule: "QuoteExtractor/cue-after-inverted" };
      }
    }
    // "described as “…” by the prime minister's office": the agent of a passive cue speaks.
    const agent = /^\s*[,.]?\s*by\s+(?:the\s+)?/i.exec(afterText);
    if (agent && /\b(?:described|called|labell?ed|termed|dubbed)\s+(?:\S+\s+){0,3}as\s*$/i.test(text.slice(before[0], before[1]))) {
      const m = actorMentions(a, after[0] + agent[0].length - 4, after[1])[0];
      if (m !== undefined) return { mentionIndex: m, cue: "described", rule: "QuoteExtractor/passive-agent" };
    }
    return null;
  };
  const cueBefore = (): Attribution | null => {
    // 2. Cue before the quote, in the same sentence.
    const beforeText = text.slice(before[0], before[1]);
    const according = /\baccording to\s+/i.exec(beforeText);
    const verbs = matchesOf(VERB_ANY, beforeText).filter((v) => !isNoun(beforeText, v.index!));
    const naming = CALL_CONSTRUCTION.exec(beforeText);
    const lastVerb =
      naming && !isNoun(beforeText, naming.index) && naming.index >= (verbs.at(-1)?.index ?? -1) ? naming : verbs[verbs.length - 1];
    // A short fragment belongs to the cue's subject only when nobody else is named in between ("echoing the
    // calls of officials for a “flood” of aid" quotes the officials, not the subject).
    // "Of" marks a source only after a word of speech ("the calls of officials"), not after another noun ("said the killing of
    // Haniyeh would bring “harsh punishment”").
    const shortOk = (verbIndex: number) =>
      beforeText.length - verbIndex <= 100 &&
      actorMentions(a, before[0] + verbIndex, before[1]).every((i) => {
        const lead = a.text.slice(Math.max(0, a.mentions[i]!.start - 30), a.mentions[i]!.start);
        const source = /\b(?:(of)|from|by)\s+(?:the\s+)?$/i.exec(lead);
        return !source || (!!source[1] && !VERB_AT_END.test(lead.slice(0, source.index)));
      });
    if (lastVerb && (!short || shortOk(lastVerb.index!))) {
      const verbStart = before[0] + lastVerb.index!;
      const found = subjectOf(a, before[0], verbStart);
      if (found === SEVERAL)
        return { mentionIndex: null, cue: lastVerb[1]!, rule: "QuoteExtractor/cue-before-several", unresolvedSubject: true };
      const cited = found === null ? null : citedSource(a, a.mentions[found]!.end, before[1]);
      if (cited) return { ...cited, cue: lastVerb[1]! };
      // "One of the sources said …", "Two people briefed on the matter said …": an unnamed source as the subject.
      // (subjectOf passes over a description after "of", an object elsewhere: the one right before the verb is the subject.)
      const lastBefore = actorMentions(a, before[0], verbStart).at(-1);
      const partitive =
        found === null
          ? lastBefore !== undefined && SUBJECT_GAP.test(text.slice(a.mentions[lastBefore]!.end, verbStart))
            ? oneOf(a, lastBefore, before[0])
            : null
          : oneOf(a, found, before[0]);
      if (partitive) return { ...partitive, cue: lastVerb[1]! };
      const people = found === null ? SOURCE_PEOPLE_BEFORE.exec(text.slice(before[0], verbStart)) : null;
      if (people) return { ...sourcePeople(people, before[0] + people.index), cue: lastVerb[1]! };
      const subject = found;
      const inverted = subject === null ? invertedOpening(a, before, verbStart, lastVerb[0].length) : null;
      if (inverted !== null) return { mentionIndex: inverted, cue: lastVerb[1]!, rule: "QuoteExtractor/cue-opening-inverted" };
      const reporter = subject === null && inverted === null ? reportingSpeaker(a, before[0], verbs, lastVerb.index!) : null;
      if (reporter) return reporter;
      return {
        mentionIndex: subject,
        cue: lastVerb[1]!,
        rule: subject === null ? "QuoteExtractor/cue-before-no-subject" : "QuoteExtractor/cue-before",
        // A finite verb after a noun ("One mother, whose son is held, told reporters: “…”") has a subject that names
        // nobody we know; only a participle ("…, calling it “…”", "Emphasizing …") or an opening verb has none.
        unresolvedSubject: subject === null && !subjectless(a.text.slice(before[0], verbStart), lastVerb[1]!),
      };
    }
    // "Based on a State Department summary of the meeting, Blinken and Abbas “discussed …”": the body whose written account
    // is the source speaks, when it opens the phrase's noun phrase (not "based on the evidence, Hamas …").
    const source = SOURCE_PHRASE.exec(beforeText);
    if (!according && source) {
      const at = before[0] + source.index + source[0].length;
      const m = actorMentions(a, at, before[1])[0];
      if (m !== undefined && /^(?:(?:a|an|the)\s+)?$/i.test(a.text.slice(at, a.mentions[m]!.start)))
        return { mentionIndex: isAffiliation(a, m) ? m + 1 : m, cue: source[1]!.toLowerCase(), rule: "QuoteExtractor/source-phrase" };
    }
    if (according) {
      const m = actorMentions(a, before[0] + according.index! + according[0].length, before[1])[0];
      // "According to Hamas leader Ismail Haniyeh": the organisation is the person's affiliation.
      if (m !== undefined)
        return { mentionIndex: isAffiliation(a, m) ? m + 1 : m, cue: "according to", rule: "QuoteExtractor/according-to" };
    }
    return null;
  };
  // A fragment inside reported speech ("Netanyahu told Sullivan that Israel would fight “until complete
  // victory”, his office said") belongs to the reported speaker; a whole quote to the cue that follows it.
  const b = cueBefore();
  const found = partial ? (b && b.mentionIndex !== null ? b : (cueAfter() ?? b)) : (cueAfter() ?? b);
  if (found) return found;
  if (short) return null;
  // 3. "according to X" or a later cue in the rest of the sentence.
  const acc = /\baccording to\s+/i.exec(afterText);
  if (acc) {
    const m = actorMentions(a, after[0] + acc.index! + acc[0].length, after[1])[0];
    if (m !== undefined) return { mentionIndex: m, cue: "according to", rule: "QuoteExtractor/according-to-after" };
  }
  for (const v of matchesOf(VERB_ANY, afterText)) {
    if (isNoun(afterText, v.index!)) continue;
    const verbStart = after[0] + v.index!;
    const subject = subjectBefore(a, after[0], verbStart);
    if (subject !== null) return { mentionIndex: subject, cue: v[1]!, rule: "QuoteExtractor/cue-later" };
  }
  return null;
}

/**
 * A quote opening its paragraph after a paragraph that ends in a cue and a colon ("In a statement, Blinken said:"
 * / "“…”"): the subject of that cue, or the speaker named after an opening cue ("Said Blinken:").
 */
function cuePreviousParagraph(a: Analysis, q: QuoteSpan): Attribution | null {
  const para = a.paragraphs[q.paragraph]!;
  const prevPara = a.paragraphs[q.paragraph - 1];
  if (!prevPara || a.text.slice(para.start, q.open).trim() !== "" || !/:\s*$/.test(prevPara.text)) return null;
  const s = prevPara.sentences[prevPara.sentences.length - 1]!;
  const text = a.text.slice(s.start, s.end);
  const verbs = matchesOf(VERB_ANY, text).filter((v) => !isNoun(text, v.index!));
  const last = verbs[verbs.length - 1];
  if (!last) return null;
  const verbStart = s.start + last.index!;
  const subject = subjectBefore(a, s.start, verbStart) ?? invertedOpening(a, [s.start, s.end], verbStart, last[0].length);
  return subject === null ? null : { mentionIndex: subject, cue: last[1]!, rule: "QuoteExtractor/cue-previous-paragraph" };
}

const QUESTION_LABEL = new RegExp(`^\\s*(?:${alternation(lexicon["speech-verbs"].question_labels)})\\s*:\\s*$`);
const ANSWER_LABEL = new RegExp(`^\\s*(?:${alternation(lexicon["speech-verbs"].answer_labels)})\\s*:\\s*$`);
const LABELLED_PARAGRAPH = new RegExp(
  `^\\s*(?:${alternation([...lexicon["speech-verbs"].question_labels, ...lexicon["speech-verbs"].answer_labels])})\\s*:`,
);

/**
 * "Q: “…”" / "A: “…”": an interview printed as questions and answers. The answers are the interviewee's: the one person
 * the paragraphs before the first label name outside quotes (up to three back, the nearest that names anyone). Two
 * people there (an interviewer named too) leave the answers to nobody.
 */
function interviewee(a: Analysis, paragraph: number): Attribution {
  let first = paragraph;
  while (first > 0 && LABELLED_PARAGRAPH.test(a.paragraphs[first - 1]!.text)) first--;
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const p = a.paragraphs[k]!;
    const people = actorMentions(a, p.start, p.end).filter((j) => a.actorOf[j]?.kind === "person" && !insideQuote(a, a.mentions[j]!.start));
    if (!people.length) continue;
    if (new Set(people.map((j) => a.actorOf[j])).size === 1)
      return { mentionIndex: people[0]!, cue: ":", rule: "QuoteExtractor/answer-label" };
    break;
  }
  return { mentionIndex: null, cue: ":", rule: "QuoteExtractor/answer-label", unresolvedSubject: true };
}

/**
 * A name and a colon before the quote, and nothing else in the sentence: a headline ("Blinken: “Time is running
 * out”") or the speaker's label in a transcript ("Miller: “We have not seen a plan.”"). The name is the speaker.
 */
function speakerLabel(a: Analysis, sentenceBefore: [number, number], paragraphStart: number): Attribution | null {
  // "MS. JEAN-PIERRE: “…”": the honorific's dot may end a sentence of its own; the label starts the paragraph.
  const before: [number, number] = /^[\p{Lu}.\s]*$/u.test(a.text.slice(paragraphStart, sentenceBefore[0]))
    ? [paragraphStart, sentenceBefore[1]]
    : sentenceBefore;
  // "QUESTION: “…”": a transcript's questioner is nobody we can name, and no earlier speaker goes on.
  if (QUESTION_LABEL.test(a.text.slice(before[0], before[1])))
    return { mentionIndex: null, cue: ":", rule: "QuoteExtractor/question-label", unresolvedSubject: true };
  if (ANSWER_LABEL.test(a.text.slice(before[0], before[1]))) return interviewee(a, segmentAt(a.paragraphs, before[0])!.index);
  const ms = actorMentions(a, before[0], before[1]);
  if (!ms.length) return surnameLabel(a, before);
  // A headline's full name may be read as two names of one person ("Penny" and "Wong"): the two are one label.
  const onePerson =
    ms.length === 2 &&
    !!a.actorOf[ms[0]!] &&
    a.actorOf[ms[0]!] === a.actorOf[ms[1]!] &&
    /^ $/.test(a.text.slice(a.mentions[ms[0]!]!.end, a.mentions[ms[1]!]!.start));
  const i = ms.length === 2 && (isAffiliation(a, ms[0]!) || onePerson) ? ms[1]! : ms.length === 1 ? ms[0]! : undefined;
  if (i === undefined || a.mentions[i]!.kind === "pronoun") return null;
  const lead = a.text.slice(before[0], a.mentions[ms[0]!]!.start);
  if (lead.trim() !== "") return null;
  if (/^\s*:\s*$/.test(a.text.slice(a.mentions[i]!.end, before[1])))
    return { mentionIndex: i, cue: ":", rule: "QuoteExtractor/speaker-label" };
  const para = segmentAt(a.paragraphs, before[0]);
  return para && (para.heading || para.index === 0) && headlineLabelTail(a, a.mentions[i]!.end, before[1])
    ? { mentionIndex: i, cue: ":", rule: "QuoteExtractor/speaker-label-place" }
    : null;
}

/**
 * A headline's label may say where its speaker is, and its quote may follow a country's possessive: "Wong in Israel and
 * West Bank: '…'", "Scholz in Israel: Germany's 'place is at Israel's side'" (the speaker's words about his country). Between
 * the name and the colon only "in" and places joined by "and" or commas; between the colon and the quote nothing, or one
 * place in the possessive. A person there ("Blinken: Netanyahu's 'plan'") is not read.
 */
function headlineLabelTail(a: Analysis, from: number, to: number): boolean {
  const colon = a.text.indexOf(":", from);
  if (colon < 0 || colon >= to) return false;
  const places = mentionsIn(a, from, to).filter((j) => a.mentions[j]!.kind === "place");
  let rest = a.text.slice(from, to);
  for (const j of places.reverse()) {
    const m = a.mentions[j]!;
    rest = `${rest.slice(0, m.start - from)}\uE000${rest.slice(m.end - from)}`;
  }
  const [where = "", words = ""] = rest.split(":");
  return (
    /^\s+in\s+(?:the\s+)?\uE000(?:\s*(?:,|and|,\s*and)\s+(?:the\s+)?\uE000)*\s*$/.test(where) && /^\s*(?:\uE000['’]s\s*)?$/.test(words)
  );
}

/**
 * An interview's label that the mention rules do not read as a name ("Al-Ansari: “…”", a particle opening the line): the
 * person named earlier in the text whose name ends in the label's words speaks; their last mention stands for them.
 */
const NAME_LABEL = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*:\s*$/u;
function surnameLabel(a: Analysis, before: [number, number]): Attribution | null {
  const label = NAME_LABEL.exec(a.text.slice(before[0], before[1]));
  if (!label) return null;
  const words = label[1]!.toLowerCase();
  for (let j = a.mentions.length - 1; j >= 0; j--) {
    const m = a.mentions[j]!;
    const actor = a.actorOf[j];
    if (m.start >= before[0] || m.kind !== "person" || actor?.kind !== "person") continue;
    const name = actor.name.toLowerCase();
    if (name === words || name.endsWith(` ${words}`)) return { mentionIndex: j, cue: ":", rule: "QuoteExtractor/speaker-label-surname" };
  }
  return null;
}

/**
 * Parliamentary record: "The Secretary of State for Foreign Affairs (David Cameron): “…”", "Mr Hamish Falconer (Leicester
 * South): “…”". A label opening the paragraph that ends in a parenthesis and a colon names the speaker: the person in the
 * parenthesis (a member's office before it), else the person before it (a constituency in it). The office's words
 * ("Secretary of State") are no cue.
 */
const PARENTHESISED_LABEL = /^[^!?“”"\n]{1,150}\(([^()]{2,80})\)\s*:\s*$/;
function parenthesisedLabel(a: Analysis, paragraphStart: number, open: number): Attribution | null {
  const label = PARENTHESISED_LABEL.exec(a.text.slice(paragraphStart, open));
  if (!label) return null;
  const inner = paragraphStart + label[0].indexOf("(");
  const people = actorMentions(a, paragraphStart, open).filter((j) => a.mentions[j]!.kind === "person");
  // A label that is a name before its parenthesis is a member and constituency: the constituency may read as a name too.
  const member = people.find(
    (j) => a.text.slice(paragraphStart, a.mentions[j]!.start).trim() === "" && a.text.slice(a.mentions[j]!.end, inner).trim() === "",
  );
  const speaker = member ?? people.find((j) => a.mentions[j]!.start > inner);
  return speaker === undefined ? null : { mentionIndex: speaker, cue: ":", rule: "QuoteExtractor/parliament-label" };
}

/**
 * Wire copy paraphrases first and quotes after: "Blinken said on Monday that the talks had reached a decisive stage."
 * / "“We have made real progress …”". A quote with no cue opening the paragraph right after one that reports
 * someone's words (a speech verb with a subject we know, in its last sentence, and no quote of its own) goes on
 * with those words. The verb needs its subject right before it, so "Katz declined to comment" reports nothing.
 */
function reportedSpeechBefore(a: Analysis, q: QuoteSpan): Attribution | null {
  const para = a.paragraphs[q.paragraph]!;
  const prevPara = a.paragraphs[q.paragraph - 1];
  if (!prevPara || prevPara.heading || a.text.slice(para.start, q.open).trim() !== "") return null;
  if (quotesIn(a, prevPara.start, prevPara.end).some((o) => o.paragraph === prevPara.index)) return null;
  const s = prevPara.sentences[prevPara.sentences.length - 1]!;
  const text = a.text.slice(s.start, s.end);
  for (const v of matchesOf(VERB_ANY, text)) {
    if (isNoun(text, v.index!)) continue;
    const subject = subjectBefore(a, s.start, s.start + v.index!);
    if (subject !== null && a.actorOf[subject]) return { mentionIndex: subject, cue: v[1]!, rule: "QuoteExtractor/continuation-reported" };
  }
  return null;
}

/**
 * "…,” the Jordanian minister added": a description naming a country refers back to the latest person of that
 * country named before it (by the person's own country, or a demonym in the mention or just before it: "his
 * Jordanian counterpart, Ayman Safadi"), when the resolver found nobody.
 */
function countryBackReference(a: Analysis, mi: number): DocActor | null {
  const role = a.mentions[mi]!;
  if (role.kind !== "role" || !role.country) return null;
  const demonyms = DEMONYMS_OF.get(role.country) ?? [];
  const para = segmentAt(a.paragraphs, role.start);
  const from = para ? a.paragraphs[Math.max(0, para.index - 4)]!.start : 0;
  // Every person of that country in reach: one is the speaker; two or more ("the Israeli minister" after Gallant and
  // Gantz) leave the words to nobody, for a wrong speaker is worse than none.
  const fits = new Set<DocActor>();
  for (let k = mi - 1; k >= 0 && a.mentions[k]!.start >= from; k--) {
    const m = a.mentions[k]!;
    const actor = a.actorOf[k];
    // An office of that country said of a person ("Mohammed Al Thani, Qatar's prime minister,") makes them of that country.
    if (m.kind === "role" && actor?.kind === "person" && m.country === role.country) fits.add(actor);
    if (m.kind !== "person" || actor?.kind !== "person") continue;
    // A person the text gives no country may be one the lexicon knows ("Benjamin Netanyahu": IL).
    const country = actor.country ?? KNOWN_COUNTRY.get(actor.name);
    if (country === role.country) fits.add(actor);
    if (country) continue;
    const context = a.text.slice(Math.max(0, m.start - 40), m.end);
    if (demonyms.some((d) => new RegExp(`\\b${escapeRegExp(d)}(?![\\p{L}])`, "u").test(context))) fits.add(actor);
  }
  return fits.size === 1 ? [...fits][0]! : null;
}

/**
 * News style's elegant variation: "David Cameron met Netanyahu … / The former prime minister … said …", "Griffiths arrived in
 * Amman. The veteran diplomat … said". A description speaking as the first actor of its sentence, which the resolver could
 * not tie to anyone (it says more than an office the text gives: "former", an adjective), refers to the subject of the
 * nearest sentence before it (three at most) that opens with a person, passing over sentences opened by unresolved
 * descriptions. A person of another country than the description's is not taken.
 */
function subjectBackReference(a: Analysis, mi: number): DocActor | null {
  const role = a.mentions[mi]!;
  if (role.kind !== "role" || !(role.former || role.described) || !/^the\s/i.test(role.text)) return null;
  return backToSubject(a, mi, false);
}

/** Heads of a description that names no one office ("the Spanish diplomat"), from the lexicon. */
const REFERRING_HEADS: ReadonlySet<string> = new Set(lexicon.descriptors.referring_description_heads);

/**
 * "Borrell, who toured the kibbutz, said … / “…,” the Spanish diplomat told reporters": a nationality and a head that names no
 * one office refer back, but when the text gives nobody before it that country, the resolver makes an unnamed office holder of
 * it. The subject of a sentence before (as for subjectBackReference) is meant when an office of theirs fits the head
 * ("High Representative" is a diplomat's) and their country is not another; else the one person of that country named in
 * reach (countryBackReference); otherwise the unnamed speaker stays.
 */
function nationalityBackReference(a: Analysis, mi: number): DocActor | null {
  const role = a.mentions[mi]!;
  const head = role.title?.toLowerCase() ?? "";
  if (role.kind !== "role" || a.actorOf[mi]?.kind !== "unnamed" || !role.country || !/^the\s/i.test(role.text)) return null;
  if (!REFERRING_HEADS.has(head)) return null;
  // Else the one person of that country named in reach, whatever their office ("Qatar's prime minister … / the Qatari
  // diplomat"): "the" says the text named them before.
  return backToSubject(a, mi, true) ?? countryBackReference(a, mi);
}

/** The subject of a sentence before a description; with fitOnly, only one whose office fits it. */
function backToSubject(a: Analysis, mi: number, fitOnly: boolean): DocActor | null {
  const role = a.mentions[mi]!;
  const si = sentenceIndexAt(a, role.start);
  const firstOf = (k: number) => {
    const s = a.sentences[k]!;
    const m = actorMentions(a, s.start, s.end).filter((j) => !insideQuote(a, a.mentions[j]!.start))[0];
    return m !== undefined && isAffiliation(a, m) ? m + 1 : m;
  };
  if (si < 1 || firstOf(si) !== mi) return null;
  for (let k = si - 1; k >= Math.max(0, si - 3); k--) {
    if (a.sentences[k]!.paragraph < a.sentences[si]!.paragraph - 1) return null;
    const first = firstOf(k);
    if (first === undefined) continue;
    const actor = a.actorOf[first];
    const m = a.mentions[first]!;
    if (m.kind === "role" && !actor) continue;
    if (m.kind !== "person" || actor?.kind !== "person") return null;
    const country = countryOf(actor);
    if (role.country && country && country !== role.country) return null;
    if (fitOnly) return officeFit(role, actor) === "fits" ? actor : null;
    return officeFit(role, actor) !== "contradicts" ? actor : otherFitting(a, role, k, actor);
  }
  return null;
}

/**
 * A cleft puts the speaker in focus: "It was Foreign Minister X who said “…”", and a correction's "It was X, not Y, who
 * told reporters “…”". The speaker is the first actor between "It was" and "who"/"that", outside a contrast set off by
 * "not" (Y is who did not say it). Only when the cue ends the text before the quote.
 */
const CLEFT = new RegExp(`\\bit\\s+(?:was|is|had\\s+been)\\s+(.{2,160}?),?\\s+(?:who|that)\\s+(?:\\w+ly\\s+)?(${VERB})\\b[^.!?“”"]*$`, "i");
function cleftSpeaker(a: Analysis, before: [number, number]): Attribution | null {
  const m = CLEFT.exec(a.text.slice(before[0], before[1]));
  if (!m) return null;
  const start = before[0] + m.index + m[0].indexOf(m[1]!, 2);
  // "X, not Y," / "X and not Y": the focus ends where the contrast begins.
  const contrast = /,?\s+(?:and\s+)?not\s+/i.exec(m[1]!);
  const end = start + (contrast ? contrast.index : m[1]!.length);
  const first = actorMentions(a, start, end)[0];
  if (first === undefined) return null;
  return { mentionIndex: isAffiliation(a, first) ? first + 1 : first, cue: m[2]!, rule: "QuoteExtractor/cleft" };
}

/**
 * A feature's opening quote whose speaker is named only in the next paragraph: "“…,” she said." / "Those were the words of
 * Amira Haddad, a nurse …", "The words belong to …" (phrases in the lexicon). The person named right after the phrase speaks
 * the quotes of the paragraph before that have no speaker yet.
 */
const SPEAKER_AFTER = new RegExp(`^\\s*(?:${alternation(lexicon["speech-verbs"].speaker_after_phrases)})\\s+`, "i");
function speakerNamedAfter(a: Analysis, out: QuoteCandidate[]): void {
  for (const c of out) {
    if (c.speaker) continue;
    const next = a.paragraphs[c.span.paragraph + 1];
    const phrase = next ? SPEAKER_AFTER.exec(a.text.slice(next.start, next.end)) : null;
    if (!next || !phrase) continue;
    const s = next.sentences[0]!;
    const m = actorMentions(a, next.start + phrase[0].length, s.end)[0];
    if (m === undefined || a.mentions[m]!.start !== next.start + phrase[0].length) continue;
    const mi = isAffiliation(a, m) ? m + 1 : m;
    const speaker = a.actorOf[mi];
    if (speaker) Object.assign(c, { speaker, speakerMention: a.mentions[mi], rule: "QuoteExtractor/speaker-named-after" });
  }
}

/** Role classes that describe a holder of another class too ("the veteran diplomat" for an envoy), from the lexicon. */
const FITTING_CLASSES = lexicon.titles.fitting_classes as Record<string, string[]>;

/**
 * Whether a description ("the veteran diplomat") fits a person's offices as the text or the lexicon gives them: "fits" when
 * an office has the description's role class (or one the lexicon counts as fitting) or contains its office word,
 * "contradicts" when every office has a known class and none fits ("Prime Minister" is no diplomat), else "unknown" (no
 * office given, an office of no known class such as "UN humanitarian chief", or a description of no class: "the general").
 */
function officeFit(role: Mention, p: DocActor): "fits" | "contradicts" | "unknown" {
  const wanted = roleClass(role.title);
  const known = KNOWN_TITLE.get(p.name);
  const offices = [...(p.titles ?? (p.title ? [p.title] : [])), ...(known ? [known] : [])]
    .flatMap((t) => t.split(/\s+and\s+|\s*[,;]\s+/))
    .filter(Boolean);
  if (!wanted || !offices.length) return "unknown";
  const word = role.title?.toLowerCase().split(/\s+/).pop() ?? "";
  let allKnown = true;
  for (const o of offices) {
    const c = roleClass(o);
    if (c === wanted || (c && FITTING_CLASSES[wanted]?.includes(c)) || (word && o.toLowerCase().includes(word))) return "fits";
    if (!c) allKnown = false;
  }
  return allKnown ? "contradicts" : "unknown";
}

/**
 * The subject's offices contradict the description ("Netanyahu met Griffiths. The veteran diplomat said …": a prime
 * minister is no diplomat): another person of that sentence whom it fits, or else the first whose office is not known
 * and not of another country; nobody when none is left, rather than the subject.
 */
function otherFitting(a: Analysis, role: Mention, k: number, subject: DocActor): DocActor | null {
  const s = a.sentences[k]!;
  const people: DocActor[] = [];
  for (const j of actorMentions(a, s.start, s.end)) {
    const actor = a.actorOf[j];
    if (actor?.kind !== "person" || actor === subject || people.includes(actor) || insideQuote(a, a.mentions[j]!.start)) continue;
    const country = countryOf(actor);
    if (!(role.country && country && country !== role.country)) people.push(actor);
  }
  return people.find((p) => officeFit(role, p) === "fits") ?? people.find((p) => officeFit(role, p) === "unknown") ?? null;
}

const normalised = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * A headline quotes a fragment of a quote in the body ("UN envoy says conditions 'beyond description'" over
 * "“What I have seen is beyond description,” Griffiths said"): when the headline gives no person as speaker (none, or
 * the organisation of "UN envoy"), the fragment is the words of the person the body quotes with them.
 */
function headlineEchoes(a: Analysis, out: QuoteCandidate[]): void {
  for (const h of out) {
    const para = a.paragraphs[h.span.paragraph]!;
    if (!(para.heading || para.index === 0) || h.speaker?.kind === "person") continue;
    const words = normalised(h.text);
    if (!words) continue;
    const source = out.find(
      (b) => b.span.paragraph > h.span.paragraph && b.speaker?.kind === "person" && ` ${normalised(b.text)} `.includes(` ${words} `),
    );
    if (source) Object.assign(h, { speaker: source.speaker, speakerMention: source.speakerMention, rule: "QuoteExtractor/headline-echo" });
  }
}

/**
 * "calling it “…”", "described the plan as “…”", "dismissed the offer as “…”": a naming verb lets a short fragment be a
 * quote, and is its cue even when it is no speech verb ("branded the demands “…”"), within a few words of the quote.
 */
const CALL_CONSTRUCTION = new RegExp(
  `${NOT_CUE}\\b(${alternation(inflectAll(lexicon["speech-verbs"].naming_verbs))})\\b(?:\\s+\\S+){0,6}\\s*$`,
  "i",
);

/** Rules that give a quote no cue of its own, only an earlier speaker's. */
const BORROWED = new Set(["QuoteExtractor/continuation", "QuoteExtractor/continuation-reported", "QuoteExtractor/cue-previous-speaker"]);

/**
 * News style: a quotation left open at its paragraph's end goes on in the next paragraph, which opens with a quotation
 * mark. When the cue comes only in that paragraph ("“… if there is the will,” / "“but the time is short,” Shoukry said."),
 * the open part is the words of the same speaker, not of whoever spoke before. Last to first, so a chain of open
 * paragraphs takes the speaker of the one that closes it.
 */
function continuedForward(a: Analysis, out: QuoteCandidate[]): void {
  for (let k = out.length - 2; k >= 0; k--) {
    const c = out[k]!;
    if (c.span.closed || c.partial || (c.speaker && !BORROWED.has(c.rule))) continue;
    const next = out[k + 1]!;
    const para = a.paragraphs[next.span.paragraph]!;
    if (next.span.paragraph !== c.span.paragraph + 1 || a.text.slice(para.start, next.span.open).trim() !== "") continue;
    if (next.speaker && !BORROWED.has(next.rule))
      Object.assign(c, { speaker: next.speaker, speakerMention: next.speakerMention, rule: "QuoteExtractor/continued-forward" });
  }
}

/**
 * "“Ceasefire now!” the protesters chanted", "chanting “Bring them home”": a crowd's cry is a cue, so the words go on
 * no earlier speaker, but a slogan is nobody's quote and is left out.
 */
const CHANT_VERB = alternation(inflectAll(lexicon["speech-verbs"].chant_verbs));
const CHANT_AFTER = new RegExp(`^\\s*[,.!?…—-]*\\s*(?:(?:${CHANT_VERB})\\b|[^,.;:“”"]{1,60}?\\s(?:${CHANT_VERB})\\b)`, "i");
const CHANT_BEFORE = new RegExp(`\\b(?:${CHANT_VERB})\\b(?:\\s+[^\\s“”"]+){0,4}?\\s*[:,]?\\s*$`, "i");

/**
 * "The draft reads: “…”", "“…,” the text says", "banners reading “…”": the words of a document or a sign, whose author
 * the clause does not name, are nobody's quote and are left out (as a resolution's words are). A document with an actor
 * in its noun phrase ("the US draft says") keeps the other rules.
 */
const DOCUMENT_NOUN = `(?:${alternation(lexicon["speech-verbs"].document_nouns.flatMap((n: string) => [n, `${n}s`]))})`;
const DOCUMENT_VERB = `(?:${alternation([...SPEECH_VERBS, ...inflectAll(lexicon["speech-verbs"].document_verbs)])})`;
const DOCUMENT_PHRASE =
  String.raw`\b(?:the|a|an|its|their|this|one|some|other)\s+(?:[\p{L}-]+\s+){0,3}?` + `${DOCUMENT_NOUN}(?:s+ofs+[^,;“”"]{2,60}?)?`;
const DOCUMENT_BEFORE = new RegExp(
  `${DOCUMENT_PHRASE}(?:\\s*,[^,;“”"]{2,100},)?\\s+(?:that\\s+|which\\s+)?(?:also\\s+)?` +
    `${DOCUMENT_VERB}(?:\\s+in\\s+part)?\\s*[:,]?\\s*$`,
  "iu",
);
const DOCUMENT_AFTER = new RegExp(`^\\s*[,.!?…—-]*\\s*(${DOCUMENT_PHRASE})\\s+(?:also\\s+)?${DOCUMENT_VERB}\\b`, "iu");
/** "placards saying “…”", "banners reading “…”": a sign's words after a participle, without a determiner. */
const SIGN_BEFORE = new RegExp(`\\b${DOCUMENT_NOUN}\\s+(?:reading|saying|that\\s+(?:read|said))\\s*[:,]?\\s*$`, "iu");

function documentWords(a: Analysis, before: [number, number], after: [number, number]): boolean {
  const beforeText = a.text.slice(before[0], before[1]);
  const b = DOCUMENT_BEFORE.exec(beforeText) ?? SIGN_BEFORE.exec(beforeText);
  if (b) return actorMentions(a, before[0] + b.index, before[1]).length === 0;
  const c = DOCUMENT_AFTER.exec(a.text.slice(after[0], after[1]));
  return !!c && actorMentions(a, after[0], after[0] + c.index + c[0].length).length === 0;
}

/** The sentence a position is in. */
const sentenceIndexAt = (a: Analysis, pos: number) => segmentAt(a.sentences, pos)?.index ?? -1;
const PRONOUN_WANTS: Record<string, string> = { he: "male", she: "female" };
const AFTER_PREPOSITION = /\b(?:with|to|by|for|from|of|at|about|than|between)\s+$/i;

/**
 * A speaker "he" or "she" checked against the people named outside quoted words: the resolver takes the first person of
 * the sentence before, which news mostly means, but it also reads names inside quoted words ("“The minister told me
 * …,” Cohen said. “…?” she asked") and cannot use what comes after. Returns the corrected actor, or undefined to keep it.
 * - The resolver's person is not named outside quotes before the pronoun (within five sentences): the first person
 *   agreeing with the pronoun in the nearest sentence that names one outside quotes.
 * - Two agreeing people in that sentence ("Blinken met Netanyahu. “…,” he said."): the next sentence may say which, by
 *   a description as its subject that speaks on ("The Israeli leader said …", news style's elegant variation), resolved
 *   to one of them or naming the country of just one. With
 *   no such evidence the first person stays: in the articles we read it was right far more often than not.
 */
function checkPronounSpeaker(a: Analysis, mi: number, lastSentence: number): DocActor | null | undefined {
  const m = a.mentions[mi]!;
  const wanted = PRONOUN_WANTS[m.text.toLowerCase()];
  const resolved = a.actorOf[mi];
  if (!wanted || !resolved) return undefined;
  const si = sentenceIndexAt(a, m.start);
  if (si < 0) return undefined;
  let nearest: DocActor[] = [];
  let supported = false;
  for (let k = si; k >= Math.max(0, si - 4); k--) {
    const s = a.sentences[k]!;
    const people: DocActor[] = [];
    for (const j of actorMentions(a, s.start, k === si ? m.start : s.end)) {
      const o = a.mentions[j]!;
      const actor = a.actorOf[j];
      if (j === mi || actor?.kind !== "person" || insideQuote(a, o.start)) continue;
      if (actor === resolved) supported = true;
      if (k === si && AFTER_PREPOSITION.test(a.text.slice(Math.max(s.start, o.start - 10), o.start))) continue;
      if ((actor.gender ?? wanted) === wanted && !people.includes(actor)) people.push(actor);
    }
    if (!nearest.length) nearest = people;
  }
  if (!supported) return nearest[0] ?? null;
  if (nearest.length < 2 || !nearest.includes(resolved)) return undefined;
  const next = a.sentences[lastSentence + 1];
  if (!next || next.paragraph > a.sentences[lastSentence]!.paragraph + 1) return undefined;
  const first = actorMentions(a, next.start, next.end)[0];
  if (first === undefined) return undefined;
  const d = a.mentions[first]!;
  if (d.kind !== "role" || a.text.slice(next.start, d.start).trim() !== "" || !VERB_AFTER_SUBJECT.test(a.text.slice(d.end, next.end)))
    return undefined;
  // The person the description was resolved to, or else the one of the two whose country it names ("the Israeli leader").
  const actor = a.actorOf[first];
  if (actor && nearest.includes(actor)) return actor;
  const ofCountry = nearest.filter((p) => !!d.country && countryOf(p) === d.country);
  return ofCountry.length === 1 ? ofCountry[0] : undefined;
}

/** The speaker of an earlier quote, for a quote that goes on with it: its mention, or the actor no mention rule read. */
function borrowed(a: Analysis, c: QuoteCandidate): Pick<Attribution, "mentionIndex" | "actor" | "mention"> {
  const i = c.speakerMention ? a.mentions.indexOf(c.speakerMention) : -1;
  return i >= 0 ? { mentionIndex: i } : { mentionIndex: null, actor: c.speaker ?? undefined, mention: c.speakerMention ?? undefined };
}

/** "… “too slow” and called for “…”": a speech verb right after "and" or "but", a second predicate of one subject. */
const SECOND_PREDICATE = new RegExp(`^[\\s,]*(?:and|but)\\s+(?:\\w+ly\\s+)?${VERB}\\b`, "i");

/** Words that join two quoted fragments of one clause ("“…,” as well as “…,” the spokeswoman said"). */
const COORDINATION = /^[\s,]*(?:as well as|and also|and|or|but also)\s*$/i;

export function extractQuotes(a: Analysis): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  const spans = a.quoteSpans;
  // A fragment with no cue of its own, coordinated with the next quote: it shares that quote's speaker.
  const waiting = new Map<QuoteSpan, { span: QuoteSpan; text: string; partial: boolean }>();
  const push = (c: QuoteCandidate) => {
    const first = waiting.get(c.span);
    if (first && c.speaker) out.push({ ...c, ...first, rule: "QuoteExtractor/coordinated" });
    out.push(c);
  };
  spans.forEach((q, qi) => {
    const para = a.paragraphs[q.paragraph]!;
    const sFirst = segmentAt(para.sentences, q.open) ?? para.sentences[0]!;
    const sLast = segmentAt(para.sentences, q.close) ?? para.sentences[para.sentences.length - 1]!;
    const prev = spans[qi - 1]?.paragraph === q.paragraph ? spans[qi - 1] : undefined;
    const next = spans[qi + 1]?.paragraph === q.paragraph ? spans[qi + 1] : undefined;
    const before: [number, number] = [Math.max(sFirst.start, prev ? prev.close + 1 : 0), q.open];
    const after: [number, number] = [Math.min(q.close + 1, sLast.end), Math.min(sLast.end, next ? next.open : Infinity)];
    const quoted = a.text.slice(q.start, q.end);
    const words = wordCount(quoted);
    const beforeTrim = a.text.slice(before[0], before[1]).trimEnd();
    // A dash ends a wire dateline ("WASHINGTON (AP) — “…”") or sets off a quote: both introduce it.
    const introduced = beforeTrim === "" || /[:,—–]$/.test(beforeTrim) || VERB_AT_END.test(beforeTrim);
    const partial = !(/^[\p{Lu}\d]/u.test(quoted) && introduced);
    const short = words <= 2;
    const callConstruction = CALL_CONSTRUCTION.test(beforeTrim);

    let att =
      cleftSpeaker(a, before) ??
      parenthesisedLabel(a, para.start, q.open) ??
      attribute(a, before, after, short && !callConstruction, partial) ??
      speakerLabel(a, before, para.start);
    if ((!att || att.mentionIndex === null) && documentWords(a, before, after)) {
      a.trace?.veto("QuoteExtractor/veto-document", q.open, q.close + 1, "the words of a document or a sign, whose author is not named");
      return;
    }
    const afterText = a.text.slice(after[0], after[1]);
    if (!att && (CHANT_AFTER.test(afterText) || CHANT_BEFORE.test(beforeTrim))) {
      a.trace?.veto("QuoteExtractor/veto-chant", q.open, q.close + 1, "a crowd's chant or cry: a slogan, nobody's quote");
      return;
    }
    // Coordinated reported speech: “…” and that Israel would “…” — the same speaker, when nobody else is
    // named in between.
    const prevInSentence = prev && prev.close >= sFirst.start ? out.find((c) => c.span === prev) : undefined;
    const between = prev ? a.text.slice(prev.close, q.open) : "";
    if (
      !att &&
      prevInSentence?.speaker &&
      /\b(?:and|but|or)\s+(?:that\s+)?/i.test(between) &&
      !VERB_ANY_TEST.test(between) &&
      actorMentions(a, prev!.close, q.open).length === 0
    ) {
      att = { ...borrowed(a, prevInSentence), cue: prevInSentence.cue ?? "", rule: "QuoteExtractor/same-sentence" };
    }
    // "Lammy said the government had been “too slow” and called for “…”": a speech verb right after "and" that follows
    // the previous quote of the sentence is a second predicate of that quote's speaker (no subject stands between;
    // its object may: "and urged the White House to “…”").
    if (
      att?.rule === "QuoteExtractor/cue-before-no-subject" &&
      prevInSentence?.speaker &&
      SECOND_PREDICATE.test(a.text.slice(prev!.close + 1, q.open))
    ) {
      att = { ...borrowed(a, prevInSentence), cue: att.cue, rule: "QuoteExtractor/coordinated-predicate" };
    }
    if (!att && !partial) att = cuePreviousParagraph(a, q);
    // A cue after the quote whose speaker could not be read ("…,” one mother of a hostage told the radio): the quote
    // has a speaker of its own, never the previous one.
    const unreadCue =
      !att && (QUOTED_ANY.test(afterText) || matchesOf(VERB_ANY, afterText).some((v) => !isNounStrict(afterText, v.index!)));
    // 4a. The paraphrase in the paragraph before ("X said on Monday that …") is more recent than any quote.
    if (!att && !partial && !unreadCue) {
      const reported = reportedSpeechBefore(a, q);
      if (reported) {
        const mention = a.mentions[reported.mentionIndex!]!;
        push({
          span: q,
          text: quoted,
          partial,
          speaker: a.actorOf[reported.mentionIndex!]!,
          speakerMention: mention,
          cue: null,
          date: null,
          rule: reported.rule,
        });
        return;
      }
    }
    if (!att && !partial && !unreadCue) {
      // 4. Continuation of the last attributed speaker.
      const last = [...out].reverse().find((c) => c.speaker && q.paragraph - c.span.paragraph <= 4);
      if (last) {
        push({
          span: q,
          text: quoted,
          partial,
          speaker: last.speaker,
          speakerMention: last.speakerMention,
          cue: null,
          date: null,
          rule: "QuoteExtractor/continuation",
        });
        return;
      }
    }
    if (!att && partial && !short && next && COORDINATION.test(a.text.slice(q.close + 1, next.open)))
      waiting.set(next, { span: q, text: quoted, partial });
    if (!att && (short || partial)) {
      // A scare quote, or a phrase the writer quotes without saying whose.
      a.trace?.veto("QuoteExtractor/veto-scare-quote", q.open, q.close + 1, "a short or partial quote with no speech cue near it");
      return;
    }
    if (att && att.mentionIndex === null && !att.unresolvedSubject && !att.actor) {
      // A cue with no subject in the clause ("Emphasizing that …, “…”"): the previous speaker goes on.
      const last = [...out].reverse().find((c) => c.speaker && q.paragraph - c.span.paragraph <= 1);
      if (last) {
        push({
          span: q,
          text: quoted,
          partial,
          speaker: last.speaker,
          speakerMention: last.speakerMention,
          cue: att.cue,
          date: null,
          rule: "QuoteExtractor/cue-previous-speaker",
        });
        return;
      }
    }
    const mention = att?.mention ?? (att?.mentionIndex != null ? a.mentions[att.mentionIndex]! : null);
    let speaker =
      att?.actor ?? (att?.mentionIndex != null ? (a.actorOf[att.mentionIndex] ?? countryBackReference(a, att.mentionIndex) ?? null) : null);
    let rule = att?.rule ?? "QuoteExtractor/unattributed";
    const described =
      att?.mentionIndex != null
        ? speaker
          ? nationalityBackReference(a, att.mentionIndex)
          : subjectBackReference(a, att.mentionIndex)
        : null;
    if (described) {
      speaker = described;
      rule = "QuoteExtractor/description-subject";
    }
    if (mention?.kind === "pronoun") {
      const checked = checkPronounSpeaker(a, att!.mentionIndex!, sLast.index);
      if (checked !== undefined) {
        speaker = checked;
        rule = "QuoteExtractor/pronoun-checked";
      }
    }
    const context = unquoted(a, sFirst) + (sLast !== sFirst ? " " + unquoted(a, sLast) : "");
    const date = att ? (findDates(context, sFirst.start, a.published, { future: false })[0] ?? null) : null;
    push({
      span: q,
      text: quoted,
      partial,
      speaker,
      speakerMention: mention,
      cue: att?.cue ?? null,
      date: date && sLast === sFirst ? date : null,
      rule,
    });
  });
  out.sort((x, y) => x.span.open - y.span.open);
  speakerNamedAfter(a, out);
  continuedForward(a, out);
  headlineEchoes(a, out);
  return out;
}
