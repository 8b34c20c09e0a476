import { z } from "zod";
import {
  ActorId,
  Conflict,
  DateBasis,
  DatePrecision,
  DocumentId,
  IsoDate,
  MeetingId,
  OfficialLegId,
  PlaceId,
  TripId,
  provenance,
} from "./common.js";

export const MeetingStatus = z.enum(["held", "planned", "postponed", "cancelled"]).meta({
  id: "MeetingStatus",
  description: "held (met, talks took place); planned (will meet, is expected to meet); postponed; cancelled.",
});
export type MeetingStatus = z.infer<typeof MeetingStatus>;

export const MeetingKind = z.enum(["meeting", "greeting", "cabinet_session", "call", "summit"]).meta({
  id: "MeetingKind",
  description:
    "meeting (talks, a sit-down); greeting (welcomed or greeted on arrival); cabinet_session " +
    "(with a cabinet or war cabinet); call (phone or video); summit.",
});
export type MeetingKind = z.infer<typeof MeetingKind>;

export const Meeting = z
  .object({
    id: MeetingId.describe("Meeting id."),
    participant_ids: z
      .array(ActorId)
      .min(2)
      .describe("Who met; named actors, groups or unnamed actors. The first is the subject of the sentence."),
    place_id: PlaceId.nullable().describe("Where they met; null when the text does not say."),
    date: IsoDate.nullable().describe("When; null when not stated or not resolvable."),
    date_precision: DatePrecision.nullable().describe("Precision of date."),
    date_basis: DateBasis.nullable().describe("Whether the date is stated or inferred."),
    date_text: z.string().nullable().describe('The date expression as written ("on Tuesday", "this morning").'),
    status: MeetingStatus.describe("Held, planned, postponed or cancelled."),
    kind: MeetingKind.describe("Kind of encounter."),
    trip_id: TripId.nullable().describe("The trip the meeting is part of, where one is known."),
    document_ids: z.array(DocumentId).min(1).describe("Documents that report the meeting."),
    conflicts: z.array(Conflict).describe("Values on which the reporting documents disagree, with each other or with the official record."),
    official_leg_ids: z
      .array(OfficialLegId)
      .optional()
      .describe(
        "Legs of the official record that a participant's travel agrees with (same country, city " +
          "where given, date inside the leg or unknown). Set on every meeting of a build.",
      ),
    ...provenance,
  })
  .meta({
    id: "Meeting",
    title: "Meeting",
    description: "One encounter between two or more actors, merged across the documents that report it.",
  });
export type Meeting = z.infer<typeof Meeting>;
