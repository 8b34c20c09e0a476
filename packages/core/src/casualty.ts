import { z } from "zod";
import { ActorId, CasualtyFigureId, DatePrecision, DocumentId, IsoDate, PlaceId, provenance } from "./common.js";

export const CasualtyKind = z
  .enum(["killed", "wounded", "hostages", "missing", "displaced"])
  .meta({ id: "CasualtyKind", description: "What happened to the people counted." });
export type CasualtyKind = z.infer<typeof CasualtyKind>;

export const Qualifier = z.enum(["exact", "more_than", "at_least", "nearly", "about", "up_to", "fewer_than", "range"]).meta({
  id: "Qualifier",
  description:
    'How the count is qualified as written: exact ("44"), more_than ("more than 220", "300+", ' +
    '"over"), at_least, nearly ("nearly", "almost"), about ("about", "around", "some"), up_to ' +
    '("up to", "as many as"), fewer_than, range ("between 20 and 30", "20-30": count is the ' +
    "lower bound).",
});
export type Qualifier = z.infer<typeof Qualifier>;

export const CasualtyFigure = z
  .object({
    id: CasualtyFigureId.describe("Casualty figure id."),
    document_id: DocumentId.describe("The document that reports the figure (figures are claims and are never merged)."),
    kind: CasualtyKind.describe("killed, wounded, hostages, missing or displaced."),
    count: z.int().nonnegative().describe('The number as written ("more than 220" is 220).'),
    count_text: z
      .string()
      .min(1)
      .describe('The number phrase as written, qualifier included ("more than 220", "300+"); any space a plain space.'),
    qualifier: Qualifier.describe("How the number is qualified."),
    min: z.int().nonnegative().nullable().describe("Lowest value the phrase allows (more than 220: 221; nearly 1,200: null)."),
    max: z.int().nonnegative().nullable().describe("Highest value the phrase allows (nearly 1,200: 1199; more than 220: null)."),
    population: z.string().nullable().describe('Who was counted, as written ("Palestinians", "women and children"); null when not said.'),
    place_id: PlaceId.nullable().describe("Where, when the text says."),
    as_of: IsoDate.nullable().describe('When the figure was reported or applies, when the text says ("last night").'),
    as_of_precision: DatePrecision.nullable().describe("Precision of as_of."),
    period_text: z.string().nullable().describe('The period the figure covers as written ("in 11 days").'),
    attributed_to_id: ActorId.nullable().describe("The source the text credits with the figure, as an actor."),
    attributed_to_text: z.string().nullable().describe('The source as written ("the Palestinian Health Ministry").'),
    part_of: CasualtyFigureId.nullable().describe('The figure this one is a subset of ("including more than 100 women and children").'),
    ...provenance,
  })
  .meta({
    id: "CasualtyFigure",
    title: "Casualty figure",
    description: "One reported number of people killed, wounded, taken hostage, missing or displaced: a claim of one source at one time.",
  });
export type CasualtyFigure = z.infer<typeof CasualtyFigure>;
