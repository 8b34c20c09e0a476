/**
 * extractDocument: one article to validated records. The stages run one way, in the order configuration.ts gives:
 * document metadata → analysis (sentences, quotes, linguistic layer, mentions, actors) → extractors (candidates)
 * → refiners within the document (same quotes, headline figures, event dates, implicit stops, trips, encounters,
 * evidence) → records with evidence.
 */
import {
  type Actor,
  type CasualtyFigure,
  codePointLength,
  type DocumentRecord,
  type Meeting,
  type Place,
  type Quote,
  type Trip,
} from "@shuttle/core";
import { type Analysis, analyse, quotesIn, withPublished } from "./analysis.js";
import { type DocumentMeta, parseDocument } from "./document/DocumentParser.js";
import { mergeEvidence } from "./evidence.js";
import { extractCasualties } from "./extractors/CasualtyExtractor.js";
import { extractMeetings } from "./extractors/MeetingExtractor.js";
import { extractQuotes } from "./extractors/QuoteExtractor.js";
import { extractTrips } from "./extractors/TripExtractor.js";
import { sha256 } from "./ids.js";
import { RecordBuilder } from "./records/builder.js";
import { casualtyRecords } from "./refiners/casualties.js";
import { meetingRecords } from "./refiners/encounters.js";
import { dateEvents } from "./refiners/eventDates.js";
import { quoteRecords } from "./refiners/quotes.js";
import { tripRecords } from "./refiners/trips.js";
import type { Trace } from "./trace.js";

export interface Extraction {
  document: DocumentRecord;
  actors: Actor[];
  places: Place[];
  trips: Trip[];
  meetings: Meeting[];
  casualty_figures: CasualtyFigure[];
  quotes: Quote[];
}

/**
 * The text the parsers read: CR LF and lone CR line ends become LF, the other spaces a plain space, the line and
 * paragraph separators LF, and lone surrogates U+FFFD, each unit for unit ("\r\n" → "\n\n", an empty line the
 * parsers skip), so every offset into it is the same offset into the original and evidence is sliced from the
 * original exactly.
 */
export function normaliseInput(text: string): string {
  // Most texts have none of these: a test for one character is a fast scan, while the lone-surrogate pattern opens with
  // a lookbehind that V8 runs at every position (with the code-point count below, 2-3% of an extraction, measured).
  if (text.includes("\r")) text = text.replace(/\r\n?/g, (eol) => (eol.length === 2 ? "\n\n" : "\n"));
  // Pages copied from the web keep their no-break spaces ("Mr.&nbsp;Blinken", "Oct.&nbsp;7") and thin spaces: the
  // rules write a space as " " where a name or a phrase is spelt out, so any other space would hide the words around it.
  if (ODD_SPACE.test(text)) text = text.replace(ODD_SPACES, (c) => (c === "\u2028" || c === "\u2029" ? "\n" : " "));
  if (!SURROGATE.test(text)) return text;
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}
const SURROGATE = /[\ud800-\udfff]/;
// Every space character of Unicode but the ASCII ones, and the zero-width ones that web pages leave between words (the
// zero-width space, the word joiner, the byte-order mark): inside a word they would split it, but then they hide it too.
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;
const ODD_SPACES = new RegExp(ODD_SPACE.source, "g");

export function extractDocument(text: string, meta: DocumentMeta): Extraction {
  return extractTraced(text, meta).extraction;
}

/** The extraction and the analysis it was made from; with a trace, the rules record their vetoes and refinements. */
export function extractTraced(text: string, meta: DocumentMeta, trace?: Trace): { extraction: Extraction; analysis: Analysis } {
  // Parse the document once without a date to find its own date lines, then analyse against the result.
  const pre = analyse(meta.id, normaliseInput(text), null);
  const info = parseDocument(pre.paragraphs, meta, pre.furniture);
  // Relative dates ("on Thursday", "yesterday") count from the day the report was filed: a wire dateline's date
  // ("JERUSALEM, Jan 12 (Reuters) -") when it is before the publication date given (a page's date may be that of a
  // later update, or of the crawl). The document keeps its publication date; parseDocument warns when they differ.
  const filed = info.wire?.date && info.published && info.wire.date < info.published ? info.wire.date : info.published;
  const a: Analysis = { ...(filed ? withPublished(pre, filed) : pre), trace };
  const rb = new RecordBuilder(a, text);

  // Extractors. Quotes first: a figure inside a quote is its speaker's claim.
  const quoteCands = extractQuotes(a);
  const speakerOfSpan = new Map(quoteCands.map((q) => [q.span, q.speaker]));
  const quoteSpeaker = (pos: number) =>
    quotesIn(a, pos, pos + 1)
      .map((q) => speakerOfSpan.get(q))
      .find((x) => x);
  const figureCands = extractCasualties(a, quoteSpeaker);
  const { stops, ordinals } = extractTrips(a);
  const allMeetings = extractMeetings(a);
  // A summary ("met Jordan's top leaders") makes no record; it still places the traveller (implicit stops).
  const meetingCands = allMeetings.filter((m) => !m.summary);

  // Refiners, in the order of configuration.ts.
  const quotes = quoteRecords(quoteCands, rb);
  const casualty_figures = casualtyRecords(figureCands, rb);
  const { datedMeetings, datedStops } = dateEvents(a, meetingCands, stops);
  const { trips, tripOf } = tripRecords(rb, stops, ordinals, allMeetings, meetingCands, datedStops);
  const meetings = meetingRecords(rb, meetingCands, datedMeetings, tripOf);
  for (const r of [...quotes, ...meetings]) r.evidence = mergeEvidence(r.evidence);

  const document: DocumentRecord = {
    id: meta.id as DocumentRecord["id"],
    title: info.title,
    published: info.published,
    published_basis: info.publishedBasis,
    published_note: meta.published_note ?? null,
    dateline: info.datelines[0]?.text ?? info.wire?.text ?? null,
    outlet: meta.outlet ?? null,
    byline: info.byline,
    url: meta.url ?? null,
    language: "en",
    machine_generated: info.machineGenerated !== null,
    sha256: sha256(text),
    char_count: codePointLength(text),
    warnings: info.warnings,
  };
  return { extraction: { document, actors: rb.actors(), places: rb.places(), trips, meetings, casualty_figures, quotes }, analysis: a };
}
