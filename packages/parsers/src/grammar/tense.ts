/**
 * The tense of an event, read from the linguistic layer: the verb group that tells the event of a trigger ("will
 * meet", "is expected to hold talks", "met"), not any word of tense elsewhere in the sentence. "Blinken, who will
 * travel to Egypt, met Netanyahu on Monday" tells a meeting held: the "will" belongs to the relative clause.
 */
import type { Analysis } from "../analysis.js";
import { alternation, lexicon } from "../lexicon/index.js";
import type { TaggedSentence, Token, VerbGroup } from "../linguistic/layer.js";
import type { Sentence } from "../text/segment.js";
import { firstAtOrAfter } from "../text/sorted.js";
import { sentenceDates } from "../dates/sentenceDates.js";

const TENSE = lexicon["tense-markers"];
/** "officials expect Blinken to visit Cairo", "invited Netanyahu to visit Washington": the infinitive is a plan. */
const EXPECTING: ReadonlySet<string> = new Set([...TENSE.expecting_verbs, ...TENSE.intention_verbs]);
/** "refused to meet", "offered to visit": the verb before an infinitive leaves its event undone. */
const UNREALISED_VERBS: ReadonlySet<string> = new Set(TENSE.unrealised_verbs);
/** "was unable to meet", "would be willing to visit": the word between a verb and its infinitive does. */
const NOT_DONE_WORDS: ReadonlySet<string> = new Set([...TENSE.inability, ...TENSE.willingness]);
/** "not", "never", "no longer", "yet to", "without": as written, some of several words ("no longer"). */
const NEGATIONS: ReadonlyArray<readonly string[]> = [...TENSE.negations, "n't", "can't", "won't"].map((n) => n.split(" "));
const HYPOTHETICAL: ReadonlySet<string> = new Set(TENSE.hypothetical_modals);
/** "not only met …, but also …": no denial. */
const NOT_ONLY = new Set(["only", "just", "merely"]);
const TRAVEL = lexicon["travel-verbs"];
/** "is heading to", "are flying to", "is arriving in": on the way, not there yet. */
const MOTION_LEMMAS: ReadonlySet<string> = new Set([...TRAVEL.motion, ...TRAVEL.heading].filter((v) => !v.includes(" ")));
/** "is on his way to", "is en route to": on the way too, with "be" as the verb. */
const ON_THE_WAY: ReadonlyArray<readonly string[]> = TRAVEL.heading_phrases.map((p) => p.split(" "));
const SPEECH_LEMMAS: ReadonlySet<string> = new Set(lexicon["speech-verbs"].verbs);
/** Words that open a relative clause: what stands in it tells another event than the clause around it. */
const RELATIVES = new Set(["who", "which", "whom", "whose", "where", "that"]);
/** Punctuation that ends a clause; a comma does not (lists, appositions, fronted phrases). */
const CLAUSE_PUNCT = new Set([";", ":", "(", ")", "—", "–"]);
/** Words after which a participle ("before flying to Riyadh") takes the tense of the clause it hangs on. */
const PARTICIPLE_LINKS = new Set(["after", "before", "while", "when", "since", "by", "upon", "on", "without"]);
/** What opens a parenthetical or relative clause: "Blinken, who …", "Baerbock — who …". */
const OPENERS = new Set([",", "—", "–", "("]);
const COORDINATORS = new Set(["and", "or", "then"]);

const lower = (t: Token | undefined) => t?.text.toLowerCase().replace("’", "'") ?? "";
const hasAuxiliary = (s: TaggedSentence, g: VerbGroup) => s.tokens.slice(g.first, g.verb).some((t) => t.pos === "AUX");
/** "to meet": an infinitive, which tells no tense of its own. */
const isInfinitive = (s: TaggedSentence, g: VerbGroup) => lower(s.tokens[g.first]) === "to";
/** "… and meet Sisi": a bare verb after "and", which shares the tense of the verb before. */
const isCoordinated = (s: TaggedSentence, g: VerbGroup) =>
  COORDINATORS.has(lower(s.tokens[g.first - 1])) && lower(s.tokens[g.verb]) === g.lemma;

