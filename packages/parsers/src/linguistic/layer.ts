/**
 * The linguistic layer: tokens with part-of-speech tags and lemmas (wink-nlp with its English web model), and
 * the chunks built on them: proper-noun runs (names, with their titles: "Israeli Defense Minister Yoav Gallant"),
 * noun phrases with their head, and verb groups with tense, aspect and modality ("will meet", "is expected to
 * meet", "has arrived", "was greeted by").
 *
 * Computed once per document, before the mention rules, for the sentences that can hold a record: a cheap
 * keyword pass picks them (tagging costs about a third of the rest of the extraction per byte; most sentences
 * of an article hold no journey or encounter).
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { lexicon } from "../lexicon/index.js";
import type { Sentence } from "../text/segment.js";

export interface Token {
  /** UTF-16 offsets into the document text. */
  start: number;
  end: number;
  text: string;
  /** Universal part-of-speech tag: PROPN, NOUN, VERB, AUX, ADP, DET, ADJ, PUNCT … */
  pos: string;
  lemma: string;
}

/** A run of tokens: [first, last] token indices of its sentence, and its offsets. */
export interface Chunk {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

export interface NounPhrase extends Chunk {
  /** Index of the head noun (the last noun of the phrase). */
  head: number;
}

export type Tense = "past" | "present" | "future" | "perfect" | "pluperfect";

export interface VerbGroup extends Chunk {
  /** The main verb's token index and lemma. */
  verb: number;
  lemma: string;
  tense: Tense;
  /** "is meeting", "was travelling". */
  progressive: boolean;
  /** "was greeted", "has been received". */
  passive: boolean;
  /** A plan, not a fact: "will meet", "is expected to meet", "plans to visit". */
  planned: boolean;
}

export interface TaggedSentence {
  start: number;
  end: number;
  tokens: Token[];
  names: Chunk[];
  nounPhrases: NounPhrase[];
  verbGroups: VerbGroup[];
}

/** The tagged sentences of a document, by the sentence's start offset. */
export type LinguisticLayer = ReadonlyMap<number, TaggedSentence>;

// Loaded once per process (about 100 ms); "pos" gives tags and lemmas, sentence breaking is ours.
let nlp: ReturnType<typeof winkNLP> | null = null;
const tagger = () => {
  nlp ??= winkNLP(model, ["pos"]);
  return nlp;
};

/** Tokens of one text, with offsets from `base`. wink-nlp keeps every character (spaces before each token). */
export function tokenize(text: string, base = 0): Token[] {
  const n = tagger();
  const its = n.its;
  const tokens = n.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  // The lemma is an addon of the model; its type in wink-nlp's declarations does not fit `out`.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const out: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    const value = values[i]!;
    // Should wink ever normalise a token, find it in the text instead of trusting the count.
    const found = text.startsWith(value, at) ? at : text.indexOf(value, at);
    if (found < 0) continue;
    out.push({ start: base + found, end: base + found + value.length, text: value, pos: pos[i]!, lemma: lemmas[i]! });
    at = found + value.length;
  }
  return out;
}

const chunk = (text: string, tokens: Token[], first: number, last: number): Chunk => ({
  first,
  last,
  start: tokens[first]!.start,
  end: tokens[last]!.end,
  text: text.slice(tokens[first]!.start, tokens[last]!.end),
});

/** Words that join proper nouns into one name: "Secretary of State", "Deir al-Balah", "Mohammed bin Salman". */
const NAME_JOINERS = new Set(["of", "al", "-", "bin", "ibn", "el"]);

/** Runs of proper nouns, joined by particles and hyphens when a proper noun follows. */
export function properNounRuns(text: string, tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.pos !== "PROPN") continue;
    let last = i;
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.pos === "PROPN" && t.start - tokens[j - 1]!.end <= 1) last = j;
      else if (!(NAME_JOINERS.has(t.text.toLowerCase()) && t.start - tokens[j - 1]!.end <= 1)) break;
    }
    out.push(chunk(text, tokens, i, last));
    i = last;
  }
  return out;
}

const NOMINAL = new Set(["NOUN", "PROPN"]);
const MODIFIER = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN"]);

