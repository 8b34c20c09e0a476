/**
 * Offsets in records count Unicode code points, so Python's `text[start:end]` (and most tools) slice them
 * directly. JavaScript strings index UTF-16 code units; these helpers convert between the two.
 */

/** Slice a string by code-point offsets. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
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
  return actual === span.text ? null : `span [${span.start}, ${span.end}) is ${JSON.stringify(actual)}, record says ${JSON.stringify(span.text)}`;
}