/** True when a clause boundary stands between tokens from and to (exclusive): punctuation or a relative pronoun. */
function boundaryBetween(s: TaggedSentence, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = s.tokens[k]!;
    if (CLAUSE_PUNCT.has(t.text) || (RELATIVES.has(lower(t)) && t.pos !== "DET" && OPENERS.has(lower(s.tokens[k - 1])))) return true;
  }
  return false;
}

/**
 * The group of token t's position: the index of the first group whose verb is at or after t. Binary searches keep
 * many triggers in one long sentence linear (text/sorted.ts).
 */
const groupIndexFrom = (s: TaggedSentence, t: number) => firstAtOrAfter(s.verbGroups, t, (g) => g.verb);
/** The index of the token that holds pos, or the first after it; -1 past the end. */
function tokenAt(s: TaggedSentence, pos: number): number {
  const t = firstAtOrAfter(s.tokens, pos + 1, (x) => x.end);
  return t < s.tokens.length ? t : -1;
}
/** The group whose words hold token t ("will meet" holds "will" and "meet"). */
function groupHolding(s: TaggedSentence, t: number): VerbGroup | null {
  const g = s.verbGroups[groupIndexFrom(s, t)];
  return g && g.first <= t ? g : null;
}

/** The last verb group before token t in its clause; a speech verb ("officials said") ends the search. */
function groupBefore(s: TaggedSentence, t: number): VerbGroup | null {
  const g = s.verbGroups[groupIndexFrom(s, t) - 1];
  if (!g || boundaryBetween(s, g.verb, t) || SPEECH_LEMMAS.has(g.lemma)) return null;
  return g;
}

/** True when the group stands inside a relative clause opened after token t ("…, which will take him to Egypt, …"). */
function inRelative(s: TaggedSentence, t: number, g: VerbGroup): boolean {
  for (let k = g.first - 1; k > t; k--) {
    const w = lower(s.tokens[k]);
    if (OPENERS.has(w)) return false;
    if (RELATIVES.has(w) && OPENERS.has(lower(s.tokens[k - 1]))) return true;
  }
  return false;
}

/** The main verb group after token t: the verb of a subject ("Blinken's visit … is expected") or of a fronted phrase. */
function groupAfter(s: TaggedSentence, t: number): VerbGroup | null {
  // A few groups on at most: a verb further away is another clause's (and the bound keeps long sentences linear).
  const from = groupIndexFrom(s, t + 1);
  for (const g of s.verbGroups.slice(from, from + 6)) if (g.first > t && !inRelative(s, t, g) && !SPEECH_LEMMAS.has(g.lemma)) return g;
  return null;
}

/**
 * A group that tells no tense of its own takes that of the group it hangs on: an infinitive of purpose ("flew to
 * Cairo to meet Sisi"), a participle after "before"/"after" ("will fly on to Riyadh after holding talks"), a bare
 * verb coordinated with an earlier one ("will travel to Cairo and meet Sisi").
 */
function finiteGroup(s: TaggedSentence, g: VerbGroup, depth = 0): VerbGroup {
  if (depth > 3 || hasAuxiliary(s, g) || g.planned) return g;
  const previous = lower(s.tokens[g.first - 1]);
  const infinitive = isInfinitive(s, g);
  const participle = lower(s.tokens[g.verb]).endsWith("ing") && g.first === g.verb;
  if (!infinitive && !participle && !isCoordinated(s, g)) return g;
  // With nothing before it in its clause, the phrase is fronted ("To meet Sisi, he flew to Cairo"; "After holding
  // talks in Cairo, Blinken will fly on"): the main clause after it.
  const host = groupBefore(s, g.first) ?? (infinitive || (participle && PARTICIPLE_LINKS.has(previous)) ? groupAfter(s, g.verb) : null);
  if (!host) return g;
  // An infinitive after the object of "expect", "want", "invite" is what is expected: a plan, whatever their tense.
  if (infinitive && host.verb < g.first && EXPECTING.has(host.lemma)) return { ...g, tense: "future", planned: true };
  return finiteGroup(s, host, depth + 1);
}

