/**
 * DocumentParser: what a text says about itself. Title (first heading-like line), date lines (a line that is
 * only a full date), a wire dateline ("JERUSALEM, Feb 6 (Reuters) -"), byline ("By …", "Written by …", "… reported
 * from …"), a machine-written disclosure, and warnings when the text contradicts itself or its metadata.
 */
import * as chrono from "chrono-node/en";
import type { Paragraph, Segment } from "../text/segment.js";
import { findDates } from "../dates/DateResolver.js";
import { escapeRegExp, matchesOf } from "../text/regex.js";
import { alternation, lexicon } from "../lexicon/index.js";
import { TIME_ZONES } from "../lexicon/words.js";

export interface DocumentMeta {
  id: string;
  title?: string | null;
  published?: string | null;
  published_basis?: "manifest" | "user";
  published_note?: string | null;
  outlet?: string | null;
  url?: string | null;
  known_problems?: string[];
}

/** A wire dateline opening the body: "JERUSALEM, Feb 6 (Reuters) -", "CAIRO (AP) —", "GAZA CITY, Nov. 3, 2023 -". */
export interface WireDateline {
  /** The dateline as written, up to its dash. */
  text: string;
  /** The place as written ("JERUSALEM"). */
  place: string;
  /** The agency in brackets ("Reuters"), if any. */
  agency: string | null;
  /** The full date: written with its year, or a day and month dated by the publication date. */
  date: string | null;
}

export interface DocumentInfo {
  title: string | null;
  datelines: Array<{ text: string; date: string }>;
  wire: WireDateline | null;
  byline: string | null;
  machineGenerated: string | null;
  published: string | null;
  publishedBasis: "manifest" | "dateline" | "user" | "none";
  warnings: string[];
}

const MACHINE = new RegExp(
  String.raw`\b(?:(?:written|generated|produced|created|composed)\s+(?:entirely\s+|fully\s+|wholly\s+` +
    String.raw`|partly\s+)?(?:by|with|using)\s+(?:an?\s+)?(?:AI|artificial intelligence|a machine|machine learning` +
    String.raw`|bot|language model)\b|AI-generated|machine-generated)`,
  "i",
);
/** Photo credits and agency lines ("Alex Brandon | AFP | Getty Images") are never titles. */
const CREDIT = /\||\b(?:Getty Images|Reuters|AFP|AP Photo|EPA|Photo:|Image:|Credit:)/;
const BYLINE = /^(?:By|Written by|Reporting by)\s+([\p{Lu}][^\n;]{1,80})/u;
const REPORTED_FROM = /([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,3})\s+(?:reported|contributed reporting)\b/gu;
/** The words REPORTED_FROM needs, found in one cheap pass. */
const REPORTING = /\b(?:reported|contributed reporting)\b/;

/**
 * Capitals, an optional date or region after a comma, an optional agency in brackets, then a dash. Capitals alone
 * ("WASHINGTON POST EDITORIAL BOARD —") make no dateline: a date or an agency must come with them.
 */
