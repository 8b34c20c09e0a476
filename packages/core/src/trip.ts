import { z } from "zod";
import { ActorId, Conflict, DateBasis, DatePrecision, DocumentId, IsoDate, OfficialLegId, PlaceId, TripId, provenance } from "./common.js";

export const StopStatus = z
  .enum(["completed", "planned"])
  .meta({ id: "StopStatus", description: "completed: the text says the traveller was there; planned: will go, is expected or set to go." });
export type StopStatus = z.infer<typeof StopStatus>;

export const TripStop = z
  .object({
    position: z.int().positive().describe("1-based order of the stop within the trip (by date where known, else by mention)."),
    place_id: PlaceId.describe(
      "Where the traveller stops: a city, a site or a country (a country and its city are both stops when both are named).",
    ),
    date: IsoDate.nullable().describe("Date of the stop; null when the text gives none or it cannot be resolved."),
    date_precision: DatePrecision.nullable().describe("Precision of date."),
    date_basis: DateBasis.nullable().describe("Whether the date is stated or inferred."),
    status: StopStatus.describe("Whether the stop was made or is planned."),
    implicit: z
      .boolean()
      .describe("True when the text implies the stop without describing travel: a meeting held there with local leaders."),
  })
  .meta({ id: "TripStop", title: "Trip stop", description: "One destination of a trip." });
export type TripStop = z.infer<typeof TripStop>;

export const TripOfficialLeg = z
  .object({
    stop_position: z.int().positive().describe("The position of the stop in destinations."),
    official_leg_id: OfficialLegId.describe(
      "An official leg the stop agrees with: same country, same city where both give one, date inside the leg or unknown.",
    ),
  })
  .meta({
    id: "TripOfficialLeg",
    title: "Trip stop's official leg",
    description: "A link from a trip stop to a leg of the official record it agrees with.",
  });

export const TripStatus = z
  .enum(["completed", "under_way", "planned"])
  .meta({ id: "TripStatus", description: "completed: every stop made; under_way: some made, some planned; planned: none made yet." });
export type TripStatus = z.infer<typeof TripStatus>;

export const Trip = z
  .object({
    id: TripId.describe("Trip id."),
    traveler_id: ActorId.describe("Who travels."),
    destinations: z.array(TripStop).min(1).describe("Stops in order."),
    start_date: IsoDate.nullable().describe("Earliest known stop date."),
    end_date: IsoDate.nullable().describe("Latest known stop date."),
    date_precision: DatePrecision.nullable().describe("Coarsest precision among the dated stops."),
    status: TripStatus.describe("completed, under_way or planned, from the stops' statuses."),
    ordinal: z.int().positive().nullable().describe('The trip\'s number where the text states it ("sixth tour" is 6).'),
    ordinal_text: z.string().nullable().describe("The ordinal phrase as written."),
    document_ids: z.array(DocumentId).min(1).describe("Documents that report the trip."),
    conflicts: z.array(Conflict).describe("Values on which the reporting documents disagree, with each other or with the official record."),
    official_legs: z
      .array(TripOfficialLeg)
      .optional()
      .describe(
        "For a traveller in the official record (a US President or Secretary of State): each " +
          "stop's agreeing legs. Set on every trip of a build.",
      ),
    ...provenance,
  })
  .meta({ id: "Trip", title: "Trip", description: "One journey of one traveller, merged across the documents that report it." });
export type Trip = z.infer<typeof Trip>;