/** The verb group that tells the event whose trigger starts at pos, or null when the sentence has none for it. */
export function eventGroup(s: TaggedSentence, pos: number): VerbGroup | null {
  const t = tokenAt(s, pos);
  if (t < 0) return null;
  // The trigger's own group ("will meet", "is expected to arrive", "met").
  const own = groupHolding(s, t);
  if (own) return finiteGroup(s, own);
  // A noun: the object of a verb before it in its clause ("held talks", "will make a visit"), else the subject of the
  // main verb after it ("Blinken's visit to Cairo is expected next week") or a fronted phrase ("On arrival, he will").
  const host = groupBefore(s, t) ?? groupAfter(s, t);
  return host ? finiteGroup(s, host) : null;
}

/**
 * True when the event whose trigger starts at pos is told as a plan ("will meet", "is expected to", "plans to
 * visit", "would travel"). Sentences with no word of a plan are not in the layer: nothing in them is planned.
 */
export function isPlanned(a: Analysis, s: Sentence, pos: number): boolean {
  const tagged = a.layer.get(s.start);
  const g = tagged ? eventGroup(tagged, pos) : null;
  return g !== null && (g.planned || onTheWay(tagged!, g)) && !doneBeforePlan(a, s, pos);
}

/** "After talks in Cairo on Monday, he will …", "After visiting Doha last week, she is expected …": a fronted phrase of "after". */
const FRONTED_AFTER = /^\W*(?:after|following)\b[^,;:]*,/i;
/** Words that put what a phrase of "after" tells in the past whatever the main clause's tense. */
const PAST_WORDS = new RegExp(String.raw`\b(?:${alternation(TENSE.past_time_words)})\b`, "i");

/**
 * A fronted phrase of "after" takes the tense of the main clause it hangs on ("After meeting Sisi, he will fly to Tel Aviv":
 * both to come), unless the phrase tells its own time in the past: a word of past time ("After visiting Doha last week, Fidan
 * is expected in Cairo") or a weekday that, read as a plan, would fall after the main clause's day ("After talks in Cairo on
 * Monday, he will travel to Israel on Wednesday", published on a Tuesday: that Monday was yesterday).
 */
function doneBeforePlan(a: Analysis, s: Sentence, pos: number): boolean {
  const fronted = FRONTED_AFTER.exec(a.text.slice(s.start, s.end));
  const comma = fronted ? s.start + fronted[0].length - 1 : -1;
  if (!fronted || pos >= comma) return false;
  if (PAST_WORDS.test(a.text.slice(s.start, comma))) return true;
  const dates = sentenceDates(a, s, true).filter((d) => d.date && d.precision === "day");
  const own = dates.find((d) => d.start >= s.start && d.end <= comma);
  const main = dates.find((d) => d.start > comma);
  return (
    own !== undefined &&
    main !== undefined &&
    own.date! > main.date! &&
    (!a.published || sentenceDates(a, s, false).some((d) => d.start === own.start && d.date! <= a.published!))
  );
}

/**
 * A traveller on the way is not there yet: "is heading to Cairo for talks with Sisi" tells a stop and talks to come
 * (a stop is completed only where the text says the traveller was there). The past ("was heading to") is left as told.
 */
function onTheWay(s: TaggedSentence, g: VerbGroup): boolean {
  if (g.tense !== "present") return false;
  if (g.progressive && MOTION_LEMMAS.has(g.lemma)) return true;
  const next = s.tokens.slice(g.verb + 1, g.verb + 4).map(lower);
  return g.lemma === "be" && ON_THE_WAY.some((p) => p.every((w, k) => next[k] === w));
}

