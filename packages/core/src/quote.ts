import { z } from "zod";
import { ActorId, DatePrecision, DocumentId, IsoDate, QuoteId, provenance } from "./common.js";

export const Quote = z
  .object({
    id: QuoteId.describe("Quote id."),
    document_id: DocumentId.describe("The document the quote is in."),
    text: z.string().min(1).describe("The quoted words, verbatim, without the enclosing quotation marks."),
    speaker_id: ActorId.nullable().describe("Who said it, resolved to an actor; null when the text does not say."),
    speaker_mention: z
      .string()
      .nullable()
      .describe('The speaker as written in the attribution ("he", "a senior State Department official").'),
    cue: z.string().nullable().describe('The attribution cue as written ("said", "told reporters", "according to").'),
    partial: z.boolean().describe("True for a fragment quoted inside the writer's own sentence."),
    date: IsoDate.nullable().describe("When it was said, where the text says."),
    date_precision: DatePrecision.nullable().describe("Precision of date."),
    ...provenance,
  })
  .meta({ id: "Quote", title: "Quote", description: "One quoted passage and who said it." });
export type Quote = z.infer<typeof Quote>;
