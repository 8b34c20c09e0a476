import { z } from "zod";
import { Actor } from "./actor.js";
import { CasualtyFigure } from "./casualty.js";
import { DocumentRecord } from "./document.js";
import { Meeting } from "./meeting.js";
import { OfficialLeg } from "./official.js";
import { Place } from "./place.js";
import { Quote } from "./quote.js";
import { Trip } from "./trip.js";

/**
 * The tables of the dataset, in dependency order (a table refers only to tables before it, or to itself).
 * `references` maps a field (or `array.field` inside an array of objects) to the table whose `id` it holds.
 * Exporters derive CSV columns, link tables, datapackage.json keys and the data dictionary from this list.
 */
export interface TableSpec {
  name: TableName;
  /** Name of one row, used to name link tables and their owner column: trip → trip_destinations.trip_id. */
  row: string;
  schema: z.ZodObject;
  references: Record<string, TableName>;
}

export const Dataset = z
  .object({
    official_legs: z.array(OfficialLeg).optional(),
    documents: z.array(DocumentRecord),
    actors: z.array(Actor),
    places: z.array(Place),
    trips: z.array(Trip),
    meetings: z.array(Meeting),
    casualty_figures: z.array(CasualtyFigure),
    quotes: z.array(Quote),
  })
  .meta({ id: "Dataset", title: "Shuttle dataset", description: "All tables of one build." });
export type Dataset = z.infer<typeof Dataset>;
export type TableName = keyof Dataset;
/** Every table present: a dataset straight from the parsers has no official_legs yet. */
export const tableRecords = (ds: Dataset, name: TableName): Array<Record<string, unknown>> =>
  (ds[name] as unknown as Array<Record<string, unknown>> | undefined) ?? [];

export const tables: readonly TableSpec[] = [
  { name: "official_legs", row: "official_leg", schema: OfficialLeg, references: {} },
  { name: "documents", row: "document", schema: DocumentRecord, references: { published_official_leg_ids: "official_legs" } },
  { name: "actors", row: "actor", schema: Actor, references: { document_ids: "documents" } },
  { name: "places", row: "place", schema: Place, references: { document_ids: "documents" } },
  {
    name: "trips",
    row: "trip",
    schema: Trip,
    references: {
      traveler_id: "actors",
      "destinations.place_id": "places",
      document_ids: "documents",
      "conflicts.document_id": "documents",
      "conflicts.official_leg_id": "official_legs",
      "official_legs.official_leg_id": "official_legs",
      "evidence.document_id": "documents",
    },
  },
  {
    name: "meetings",
    row: "meeting",
    schema: Meeting,
    references: {
      participant_ids: "actors",
      place_id: "places",
      trip_id: "trips",
      document_ids: "documents",
      "conflicts.document_id": "documents",
      "conflicts.official_leg_id": "official_legs",
      official_leg_ids: "official_legs",
      "evidence.document_id": "documents",
    },
  },
  {
    name: "casualty_figures",
    row: "casualty_figure",
    schema: CasualtyFigure,
    references: {
      document_id: "documents",
      place_id: "places",
      attributed_to_id: "actors",
      part_of: "casualty_figures",
      "evidence.document_id": "documents",
    },
  },
  {
    name: "quotes",
    row: "quote",
    schema: Quote,
    references: { document_id: "documents", speaker_id: "actors", "evidence.document_id": "documents" },
  },
];

export function tableSpec(name: TableName): TableSpec {
  const spec = tables.find((t) => t.name === name);
  if (!spec) throw new Error(`unknown table ${name}`);
  return spec;
}
