/**
 * Offsets in records count Unicode code points, so Python's `text[start:end]` (and most tools) slice them
 * directly. JavaScript strings index UTF-16 code units; these helpers convert between the two.
 */

/** UTF-16 index of each code point of the text and of its end, kept for the last text asked about. */
let indexed: { text: string; at: Uint32Array } | null = null;
function codePointIndex(text: string): Uint32Array {
  if (indexed?.text === text) return indexed.at;
  const at = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    at[n++] = i;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++; // a pair is one code point; a lone half is one too
  }
  at[n] = text.length;
  indexed = { text, at: at.subarray(0, n + 1) };
  return indexed.at;
}

/**
 * Slice a string by code-point offsets. Checking every span of one document costs the spans, not spans × document:
 * the index of the last text is kept (Array.from(text) per span was quadratic for large files).
 */
export function sliceCodePoints(text: string, start: number, end: number): string {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < 0) return Array.from(text).slice(start, end).join("");
  const at = codePointIndex(text);
  const last = at.length - 1;
  const [s, e] = [Math.min(start, last), Math.min(end, last)];
  return e <= s ? "" : text.slice(at[s], at[e]);
}

const HIGH_SURROGATE = /[\ud800-\udbff]/;

/** The number of code points of a text (a surrogate pair is one, a lone half one too), without an array of them. */
export function codePointLength(text: string): number {
  const first = HIGH_SURROGATE.exec(text)?.index;
  if (first === undefined) return text.length;
  let n = text.length;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      n--;
      i++;
    }
  }
  return n;
}

/**
 * Maps UTF-16 offsets of one text to code-point offsets. Built once per document; for texts without astral
 * characters (almost all news) it is the identity and costs nothing.
 */
export class OffsetMap {
  private readonly astral: number[] = [];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1); // NaN past the end; a lone surrogate is one code point of its own
      if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        this.astral.push(i + 1); // the low surrogate adds a UTF-16 unit but no code point
        i++;
      }
    }
  }
  /** Code-point offset of a UTF-16 offset. */
  toCodePoint(utf16: number): number {
    let n = 0;
    for (const a of this.astral) {
      if (a < utf16) n++;
      else break;
    }
    return utf16 - n;
  }
}

/** Check an evidence span against its document's text. Returns a message when it does not match. */
export function checkSpan(text: string, span: { start: number; end: number; text: string }): string | null {
  const actual = sliceCodePoints(text, span.start, span.end);
  return actual === span.text
    ? null
    : `span [${span.start}, ${span.end}) is ${JSON.stringify(actual)}, record says ${JSON.stringify(span.text)}`;
}