const WIRE = /^([\p{Lu}][\p{Lu}.'’ -]{1,30}?[\p{Lu}.])(?:,\s*([^—–\n()]{1,40}?))?\s*(?:\(([^)]{1,30})\))?\s*[—–-]+\s/u;

/** The wire dateline of the first body paragraphs, with its date resolved against the publication date if needed. */
function wireDatelineOf(paragraphs: Paragraph[], published: string | null): WireDateline | null {
  for (const p of paragraphs.slice(0, 6)) {
    const m = WIRE.exec(p.text);
    if (!m) continue;
    const [text, place, after, agency] = [m[0].trim(), m[1]!.trim(), m[2]?.trim() ?? null, m[3]?.trim() ?? null];
    // A dateline's date has a day number; chrono's parse is costly, so text without a digit is not parsed.
    const r = after && /\d/.test(after) ? chrono.parse(after, published ? new Date(`${published}T12:00:00Z`) : new Date(0))[0] : undefined;
    const dated = r?.start.isCertain("month") === true && r.start.isCertain("day");
    if (!agency && !dated) continue;
    let date: string | null = null;
    if (r && dated && (r.start.isCertain("year") || published)) {
      const s = r.start;
      const pad = (n: number) => String(n).padStart(2, "0");
      let year = s.get("year")!;
      // Without a year, the dateline's day is the publication day or shortly before it, never after.
      if (!s.isCertain("year") && published && `${year}-${pad(s.get("month")!)}-${pad(s.get("day")!)}` > published) year--;
      date = `${year}-${pad(s.get("month")!)}-${pad(s.get("day")!)}`;
    }
    return { text, place, agency, date };
  }
  return null;
}

const F = lexicon["page-furniture"];
/** "First published on", "Last updated:": the label before a page's date. */
const DATE_LABEL = new RegExp(String.raw`^(?:${alternation(F.date_labels)})(?:\s+(?:on|at))?[\s:]*`, "i");
/** A time zone after the time ("17.32 GMT"), which chrono leaves out of the date it reads. */
const ZONE_END = new RegExp(String.raw`\b(?:${alternation(TIME_ZONES)})\s*$`);
const PARTS = new RegExp(`[${F.separators.map(escapeRegExp).join("")}]`);

function datelineOf(line: string): { text: string; date: string } | null {
  // A date line states its year in digits ("Jan 10, 2024", "10/01/24"): a line without one is not worth chrono's parse
  // (a cost at every short paragraph with a number: "Killed: 1,139.").
  if (line.length > 80 || !/\d{4}|\d[/.-]\d{1,2}[/.-]\d/.test(line)) return null;
  // A line of two or three parts ("Jane Doe, Reuters | Jan 9, 2024") is a date line when one of its parts is a date
  // (more parts make a table's row, whose date is a cell's).
  const parts = line.split(PARTS);
  if (parts.length > 3) return null;
  const date = parts.map((part) => datedPart(part.trim())).find((d) => d !== null);
  return date ? { text: line, date } : null;
}

function datedPart(part: string): string | null {
  if (part.length > 60 || !/\d{4}|\d[/.-]\d{1,2}[/.-]\d/.test(part)) return null;
  const r = chrono.parse(part)[0];
  if (!r?.start.isCertain("year") || !r.start.isCertain("month") || !r.start.isCertain("day")) return null;
  // The date must be (nearly) the whole part: "Updated: Jan 10, 2024" yes, a sentence with a date no.
  if (
    part
      .replace(r.text, "")
      .replace(DATE_LABEL, "")
      .replace(ZONE_END, "")
      .replace(/[\s,|·-]/g, "").length > 12
  )
    return null;
  const s = r.start;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${s.get("year")}-${pad(s.get("month")!)}-${pad(s.get("day")!)}`;
}

/** A full date stated in a photo caption or credit line before the body. */
function captionDate(top: Paragraph[]): { text: string; date: string } | null {
  for (const p of top) {
    if (!/\((?:Photo|Image|Credit)\b|\bPhoto(?:graph)?:|\bphoto by\b/i.test(p.text)) continue;
    const d = findDates(p.text, p.start, null, { future: false }).find((x) => x.basis === "stated" && x.precision === "day" && x.date);
    if (d) return { text: d.text, date: d.date! };
  }
  return null;
}

const YEAR = /\b(?:1[89]|20)\d{2}\b/;

const daysBetween = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

export function parseDocument(paragraphs: Paragraph[], meta: DocumentMeta, furniture: readonly Segment[] = []): DocumentInfo {
  const warnings: string[] = [];
  const datelines: Array<{ text: string; date: string }> = [];
  const datelineParas = new Set<number>();
  for (const p of paragraphs) {
    const d = datelineOf(p.text);
    if (d) {
      datelines.push(d);
      datelineParas.add(p.index);
    }
  }
  // The title stands above the body: only lines before the first body paragraph (two or more sentences,
  // or a long one) can be it.
  const firstBody = paragraphs.findIndex((p) => p.sentences.length > 1 || p.text.length > 200);
  const top = firstBody < 0 ? paragraphs : paragraphs.slice(0, firstBody);
  const title =
    meta.title ??
    top.find(
      (p) =>
        !datelineParas.has(p.index) &&
        !CREDIT.test(p.text) &&
        p.text.split(/\s+/).length > 3 &&
        (p.heading || (p.sentences.length === 1 && p.text.length <= 110 && (p.index === 0 || !/\.$/.test(p.text)))),
    )?.text ??
    null;

  const bylines: string[] = [];
  // A byline is page furniture (text/segment.ts), no paragraph of the story; "Reporting by" closes the story.
  for (const p of [...furniture, ...paragraphs]) {
    const b = BYLINE.exec(p.text);
    if (b) bylines.push(b[1]!.trim());
    // The run of capitalised words before the verb is costly to try at every capital; most paragraphs lack the verb.
    if (!REPORTING.test(p.text)) continue;
    for (const m of matchesOf(REPORTED_FROM, p.text)) bylines.push(m[1]!);
  }
  const byline = [...new Set(bylines)].join("; ") || null;

  const machine = paragraphs.find((p) => MACHINE.test(p.text));
  const machineGenerated = machine ? (machine.sentences.find((s) => MACHINE.test(s.text))?.text ?? machine.text) : null;
  if (machineGenerated) warnings.push(`machine-written: the text says so ("${machineGenerated}")`);

  // Publication date: metadata first, else the last date line before the body (pages often print the
  // crawl or page date above the article's own date).
  let published: string | null = null;
  let publishedBasis: DocumentInfo["publishedBasis"] = "none";
  const undatedWire = meta.published || datelines.length ? null : wireDatelineOf(paragraphs, null);
  if (meta.published) {
    published = meta.published;
    publishedBasis = meta.published_basis ?? "manifest";
  } else if (datelines.length) {
    published = datelines[datelines.length - 1]!.date;
    publishedBasis = "dateline";
  } else if (undatedWire?.date) {
    // A wire dateline with its year dates the report.
    published = undatedWire.date;
    publishedBasis = "dateline";
  } else {
    // A photo caption above the body dates the scene it shows ("… in Tel Aviv, Nov. 30, 2023 (Photo: …)"):
    // with no other date, it anchors the report's relative dates.
    const caption = captionDate(top);
    if (caption) {
      published = caption.date;
      publishedBasis = "dateline";
      warnings.push(`publication date taken from a photo caption ("${caption.text}")`);
    }
  }
  if (new Set(datelines.map((d) => d.date)).size > 1) {
    warnings.push(`several date lines disagree: ${datelines.map((d) => `"${d.text}"`).join(", ")}`);
  }
  if (published && publishedBasis !== "dateline") {
    for (const d of datelines)
      if (d.date !== published) warnings.push(`date line "${d.text}" differs from the publication date ${published} (${publishedBasis})`);
  }
  // A date line far from every full date stated in the body is suspect (a page date, or a wrong one).
  // (chrono runs only on paragraphs that contain a year, only when there is a date line to check, and only until
  // every date line has a stated date near it: most articles state one in their first paragraphs)
  // Distinct dates only, and each date line checked once near: a long text (many reports joined) states the same dates
  // and repeats its date lines, and comparing every pair made it quadratic.
  const stated = new Set<string>(); // in the order first stated
  const farFromStated = new Set(datelines.map((d) => d.date));
  const state = (date: string) => {
    if (stated.has(date)) return;
    stated.add(date);
    for (const far of farFromStated) if (daysBetween(date, far) <= 180) farFromStated.delete(far);
  };
  // (chrono reads the sentences that hold a year, not their whole paragraph: a date is told within one sentence)
  for (const p of paragraphs) {
    if (!farFromStated.size) break;
    if (datelineParas.has(p.index) || !YEAR.test(p.text)) continue;
    for (const s of p.sentences) {
      if (!YEAR.test(s.text)) continue;
      for (const d of findDates(s.text, s.start, null, { future: false })) if (d.basis === "stated" && d.date) state(d.date);
    }
  }
  for (const d of datelines) {
    if (stated.size && farFromStated.has(d.date)) {
      warnings.push(`date line "${d.text}" contradicts the dates stated in the text (${[...stated].join(", ")})`);
    }
  }
  const wire = undatedWire && published === undatedWire.date ? undatedWire : wireDatelineOf(paragraphs, published);
  if (wire && !wire.date && /\d/.test(wire.text)) {
    warnings.push(`the wire dateline "${wire.text}" gives no year and there is no publication date: its day dates nothing`);
  }
  if (wire?.date && published && wire.date !== published && daysBetween(wire.date, published) > 2) {
    warnings.push(`wire dateline "${wire.text}" differs from the publication date ${published} (${publishedBasis})`);
  }
  for (const k of meta.known_problems ?? []) warnings.push(`known problem: ${k}`);
  return { title, datelines, wire, byline, machineGenerated, published, publishedBasis, warnings };
}
