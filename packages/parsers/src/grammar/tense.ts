/**
 * The tense of an event, read from the linguistic layer: the verb group that tells the event of a trigger ("will
 * meet", "is expected to hold talks", "met"), not any word of tense elsewhere in the sentence. "Blinken, who will
 * travel to Egypt, met Netanyahu on Monday" tells a meeting held: the "will" belongs to the relative clause.
 */
import type { Analysis } from "../analysis.js";
import { lexicon } from "../lexicon/index.js";
import type { TaggedSentence, Token, VerbGroup } from "../linguistic/layer.js";
import type { Sentence } from "../text/segment.js";

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

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? "";
const hasAuxiliary = (s: TaggedSentence, g: VerbGroup) => s.tokens.slice(g.first, g.verb).some((t) => t.pos === "AUX");

/** True when a clause boundary stands between tokens from and to (exclusive): punctuation or a relative pronoun. */
function boundaryBetween(s: TaggedSentence, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = s.tokens[k]!;
    if (CLAUSE_PUNCT.has(t.text) || (RELATIVES.has(lower(t)) && t.pos !== "DET" && OPENERS.has(lower(s.tokens[k - 1])))) return true;
  }
  return false;
}

/** The last verb group before token t in its clause; a speech verb ("officials said") ends the search. */
function groupBefore(s: TaggedSentence, t: number): VerbGroup | null {
  for (let k = s.verbGroups.length - 1; k >= 0; k--) {
    const g = s.verbGroups[k]!;
    if (g.verb >= t) continue;
    if (boundaryBetween(s, g.verb, t) || SPEECH_LEMMAS.has(g.lemma)) return null;
    return g;
  }
  return null;
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
  return s.verbGroups.find((g) => g.first > t && !inRelative(s, t, g) && !SPEECH_LEMMAS.has(g.lemma)) ?? null;
}

/**
 * A group that tells no tense of its own takes that of the group it hangs on: an infinitive of purpose ("flew to
 * Cairo to meet Sisi"), a participle after "before"/"after" ("will fly on to Riyadh after holding talks"), a bare
 * verb coordinated with an earlier one ("will travel to Cairo and meet Sisi").
 */
function finiteGroup(s: TaggedSentence, g: VerbGroup, depth = 0): VerbGroup {
  if (depth > 3 || hasAuxiliary(s, g) || g.planned) return g;
  const verb = lower(s.tokens[g.verb]);
  const previous = lower(s.tokens[g.first - 1]);
  const infinitive = lower(s.tokens[g.first]) === "to";
  const participle = verb.endsWith("ing") && g.first === g.verb;
  const coordinated = COORDINATORS.has(previous) && verb === g.lemma;
  if (!infinitive && !participle && !coordinated) return g;
  // With nothing before it in its clause, the phrase is fronted ("To meet Sisi, he flew to Cairo"; "After holding
  // talks in Cairo, Blinken will fly on"): the main clause after it.
  const host = groupBefore(s, g.first) ?? (infinitive || (participle && PARTICIPLE_LINKS.has(previous)) ? groupAfter(s, g.verb) : null);
  return host ? finiteGroup(s, host, depth + 1) : g;
}

/** The verb group that tells the event whose trigger starts at pos, or null when the sentence has none for it. */
export function eventGroup(s: TaggedSentence, pos: number): VerbGroup | null {
  const t = s.tokens.findIndex((x) => x.end > pos);
  if (t < 0) return null;
  // The trigger's own group ("will meet", "is expected to arrive", "met").
  const own = s.verbGroups.find((g) => g.first <= t && t <= g.verb);
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
  return tagged ? (eventGroup(tagged, pos)?.planned ?? false) : false;
}
