/**
 * Finds quotation spans in each paragraph. Straight (") and curly (“ ”) marks; nested single quotes and
 * apostrophes are left alone. Sources get marks wrong, so the scanner is forgiving: an opening mark inside
 * an open quotation is taken as stray (kept in the words, not starting a new quote), a closing mark with no
 * opening one is ignored, a closing mark of the other kind closes when no mark of the right kind follows in
 * the paragraph (“…" is common in copy that went through several systems), and a quotation still open at the
 * end of its paragraph ends there (news style for a quote that goes on in the next paragraph).
 */
import type { Paragraph } from "./segment.js";

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
  }
  return spans;
}
