import { z } from "zod";

/**
 * Shared building blocks of every record. Every schema is registered with `.meta({ id, ... })` so that
 * z.toJSONSchema, datapackage.json and the data dictionary are all generated from this one source.
 */

const idPattern = /^[a-z0-9][a-z0-9_-]*$/;

function brandedId<B extends string>(brand: B, title: string, description: string) {
  return z.string().regex(idPattern).brand<B>().meta({ id: brand, title, description });
}

export const DocumentId = brandedId(
  "DocumentId",
  "Document id",
  "Id of a document: the corpus file name without extension, or one derived from the text's hash.",
);
export const ActorId = brandedId(
  "ActorId",
  "Actor id",
  "Slug of an actor, e.g. antony-blinken; unnamed speakers get a slug of their description.",
);
export const PlaceId = brandedId("PlaceId", "Place id", "Slug of a place, e.g. tel-aviv.");
export const TripId = brandedId("TripId", "Trip id", "Stable id of a trip, derived from its traveller and first evidence span.");
export const MeetingId = brandedId("MeetingId", "Meeting id", "Stable id of a meeting, derived from its first evidence span.");
export const CasualtyFigureId = brandedId(
  "CasualtyFigureId",
  "Casualty figure id",
  "Stable id of a casualty figure, derived from its evidence span.",
);
export const QuoteId = brandedId("QuoteId", "Quote id", "Stable id of a quote, derived from its evidence span.");

export const OfficialLegId = brandedId(
  "OfficialLegId",
  "Official leg id",
  "Id of a leg in the Office of the Historian's record of travels: s or p and the record's id, e.g. s4225.",
);
export type DocumentId = z.infer<typeof DocumentId>;
export type ActorId = z.infer<typeof ActorId>;
export type PlaceId = z.infer<typeof PlaceId>;
export type TripId = z.infer<typeof TripId>;
export type MeetingId = z.infer<typeof MeetingId>;
export type CasualtyFigureId = z.infer<typeof CasualtyFigureId>;
export type QuoteId = z.infer<typeof QuoteId>;

export const IsoDate = z.iso.date().meta({ description: "Calendar date, ISO 8601 (YYYY-MM-DD)." });

export const DatePrecision = z.enum(["day", "week", "month", "year"]).meta({
  id: "DatePrecision",
  description:
    "How precisely the date is known: day, week, month or year (after ACLED's time_precision). A date of a coarser " +
    "precision is the first day of its period: a week's Monday, a month's 1st, a year's January 1.",
});
export type DatePrecision = z.infer<typeof DatePrecision>;

export const DateBasis = z.enum(["stated", "inferred", "official_record"]).meta({
  id: "DateBasis",
  description:
    'stated: the text gives the full date; inferred: resolved from a relative expression ("on ' +
    'Friday", "last night") against the publication date; official_record: resolved against a ' +
    "publication date proposed from the official record.",
});
export type DateBasis = z.infer<typeof DateBasis>;

export const Evidence = z
  .object({
    document_id: DocumentId.describe("The document the span is in."),
    start: z.int().nonnegative().describe("Start offset in Unicode code points (Python str slicing), inclusive."),
    end: z.int().nonnegative().describe("End offset in Unicode code points, exclusive."),
    text: z.string().min(1).describe("The verbatim text at [start, end) of the document."),
  })
  .meta({
    id: "Evidence",
    title: "Evidence span",
    description:
      "A verbatim span of a document that supports a record. text equals the document text sliced at [start, end) in code points.",
  });
export type Evidence = z.infer<typeof Evidence>;

export const ConflictKind = z.enum(["cross_article", "official_record"]).meta({
  id: "ConflictKind",
  description:
    "cross_article: two documents disagree; official_record: a document disagrees with the US " +
    "Office of the Historian's record of travels (official_leg_id names the leg).",
});
export type ConflictKind = z.infer<typeof ConflictKind>;

export const Conflict = z
  .object({
    field: z.string().describe("The field whose sources disagree, e.g. place_id or date."),
    value: z.string().nullable().describe("One of the disagreeing values, as text."),
    document_id: DocumentId.describe("The document that gives this value."),
    kind: ConflictKind.optional().describe(
      "Whose value it disagrees with: another document's or the official record's. Set on every conflict of a build.",
    ),
    official_leg_id: OfficialLegId.nullable()
      .optional()
      .describe(
        "For official_record: the leg of the record that the value contradicts (the nearest one), " +
          "or null when the record has no leg at all then.",
      ),
    official_value: z
      .string()
      .nullable()
      .optional()
      .describe("For official_record: what the record says instead (country, cities and dates of the leg)."),
  })
  .meta({
    id: "Conflict",
    title: "Conflicting value",
    description:
      "A value given by one source that disagrees with another source for the same record. Conflicts are kept, never overwritten.",
  });
export type Conflict = z.infer<typeof Conflict>;

export const Rule = z
  .string()
  .min(1)
  .meta({ id: "Rule", description: "Name of the parser rule that produced the record, e.g. QuoteExtractor/cue-after." });

/** Fields every extracted record carries: where it came from and what produced it. */
export const provenance = {
  evidence: z.array(Evidence).min(1).describe("Verbatim spans supporting the record, one or more per document."),
  rule: Rule.describe("The parser rule that produced the record."),
};
