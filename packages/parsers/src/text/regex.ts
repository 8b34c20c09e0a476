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