/** Noun phrases: determiners, adjectives, numbers and nouns ending in a noun, which is the head. */
export function nounPhrases(text: string, tokens: Token[]): NounPhrase[] {
  const out: NounPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!MODIFIER.has(tokens[i]!.pos)) continue;
    let j = i;
    while (j + 1 < tokens.length && MODIFIER.has(tokens[j + 1]!.pos) && tokens[j + 1]!.pos !== "DET") j++;
    let head = j;
    while (head >= i && !NOMINAL.has(tokens[head]!.pos)) head--;
    if (head >= i) {
      const np = chunk(text, tokens, i, head) as NounPhrase;
      np.head = head;
      out.push(np);
    }
    i = j;
  }
  return out;
}

const TENSE = lexicon["tense-markers"];
/** "expected", "set", "due" after a form of "be": a plan ("is expected to meet", "is due in Cairo"). */
const PLAN_WORDS: ReadonlySet<string> = new Set(TENSE.expectation.filter((w) => w !== "to"));
/** "plans to visit", "hopes to meet": whatever the tagger makes of the first word (a noun, often). */
const INTENTIONS: ReadonlySet<string> = new Set(TENSE.intention_verbs);
/** "will", "would", "could", "might": a modal makes the event a plan. */
const MODALS: ReadonlySet<string> = new Set([...TENSE.modals, ...TENSE.lowercase_modals].map((w) => w.replace("’", "'")));
const POSSESSIVES: ReadonlySet<string> = new Set(["his", "her", "their", "its", "our", "my", "your"]);
/** Auxiliaries that set the tense of a group with no "have" and no plan: "was met", "is meeting", "did meet". */
const PAST_AUX: ReadonlySet<string> = new Set(["was", "were", "did"]);
const PRESENT_AUX: ReadonlySet<string> = new Set(["is", "are", "am", "does", "do", "'s", "'re"]);
const BE_FORMS: ReadonlySet<string> = new Set(["is", "are", "am", "was", "were", "be", "been", "being", "'s", "'re", "’s", "’re"]);

/**
 * Verb groups: auxiliaries, adverbs and "to" before a main verb. Tense from the auxiliaries ("will" future,
 * "has" perfect, "had" pluperfect) or, alone, from the verb's form (its lemma written as it is: present).
 * A form of "be" with no main verb after it is a group of its own ("is due in Cairo", "was in Israel").
 */
