/** A literal string as a regular-expression source: its special characters escaped. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Every match of a global pattern in a text, the matches String.prototype.matchAll gives, found with the pattern
 * itself. matchAll runs a copy of the pattern made at each call, and for the large patterns of the mention rules
 * and extractors the copy costs more than the matching (measured here: 2 to 6 times the time of an exec loop over
 * the same sentences). The matches are collected before they are returned, so a caller may use the pattern again
 * while it reads them.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a whole surrogate pair with the u flag), as matchAll does.
    if (m[0] === "") re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

/**
 * A lookahead that lets through only positions that may start with a capital letter or one of `also` (ASCII
 * characters), for a pattern that goes on to test `\p{Lu}` there: V8 tests a Unicode property at every position of
 * the text, while an ASCII class rejects at once the lower-case letters, digits, spaces and punctuation that most
 * positions hold. A character outside ASCII passes on to the pattern's own test, so no match changes (a scan of
 * the corpus and dev articles for capitalised runs: half the time, measured).
 */
export const capitalAhead = (also = "") => String.raw`(?=[A-Z${also}]|[^\x00-\x7F])`;

/**
 * A lookahead for the first characters of a list of words, for a pattern that must start with one of them but opens
 * with optional parts or a lookbehind, where V8 cannot see which characters may start a match and runs the whole
 * pattern at every position. The test at one position changes no match.
 */
export function firstCharAhead(words: Iterable<string>): string {
  const chars = new Set([...words].map((w) => w[0]!).filter(Boolean));
  return `(?=[${[...chars]
    .sort()
    .map((c) => c.replace(/[\]\\^-]/g, "\\$&"))
    .join("")}])`;
}

/** A word character as `\b` sees it under the i and u flags: ASCII letters, digits, _, and two letters that fold into them. */
const WORD_CHAR = String.raw`[\w\u017F\u212A]`;

/**
 * The same pattern with a leading `\b` written as "no word character before, one after", for a pattern whose
 * first token needs a word character (a word list): the two say the same there. Under the i and u flags together
 * V8 runs `\b` on a slow path at every position of the text (measured: the casualty patterns took twice as long);
 * the lookarounds stay fast. Other patterns are returned as they are.
 */
export function fastWordStart(re: RegExp): RegExp {
  if (!re.source.startsWith("\\b") || !re.ignoreCase || !re.unicode) return re;
  return new RegExp(`(?<!${WORD_CHAR})(?=${WORD_CHAR})${re.source.slice(2)}`, re.flags);
}

/**
 * The words of a text as the case-blind patterns see a word's first letters: runs of ASCII letters, lower-cased, with
 * the two letters that fold into ASCII under the i and u flags (ſ, the Kelvin sign) folded. Not a tokenizer for
 * reading the text (the linguistic layer is that): a cheap test of which cue words a sentence holds before costly
 * patterns run over it, so it must find every word a pattern could match, and may find more.
 */
export function asciiWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/\u017F/g, "s")
      .match(/[a-z]+/g),
  );
}

/**
 * The first ASCII word of each phrase ("taken hostage" → "taken", "self-declared" → "self"), as asciiWords finds it;
 * undefined when a phrase opens with no such word (then no word is a cue of every phrase, and the caller runs its
 * pattern on every text).
 */
export function firstWords(phrases: Iterable<string>): ReadonlySet<string> | undefined {
  const out = new Set<string>();
  for (const p of phrases) {
    const first = /^[a-z]+/.exec(p.toLowerCase().replace(/\u017F/g, "s"))?.[0];
    if (!first) return undefined;
    out.add(first);
  }
  return out;
}

/** Whether a set of words holds any of the given words. */
export function holdsAny(words: ReadonlySet<string>, any: ReadonlySet<string>): boolean {
  for (const w of any) if (words.has(w)) return true;
  return false;
}