/** True when the words hold a negation ("did not meet", "has yet to visit", "no longer plans to"). */
function hasNegation(words: readonly string[]): boolean {
  return words.some(
    (_, i) => NEGATIONS.some((n) => n.every((w, k) => words[i + k] === w)) && !(words[i] === "not" && NOT_ONLY.has(words[i + 1] ?? "")),
  );
}

/** The words of a group with the adverbs and negations right before it ("no longer plans to travel", "never once met"). */
function groupWords(s: TaggedSentence, g: VerbGroup): string[] {
  let k = g.first;
  while (k > 0 && (s.tokens[k - 1]!.pos === "ADV" || NEGATIONS.some((n) => n[n.length - 1] === lower(s.tokens[k - 1])))) k--;
  return s.tokens.slice(k, g.verb + 1).map(lower);
}

/**
 * True when the group denies its event or leaves it undone. An infinitive or a coordinated verb shares the denial
 * of the group it hangs on ("was not invited to meet", "did not travel to Cairo and meet Sisi"); a participle does
 * not ("did not leave Cairo after holding talks": the talks were held).
 */
function deniedGroup(s: TaggedSentence, g: VerbGroup, depth = 0): boolean {
  const words = groupWords(s, g);
  if (hasNegation(words)) return true;
  // "would have met", "could have visited": a counterfactual, nothing happened.
  if (words.some((w, i) => HYPOTHETICAL.has(w) && words[i + 1] === "have")) return true;
  if (words[0] === "without" && lower(s.tokens[g.verb]).endsWith("ing")) return true;
  const infinitive = isInfinitive(s, g);
  if (depth > 3 || hasAuxiliary(s, g) || !(infinitive || isCoordinated(s, g))) return false;
  const host = groupBefore(s, g.first);
  if (!host) return false;
  if (infinitive && (UNREALISED_VERBS.has(host.lemma) || s.tokens.slice(host.verb + 1, g.first).some((t) => NOT_DONE_WORDS.has(lower(t)))))
    return true;
  return deniedGroup(s, host, depth + 1);
}

/**
 * True when the event whose trigger starts at pos is denied or left undone: "did not meet", "has never visited",
 * "was not invited to meet", "refused to meet", "was unable to visit", "without meeting", "no talks with". Sentences
 * with no word of a denial are not in the layer: nothing in them is denied.
 */
export function isDenied(a: Analysis, s: Sentence, pos: number): boolean {
  const tagged = a.layer.get(s.start);
  if (!tagged) return false;
  const t = tokenAt(tagged, pos);
  if (t < 0) return false;
  const own = groupHolding(tagged, t);
  if (own) return deniedGroup(tagged, own);
  // A noun: "no talks with Hamas", "did not hold talks", "talks with Hamas did not take place".
  if (hasNegation([lower(tagged.tokens[t - 1])])) return true;
  const host = groupBefore(tagged, t) ?? groupAfter(tagged, t);
  return host ? deniedGroup(tagged, host) : false;
}

/**
 * True when the clause before pos is told in the past ("landed in Cairo on Monday, where he will …"): its last verb
 * group, read as its event's group is (an infinitive takes its host's tense). A schedule in the present ("wraps up
 * its tour in Doha on Wednesday") and a plan are not. A sentence the layer did not tag has no word of a plan, so
 * nothing after pos in it is planned either; false.
 */
export function toldInPast(a: Analysis, s: Sentence, pos: number): boolean {
  const tagged = a.layer.get(s.start);
  if (!tagged) return false;
  const t = tokenAt(tagged, pos);
  const g = tagged.verbGroups[(t < 0 ? tagged.verbGroups.length : groupIndexFrom(tagged, t)) - 1];
  if (!g) return false;
  const told = finiteGroup(tagged, g);
  return !told.planned && (told.tense === "past" || told.tense === "perfect" || told.tense === "pluperfect");
}
