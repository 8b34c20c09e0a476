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