export function verbGroups(text: string, tokens: Token[]): VerbGroup[] {
  const out: VerbGroup[] = [];
  let first = -1;
  // One pass over the words before the verb, without arrays: this runs for every verb group of every tagged sentence.
  const group = (start: number, i: number) => {
    const t = tokens[i]!;
    const form = t.text.toLowerCase();
    let planWord = false;
    let intention = false;
    let be = false;
    let to = false;
    let perfect = false;
    let had = false;
    let pastAux = PAST_AUX.has(form);
    let presentAux = PRESENT_AUX.has(form);
    for (let k = start; k < i; k++) {
      const b = tokens[k]!;
      const w = b.text.toLowerCase().replace("’", "'");
      planWord ||= MODALS.has(w) || PLAN_WORDS.has(w);
      intention ||= INTENTIONS.has(b.lemma);
      be ||= b.lemma === "be";
      to ||= w === "to";
      perfect ||= b.lemma === "have";
      had ||= w === "had";
      pastAux ||= PAST_AUX.has(w);
      presentAux ||= PRESENT_AUX.has(w);
    }
    const planned = planWord || PLAN_WORDS.has(form) || intention || (be && to);
    const pluperfect = had && perfect;
    const tense: Tense = planned
      ? "future"
      : pluperfect
        ? "pluperfect"
        : perfect
          ? "perfect"
          : pastAux
            ? "past"
            : presentAux
              ? "present"
              : form === t.lemma || form === `${t.lemma}s` || form === `${t.lemma}es`
                ? "present"
                : "past";
    // Written out, not spread from chunk(): a spread into a literal with more properties took six times as long as
    // the rest of this function (measured over the corpus and dev articles' tokens).
    const spanStart = tokens[start]!.start;
    const spanEnd = tokens[i]!.end;
    out.push({
      first: start,
      last: i,
      start: spanStart,
      end: spanEnd,
      text: text.slice(spanStart, spanEnd),
      verb: i,
      lemma: t.lemma,
      tense,
      progressive: be && form.endsWith("ing"),
      passive: be && !form.endsWith("ing") && form !== t.lemma && t.pos === "VERB",
      planned,
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const word = t.text.toLowerCase();
    const inGroup = t.pos === "AUX" || t.pos === "PART" || (t.pos === "ADV" && first >= 0);
    const planWord = first >= 0 && PLAN_WORDS.has(word);
    const intention = INTENTIONS.has(t.lemma) && tokens[i + 1]?.text.toLowerCase() === "to";
    if (inGroup || planWord || intention) {
      if (first < 0) first = i;
      continue;
    }
    if (t.pos !== "VERB") {
      // "is due in Cairo", "will be in Doha", "was in Israel": a form of "be" is the group's verb.
      if (first >= 0) {
        let last = i - 1;
        while (last >= first && tokens[last]!.pos !== "AUX" && !PLAN_WORDS.has(tokens[last]!.text.toLowerCase())) last--;
        const be = tokens.slice(first, last + 1).some((b) => BE_FORMS.has(b.text.toLowerCase()));
        if (last >= first && be) group(first, last);
      }
      first = -1;
      continue;
    }
    // "the occupied West Bank", "the visiting envoys", "his stop in Israel": after a determiner or a possessive, a
    // word the tagger took for a verb is a noun or describes one.
    const before = tokens[i - 1];
    if (first < 0 && before && (before.pos === "DET" || POSSESSIVES.has(before.text.toLowerCase()))) continue;
    group(first < 0 ? i : first, i);
    first = -1;
  }
  return out;
}

export function tagSentence(text: string, s: { start: number; end: number }): TaggedSentence {
  return tagged(text, s, tokenize(text.slice(s.start, s.end), s.start));
}

function tagged(text: string, s: { start: number; end: number }, tokens: Token[]): TaggedSentence {
  return {
    start: s.start,
    end: s.end,
    tokens,
    names: properNounRuns(text, tokens),
    nounPhrases: nounPhrases(text, tokens),
    verbGroups: verbGroups(text, tokens),
  };
}

/** What stands between two sentences tagged in one call: line breaks, so no token spans two sentences. */
const BETWEEN = "\n\n";

/**
 * The layer of a document: the sentences `holdsRecord` picks, tagged. They are tagged in one call of wink-nlp on the
 * picked sentences joined: its cost per call is about half its cost on short texts (measured on the corpus articles'
 * 159 sentences: 11.6 ms one by one, 6.2 ms joined, every tag the same), and a sentence's tags hardly depend on the
 * sentence before it, which ends with its own punctuation.
 */
export function tagDocument(text: string, sentences: readonly Sentence[], holdsRecord: (s: Sentence) => boolean): LinguisticLayer {
  const layer = new Map<number, TaggedSentence>();
  const picked = sentences.filter(holdsRecord);
  if (!picked.length) return layer;
  // Where each picked sentence starts in the joined text.
  const at: number[] = [];
  let length = 0;
  for (const s of picked) {
    at.push(length);
    length += s.end - s.start + BETWEEN.length;
  }
  const tokens = tokenize(picked.map((s) => text.slice(s.start, s.end)).join(BETWEEN));
  let k = 0;
  for (const [i, s] of picked.entries()) {
    const from = at[i]!;
    const to = from + s.end - s.start;
    const own: Token[] = [];
    for (; k < tokens.length && tokens[k]!.start < to; k++) {
      const t = tokens[k]!;
      // (wink-nlp makes a token of the line breaks between two sentences: it belongs to neither). The tokens are this
      // call's own: moved to the document's offsets in place rather than copied.
      if (t.start < from) continue;
      t.start += s.start - from;
      t.end += s.start - from;
      own.push(t);
    }
    layer.set(s.start, tagged(text, s, own));
  }
  return layer;
}
