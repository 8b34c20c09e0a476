/**
 * Finds quotation spans in each paragraph. Straight (") and curly (“ ”) marks, and single marks in headlines;
 * nested single quotes and apostrophes are left alone. Sources get marks wrong, so the scanner is forgiving: an opening mark inside
 * an open quotation is taken as stray (kept in the words, not starting a new quote), a closing mark with no
 * opening one is ignored, a closing mark of the other kind closes when no mark of the right kind follows in
 * the paragraph (“…" is common in copy that went through several systems), and a quotation still open at the
 * end of its paragraph ends there (news style for a quote that goes on in the next paragraph).
 */
import type { Paragraph } from "./segment.js";
import { matchesOf } from "./regex.js";

export interface QuoteSpan {
  paragraph: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or of the paragraph end when unclosed. */
  close: number;
  /** The quoted words (stray leading marks, surrounding spaces and a trailing comma excluded). */
  start: number;
  end: number;
  closed: boolean;
}

export function findQuoteSpans(paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const p of paragraphs) {
    let open = -1;
    let straight = false;
    const emit = (close: number, closed: boolean) => {
      let start = open + 1;
      let end = close;
      while (start < end && /[\s“"]/.test(p.text[start - p.start]!)) start++;
      while (end > start && /[\s,]/.test(p.text[end - 1 - p.start]!)) end--;
      if (end > start) spans.push({ paragraph: p.index, open, close, start, end, closed });
      open = -1;
    };
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text[i]!;
      const pos = p.start + i;
      if (c === "“") {
        if (open < 0) {
          open = pos;
          straight = false;
        }
      } else if (c === "”") {
        if (open >= 0 && (!straight || !p.text.includes('"', i + 1))) emit(pos, true);
      } else if (c === '"') {
        if (open < 0) {
          open = pos;
          straight = true;
        } else if (straight || !p.text.includes("”", i + 1)) emit(pos, true);
      }
    }
    if (open >= 0) emit(p.end, false);
    if (p.heading || HEADLINE_LIKE.test(p.text)) spans.push(...headlineSingleQuotes(p));
  }
  return spans.sort((x, y) => x.open - y.open);
}

/**
 * Headlines quote in single marks ("Austin says US is 'prepared to act'"). An opening mark starts a word, a closing
 * one ends one, so apostrophes ("he's", "won’t") are passed over. Only in headings and headline-like lines (no
 * closing punctuation): in body text a plural possessive ("the ministers' talks") would open quotes that are none.
 */
const SINGLE_QUOTED = /(?<![\p{L}\p{N}'‘’])['‘](?=\p{L})(.+?)['’](?![\p{L}\p{N}])/gu;
/** A line of headline length with no closing punctuation: a sentence-case headline the segmenter does not flag. */
const HEADLINE_LIKE = /^[^\n]{10,160}(?<![.!?:;…])$/u;
function headlineSingleQuotes(p: Paragraph): QuoteSpan[] {
  if (/["“”]/.test(p.text)) return [];
  return matchesOf(SINGLE_QUOTED, p.text).map((m) => {
    const open = p.start + m.index!;
    const close = open + m[0].length - 1;
    return { paragraph: p.index, open, close, start: open + 1, end: close, closed: true };
  });
}
