/**
 * Analysis: everything the extractors share about one document, computed once: paragraphs and sentences,
 * quotation spans, entity mentions and the actors they resolve to.
 */
import { segment, type Paragraph, type Segment, type Sentence } from "./text/segment.js";
import { findMentions, type Mention } from "./entities/mentions.js";
import { MENTION_RULES } from "./configuration.js";
import { mayNameUnknownPlace } from "./entities/unknownPlaces.js";
import { type LinguisticLayer, tagDocument } from "./linguistic/layer.js";
import { TENSE_CUES } from "./lexicon/words.js";
import type { Trace } from "./trace.js";
import { resolveActors, type DocActor } from "./entities/resolve.js";
import { findQuoteSpans, type QuoteSpan } from "./text/quoteSpans.js";
import { PLACE_BY_NAME, type PlaceEntry } from "./entities/gazetteer.js";
import { firstAtOrAfter } from "./text/sorted.js";

export interface Analysis {
  id: string;
  text: string;
  published: string | null;
  paragraphs: Paragraph[];
  /** Lines of the page, not of the story (bylines, advertisement slots, links, photo credits): no paragraph. */
  furniture: Segment[];
  sentences: Sentence[];
  quoteSpans: QuoteSpan[];
  mentions: Mention[];
  actorOf: Array<DocActor | undefined>;
  actors: DocActor[];
  /** The city of a wire dateline ("AMMAN, Jan 7 (Reuters) -"): where the report was filed. */
  datelinePlace: PlaceEntry | null;
  /** Each sentence's text with its quoted words blanked out, by sentence index. */
  unquotedText: string[];
  /** The linguistic layer: the tagged sentences, by start offset. */
  layer: LinguisticLayer;
  /** Kept when the caller asks for an explanation: rules record their vetoes in it. */
  trace?: Trace;
}

const WIRE_DATELINE = /^([\p{Lu}][\p{Lu}.'’ -]{2,30}?)(?:,\s*[^—–\n]{1,40}?)?\s*(?:\([^)]{1,30}\))?\s*[—–-]\s/u;

/** The dateline city of the first body paragraph, when the report opens with one. */
function datelinePlaceOf(paragraphs: Paragraph[]): PlaceEntry | null {
  for (const p of paragraphs.slice(0, 6)) {
    const m = WIRE_DATELINE.exec(p.text);
    if (!m) continue;
    const name = m[1]!
      .trim()
      .toLowerCase()
      .replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
    const place = PLACE_BY_NAME.get(name);
    if (place) return place;
  }
  return null;
}

/** The same analysis against another publication date: only date resolution depends on it. */
export function withPublished(a: Analysis, published: string | null): Analysis {
  return { ...a, published };
}

export function analyse(id: string, text: string, published: string | null): Analysis {
  const furniture: Segment[] = [];
  const paragraphs = segment(text, furniture);
  const sentences = paragraphs.flatMap((p) => p.sentences);
  const quoteSpans = findQuoteSpans(paragraphs);
  // The linguistic layer, for the sentences that can name a place no gazetteer knows or whose events' tense the
  // layer decides: the only rules that read it so far. A cheap keyword pass picks them (a third of an article's
  // bytes); tagging every sentence would cost about a fifth more.
  const layer = tagDocument(text, sentences, (s) => mayNameUnknownPlace(s.text) || TENSE_CUES.some((cue) => cue.test(s.text)));
  const mentions = findMentions(text, paragraphs, MENTION_RULES, layer);
  const { actors, actorOf } = resolveActors(mentions, sentences);
  const base = {
    id,
    text,
    published,
    paragraphs,
    furniture,
    sentences,
    quoteSpans,
    mentions,
    actorOf,
    actors,
    datelinePlace: datelinePlaceOf(paragraphs),
  };
  // Each sentence without its quoted words: every extractor reads sentences so (reported speech is not the writer's
  // statement of fact). Computed here, once, so the analysis is complete before any extractor runs.
  const partial = { ...base, unquotedText: [], layer };
  const unquotedText = sentences.map((s) => blankQuotes(partial, s, () => true));
  return { ...base, unquotedText, layer };
}

/**
 * Indices of the mentions inside [start, end), in text order. Mentions are sorted by start, so this costs the span,
 * not the document: extractors ask for every trigger, and a scan of all mentions each time is quadratic.
 */
export function mentionsIn(a: Analysis, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = firstAtOrAfter(a.mentions, start); i < a.mentions.length && a.mentions[i]!.start < end; i++) {
    if (a.mentions[i]!.end <= end) out.push(i);
  }
  return out;
}

/** The mentions inside [start, end), in text order (see mentionsIn). */
export function mentionsBetween(a: Analysis, start: number, end: number): Mention[] {
  return mentionsIn(a, start, end).map((i) => a.mentions[i]!);
}

/** The quotation spans that reach into [start, end): spans are in text order and never overlap, so closes rise. */
/** The quotation spans that overlap [start, end), found by binary search. */
export function quotesIn(a: Analysis, start: number, end: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const qs = a.quoteSpans;
  for (let i = firstAtOrAfter(qs, start, (q) => q.close); i < qs.length && qs[i]!.open < end; i++) out.push(qs[i]!);
  return out;
}

/** True when pos lies inside quoted words (reported speech is not the writer's statement of fact). */
export function insideQuote(a: Analysis, pos: number): boolean {
  return quotesIn(a, pos, pos + 1).some((q) => pos > q.open && pos < q.close);
}

/** The sentence's text with quoted words blanked out (same length, so offsets still hold). */
export function unquoted(a: Analysis, s: Sentence): string {
  return a.unquotedText[s.index]!;
}

/** The sentence's text with the quotes that `blank` picks blanked out (same length, so offsets still hold). */
export function blankQuotes(a: Analysis, s: Sentence, blank: (q: QuoteSpan) => boolean): string {
  let t = s.text;
  for (const q of quotesIn(a, s.start, s.end)) {
    if (q.paragraph !== s.paragraph || !blank(q)) continue;
    const from = Math.max(q.open, s.start) - s.start;
    const to = Math.min(q.close + 1, s.end) - s.start;
    if (from < to) t = t.slice(0, from) + " ".repeat(to - from) + t.slice(to);
  }
  return t;
}
