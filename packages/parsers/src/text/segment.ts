/**
 * Paragraphs and sentences with UTF-16 offsets into the document text.
 * Sentence breaks come from Intl.Segmenter (ICU's rules, built into Node); ICU breaks after abbreviations
 * such as "Mr." and inside quotations, so two refiners merge those pieces back.
 */
import { alternation, lexicon } from "../lexicon/index.js";
import { escapeRegExp } from "./regex.js";
import { CALENDAR_WORDS, TIME_ZONES } from "../lexicon/words.js";

export interface Segment {
  start: number;
  end: number;
  text: string;
}

export interface Paragraph extends Segment {
  index: number;
  /** A short line without final punctuation and mostly capitalised words: a headline or section heading. */
  heading: boolean;
  sentences: Sentence[];
}

export interface Sentence extends Segment {
  index: number;
  paragraph: number;
}

/** A piece that ends with an abbreviation (lexicon/abbreviations.json) or a capital's initial ("John F.", "U.S."). */
const A = lexicon.abbreviations;
const ABBREVIATION = new RegExp(
  String.raw`(?:^|[\s(“"])(?:${[...A.titles, ...A.months, ...A.others].join("|")}|[A-Z](?:\.[A-Z])*)\.\s*$`,
  "",
);
/** A reservist's or retiree's mark after a rank ("Maj. Gen. (res.) Giora Eiland"): the name goes on. */
const SERVICE_MARK = /\((?:res|ret)\.\)\s*$/;
/**
 * A clock time that ends a segment ("talks ran until 2 a.m. Monday"): the sentence goes on when the next segment
 * opens with a weekday, a month or a time zone, which tell the time's day or zone rather than start a sentence.
 */
const CLOCK_END = /\b[ap]\.m\.\s*$/i;
const AFTER_CLOCK = new RegExp(String.raw`^(?:${[...CALENDAR_WORDS, ...TIME_ZONES].join("|")})\b`);
const OPENING = /[“]/g;
const CLOSING = /[”]/g;
const STRAIGHT = /"/g;

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * ICU's sentence segments of a text, read in windows of about 2,000 characters: V8's segment iterator takes time
 * quadratic in the number of segments of one call ("Mr. " repeated 25,000 times: 2 s). Each window keeps all but
 * its last two segments and the next window starts where they start, so every break kept was decided with at
 * least a whole segment of the text after it, as in one call over the whole text.
 */
function* segmentsOf(text: string): Generator<{ index: number; segment: string }> {
  for (let from = 0, size = 2000; from < text.length; ) {
    const window = text.slice(from, from + size);
    const segments = [...segmenter.segment(window)];
    const last = from + size >= text.length;
    if (!last && segments.length < 3) {
      size *= 2; // one long sentence: a wider window
      continue;
    }
    const keep = last ? segments : segments.slice(0, -2);
    for (const s of keep) yield { index: from + s.index, segment: s.segment };
    from = last ? text.length : from + segments[segments.length - 2]!.index;
    size = 2000;
  }
}

