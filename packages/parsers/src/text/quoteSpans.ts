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
import { alternation, lexicon } from "../lexicon/index.js";

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
  // A text whose body quotes in double marks nowhere is in British style: its single marks are quotation marks.
  const british = !paragraphs.some((p) => !p.heading && /["“”]/.test(p.text));
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
    else if (british) spans.push(...britishQuotes(p));
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
  return matchesOf(SINGLE_QUOTED, p.text).map((m) => singleSpan(p, m));
}

/** A span between single marks; a comma before the closing mark ('…get in,' Mr Cameron said) is no part of the words. */
function singleSpan(p: Paragraph, m: RegExpMatchArray): QuoteSpan {
  const open = p.start + m.index!;
  const close = open + m[0].length - 1;
  let end = close;
  while (end > open + 1 && /[\s,]/.test(p.text[end - 1 - p.start]!)) end--;
  return { paragraph: p.index, open, close, start: open + 1, end, closed: true };
}

/**
 * British style quotes in single marks in body text too ("'We want to see an immediate pause,' Mr Cameron said."), in a
 * text whose body has no double marks (where double marks quote, single ones nest or set off a term). The opening mark
 * starts a word after a space, a colon or a dash; the closing mark ends one. A plural possessive ("the ministers'
 * talks") would close a quote wrongly, so a mark after an "s" closes one only before punctuation or the paragraph's
 * end. One or two words in single marks ('hope', 'red lines') are as often the writer's term as anyone's words: only
 * spans of three words or more are read.
 */
// A mark after an "s" closes before a word that never follows a possessive either ("… attacks of Hamas' and stood by …"), from
// the lexicon: a conjunction, a preposition, a pronoun, a speech verb.
const AFTER_CLOSING = alternation(lexicon["speech-verbs"].words_after_closing_mark);
const BRITISH_QUOTED = new RegExp(
  String.raw`(?<=^|[\s([:—–-])['‘](?=[\p{L}\p{N}[…])(.+?)` +
    String.raw`(?:(?<!s)['’](?![\p{L}\p{N}])|(?<=s)['’](?=\s*(?:[,.;:!?)—–]|$)|\s+(?:${AFTER_CLOSING})\s))`,
  "gu",
);
function britishQuotes(p: Paragraph): QuoteSpan[] {
  return matchesOf(BRITISH_QUOTED, p.text)
    .filter((m) => m[1]!.trim().split(/\s+/).length >= 3)
    .map((m) => singleSpan(p, m));
}
