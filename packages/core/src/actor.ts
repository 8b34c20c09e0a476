import { z } from "zod";
import { ActorId, DocumentId } from "./common.js";

export const ActorKind = z.enum(["person", "organization", "group", "unnamed"]).meta({
  id: "ActorKind",
  description:
    'person; organization (ministry, government, UN body); group ("Israeli officials", ' +
    '"right-wing protesters"); unnamed (an anonymous speaker such as "a senior State ' +
    'Department official").',
});
export type ActorKind = z.infer<typeof ActorKind>;

export const Actor = z
  .object({
    id: ActorId.describe("Actor id (slug)."),
    name: z.string().min(1).describe("Canonical name: the fullest name seen, or the description of an unnamed actor."),
    kind: ActorKind.describe("What kind of actor."),
    aliases: z.array(z.string()).describe('Other names and titles the texts use for this actor ("Tony Blinken", "the secretary").'),
    title: z.string().nullable().describe('Role or title as written nearest the name ("Secretary of State").'),
    country: z.string().length(2).nullable().describe("ISO 3166-1 alpha-2 country the actor acts for, where the text says so."),
    wikidata_id: z
      .string()
      .regex(/^Q\d+$/)
      .nullable()
      .describe("Wikidata id, only where verified."),
    document_ids: z.array(DocumentId).min(1).describe("Documents that mention the actor."),
  })
  .meta({ id: "Actor", title: "Actor", description: "A person, organization, group or unnamed speaker referred to by records." });
export type Actor = z.infer<typeof Actor>;
