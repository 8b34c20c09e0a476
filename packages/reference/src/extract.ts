/**
 * Two-pass extraction with the official record. Pass one extracts as usual (with whatever date the text or
 * the caller gives). A document still without a date gets a publication window proposed from the record
 * and is extracted again against it; its relative dates are then marked as resolved from the record. A date
 * that the record contradicts is named: a caller's (manifest or --published) as a problem, a date line as a
 * warning, and then the record's proposal replaces the date line.
 */
import { extractDocument, findDates, type DocumentMeta, type Extraction } from "@shuttle/parsers";
import { DocumentDater, type DateProposal } from "./dating.js";
import type { OfficialRecord } from "./record.js";

export interface RecordExtraction {
  extraction: Extraction;
  proposal: DateProposal | null;
  /** Contradictions of supplied dates that a build must fail on. */
  problems: string[];
}

/**
 * Days a report may follow the last event it tells: the next day's paper, a weekly, a look back. A date that much
 * after the record's window agrees with it; one before the window, or later still, contradicts it.
 */
const REPORT_LAG_DAYS = 7;
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
export const within = (d: string, p: Pick<DateProposal, "earliest" | "latest">) =>
  p.earliest <= d && d <= addDays(p.latest, REPORT_LAG_DAYS);
const windowText = (p: DateProposal) => (p.earliest === p.latest ? p.earliest : `${p.earliest} to ${p.latest}`);

/** Marks the dates pass two resolved against the proposed publication date. */
function markFromRecord(e: Extraction): void {
  for (const t of e.trips) for (const s of t.destinations) if (s.date_basis === "inferred") s.date_basis = "official_record";
  for (const m of e.meetings) if (m.date_basis === "inferred") m.date_basis = "official_record";
}

export function extractWithRecord(
  text: string,
  meta: DocumentMeta & { published_expected?: string | null },
  record?: OfficialRecord,
): RecordExtraction {
  const dater = new DocumentDater(record);
  const first = extractDocument(text, meta);
  const proposal = dater.propose(first);
  const problems: string[] = [];
  const doc = first.document;
  const expected = meta.published_expected ?? null;
  if (!proposal) {
    if (expected && !doc.published) problems.push(`the official record gives no publication date, but published_expected is ${expected}`);
    return { extraction: first, proposal, problems };
  }
  const contradictedDateline = doc.published_basis === "dateline" && doc.published && !within(doc.published, proposal);
  const datelineDate = doc.dateline
    ? findDates(doc.dateline, 0, null, { future: false }).find((x) => x.basis === "stated" && x.precision === "day")?.date
    : null;
  const datelineWarning =
    datelineDate && !within(datelineDate, proposal)
      ? `date line "${doc.dateline}" contradicts the official record (${windowText(proposal)}, legs ${proposal.leg_ids.join(", ")})`
      : null;
  if (doc.published && !contradictedDateline) {
    if (datelineWarning) doc.warnings.push(datelineWarning);
    if (!within(doc.published, proposal)) {
      const msg =
        `the publication date ${doc.published} (${doc.published_basis}) contradicts the official ` +
        `record (${windowText(proposal)}, legs ${proposal.leg_ids.join(", ")})`;
      if (doc.published_basis === "manifest") problems.push(msg);
      doc.warnings.push(msg);
    } else {
      doc.published_official_leg_ids = proposal.leg_ids as NonNullable<typeof doc.published_official_leg_ids>;
      doc.published_earliest = proposal.earliest;
      doc.published_latest = proposal.latest;
    }
    return { extraction: first, proposal, problems };
  }
  const second = extractDocument(text, { ...meta, published: proposal.published, published_basis: "user" });
  const d = second.document;
  d.published_basis = "official_record";
  d.published_earliest = proposal.earliest;
  d.published_latest = proposal.latest;
  d.published_official_leg_ids = proposal.leg_ids as NonNullable<typeof d.published_official_leg_ids>;
  d.published_note = proposal.note;
  // Pass two warns that the date line differs from the (now supplied) date; say why instead.
  d.warnings = d.warnings.filter((w) => !/^date line ".*" differs from the publication date/.test(w));
  if (datelineWarning) d.warnings.push(datelineWarning);
  markFromRecord(second);
  if (expected && !within(expected, proposal))
    problems.push(
      `published_expected ${expected} contradicts the official record (${windowText(proposal)}, legs ${proposal.leg_ids.join(", ")})`,
    );
  return { extraction: second, proposal, problems };
}
