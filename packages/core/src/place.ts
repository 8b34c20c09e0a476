import { z } from "zod";
import { DocumentId, PlaceId } from "./common.js";

export const PlaceKind = z
  .enum(["city", "country", "territory", "region", "site"])
  .meta({ id: "PlaceKind", description: "city; country; territory (Gaza, West Bank); region (Middle East); site (a building or base)." });
export type PlaceKind = z.infer<typeof PlaceKind>;

export const Place = z
  .object({
    id: PlaceId.describe("Place id (slug)."),
    name: z.string().min(1).describe("Canonical English name."),
    kind: PlaceKind.describe("What kind of place."),
    country: z
      .string()
      .length(2)
      .nullable()
      .describe("ISO 3166-1 alpha-2 code of the country it is in (PS for the Palestinian territories); null for regions."),
    aliases: z.array(z.string()).describe('Other names the texts use ("Kirya" for a site, "the West Bank").'),
    wikidata_id: z
      .string()
      .regex(/^Q\d+$/)
      .nullable()
      .describe("Wikidata id, only where verified."),
    document_ids: z.array(DocumentId).min(1).describe("Documents that mention the place in a record."),
  })
  .meta({ id: "Place", title: "Place", description: "A city, country, territory, region or site referred to by records." });
export type Place = z.infer<typeof Place>;
