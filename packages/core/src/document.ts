import { z } from "zod";
import { DocumentId, IsoDate } from "./common.js";

export const PublishedBasis = z
  .enum(["manifest", "dateline", "user", "none"])
  .meta({
    id: "PublishedBasis",
    description:
      "Where the publication date comes from: manifest (corpus metadata with a stated basis), dateline (a date line in the text), user (given on the command line), none (unknown).",
  });

export const DocumentRecord = z
  .object({
    id: DocumentId.describe("Document id."),
    title: z.string().nullable().describe("Headline, from the manifest or the text's first heading-like line; null when none."),
    published: IsoDate.nullable().describe("Publication date; null when unknown (relative dates then stay unresolved)."),
    published_basis: PublishedBasis.describe("Where the publication date comes from."),
    published_note: z.string().nullable().describe("Why that publication date was chosen, when it did not come from the text."),
    dateline: z.string().nullable().describe("The first date line found in the text, as written."),
    outlet: z.string().nullable().describe("Publisher, where known."),
    byline: z.string().nullable().describe("Author(s) as written in the text (\"By …\", \"Written by …\", \"… reported from …\")."),
    url: z.url().nullable().describe("Source URL, where known."),
    language: z.string().length(2).describe("ISO 639-1 language code."),
    machine_generated: z.boolean().describe("True when the text says it was written by AI or a machine."),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe("SHA-256 of the UTF-8 text; the text itself is not distributed."),
    char_count: z.int().nonnegative().describe("Length of the text in Unicode code points."),
    warnings: z.array(z.string()).describe("Problems found in or known about the text (contradicting dateline, machine-written, …)."),
  })
  .meta({ id: "Document", title: "Document", description: "One article of the corpus: metadata and a hash, never the text." });
export type DocumentRecord = z.infer<typeof DocumentRecord>;