function countOf(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** A piece being built: its last ICU segment and its quotation marks so far, so each test costs one segment, not the piece. */
interface Piece {
  start: number;
  end: number;
  last: string;
  /** Curly quotes opened minus closed, and straight quotes: the quotation is open when curly > 0 or straight is odd. */
  curly: number;
  straight: number;
}

export function splitSentences(text: string, offset: number, paragraph: number, firstIndex: number): Sentence[] {
  const pieces: Piece[] = [];
  for (const s of segmentsOf(text)) {
    const prev = pieces[pieces.length - 1];
    const curly = countOf(s.segment, OPENING) - countOf(s.segment, CLOSING);
    const straight = countOf(s.segment, STRAIGHT);
    // Merge a piece into the previous one when the break fell after an abbreviation, before a lower-case
    // continuation, or inside an open quotation (the quote and its attribution belong to one sentence).
    const abbreviation =
      ABBREVIATION.test(prev?.last ?? "") ||
      SERVICE_MARK.test(prev?.last ?? "") ||
      (CLOCK_END.test(prev?.last ?? "") && AFTER_CLOCK.test(s.segment));
    if (prev && (abbreviation || /^[a-z,;]/.test(s.segment) || prev.curly > 0 || prev.straight % 2 === 1)) {
      prev.end += s.segment.length;
      prev.last = s.segment;
      prev.curly += curly;
      prev.straight += straight;
    } else {
      pieces.push({ start: offset + s.index, end: offset + s.index + s.segment.length, last: s.segment, curly, straight });
    }
  }
  // Numbered after empty pieces are dropped (a lone CR or U+2028 is a piece of its own): index is the position in
  // the document's sentence list, which the extractors look sentences up by.
  return pieces
    .map((p) => ({ start: p.start, text: text.slice(p.start - offset, p.end - offset).trimEnd() }))
    .filter((p) => p.text.length > 0)
    .map((p, i) => ({ start: p.start, end: p.start + p.text.length, text: p.text, index: firstIndex + i, paragraph }));
}

function isHeading(line: string, first: boolean): boolean {
  if (line.length > 120 || /[.!?:;,"”’)]$/.test(line)) return false;
  // The first line, short and unpunctuated, is a headline even in sentence case.
  if (first) return true;
  const words = line.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  if (words.length === 0) return true;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.6;
}

const F = lexicon["page-furniture"];
const FURNITURE_LINES = new Set(F.lines);
const FURNITURE_OPENER = new RegExp(String.raw`^(?:${F.openers.map(escapeRegExp).join("|")})`, "i");
/** A photo credit alone on its line: "REUTERS/Amir Cohen", "AFP via Getty Images", "Photo: EPA-EFE/Atef Safadi". */
const CREDIT_LINE = new RegExp(String.raw`^(?:${alternation(F.credits)})(?:\s*/\s*[^/.!?]{1,40}){0,3}$`);
/**
 * A byline: "By", then one or more names of two to four capitalised words joined by "and", ",", "&", and at most an
 * outlet or a city after a comma or "in" ("By Jane Doe and Omar Said, Reuters", "By Jane Doe in Cairo"). A name of
 * two words at least, so a title-case headline that opens with "By" ("By Land and Sea") stays.
 */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}`;
const BYLINE = new RegExp(
  String.raw`^(?:${F.byline.join("|")})\s+${NAME}(?:(?:\s*,\s*|\s+(?:and|&)\s+)${NAME})*` +
    String.raw`(?:(?:\s*,\s*|\s+in\s+)\p{Lu}[\p{L}\s'’.-]{0,40})?$`,
  "u",
);

/**
 * Lines of the page, not of the story (lexicon/page-furniture.json): they make no paragraph, so the paragraph before
 * a quotation is the story's own, and a byline above the headline does not take its place.
 */
export function isFurniture(line: string): boolean {
  if (line.length > 120) return false;
  return (
    FURNITURE_LINES.has(line.toLowerCase().replace(/[.:!…]+$/, "")) ||
    FURNITURE_OPENER.test(line) ||
    CREDIT_LINE.test(line) ||
    BYLINE.test(line)
  );
}

/** Split a document into paragraphs (non-empty lines) and sentences; the page's furniture goes to `furniture`. */
export function segment(text: string, furniture?: Segment[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let sentenceIndex = 0;
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    if (isFurniture(body)) {
      furniture?.push({ start, end: start + body.length, text: body });
      continue;
    }
    const index = paragraphs.length;
    const sentences = splitSentences(body, start, index, sentenceIndex);
    sentenceIndex += sentences.length;
    paragraphs.push({ start, end: start + body.length, text: body, index, heading: isHeading(body, paragraphs.length === 0), sentences });
  }
  return paragraphs;
}
