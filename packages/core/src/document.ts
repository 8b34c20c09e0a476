import { z } from "zod";
import { DocumentId, IsoDate, OfficialLegId } from "./common.js";

export const PublishedBasis = z.enum(["manifest", "dateline", "user", "official_record", "none"]).meta({
  id: "PublishedBasis",
  description:
    "Where the publication date comes from: manifest (corpus metadata with a stated basis), " +
    "dateline (a date line in the text), user (given on the command line), official_record " +
    "(proposed from the legs of the US Office of the Historian's record that the document's " +
    "trips and meetings match), none (unknown).",
});

export const DocumentRecord = z
  .object({
    id: DocumentId.describe("Document id."),
    title: z.string().nullable().describe("Headline, from the manifest or the text's first heading-like line; null when none."),
    published: IsoDate.nullable().describe("Publication date; null when unknown (relative dates then stay unresolved)."),
    published_basis: PublishedBasis.describe("Where the publication date comes from."),
    published_earliest: IsoDate.nullable()
      .optional()
      .describe(
        "official_record: the first day of the publication window the matching legs allow (equals published for a same-day report).",
      ),
    published_latest: IsoDate.nullable().optional().describe("official_record: the last day of that window."),
    published_official_leg_ids: z
      .array(OfficialLegId)
      .optional()
      .describe("The official legs the publication date was proposed from (official_record), or that checked the manifest's date."),
    published_note: z.string().nullable().describe("Why that publication date was chosen, when it did not come from the text."),
    dateline: z
      .string()
      .nullable()
      .describe(
        "The first date line found in the text (a line that is only a date) or, failing one, the wire dateline " +
          'opening the body ("JERUSALEM, Feb 6 (Reuters) -"), as written.',
      ),
    outlet: z.string().nullable().describe("Publisher, where known."),
    byline: z.string().nullable().describe('Author(s) as written in the text ("By …", "Written by …", "… reported from …").'),
    url: z.url().nullable().describe("Source URL, where known."),
    language: z.string().length(2).describe("ISO 639-1 language code."),
    machine_generated: z.boolean().describe("True when the text says it was written by AI or a machine."),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe("SHA-256 of the UTF-8 text; the text itself is not distributed."),
    char_count: z.int().nonnegative().describe("Length of the text in Unicode code points."),
    warnings: z.array(z.string()).describe("Problems found in or known about the text (contradicting dateline, machine-written, …)."),
  })
  .meta({ id: "Document", title: "Document", description: "One article of the corpus: metadata and a hash, never the text." });
export type DocumentRecord = z.infer<typeof DocumentRecord>;
