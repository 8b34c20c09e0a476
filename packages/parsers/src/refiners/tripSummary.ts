/**
 * What a trip's stops say about the whole trip: its first and last day, the coarsest precision, and whether
 * it is completed, under way or planned. One definition for the document step and the corpus merge.
 */
import type { Trip, TripStop } from "@shuttle/core";

export type TripSummary = Pick<Trip, "start_date" | "end_date" | "date_precision" | "status">;

export function summariseStops(stops: TripStop[]): TripSummary {
  // A trip starts with its first stop made: a planned stop's day is no start once the traveller is on the way.
  const made = stops.filter((d) => d.status === "completed");
  const from = (made.length ? made : stops)
    .filter((d) => d.date)
    .map((d) => d.date!)
    .sort();
  const dated = stops
    .filter((d) => d.date)
    .map((d) => d.date!)
    .sort();
  const precisions = stops.filter((d) => d.date_precision).map((d) => d.date_precision!);
  const statuses = new Set(stops.map((d) => d.status));
  return {
    start_date: from[0] ?? null,
    end_date: dated[dated.length - 1] ?? null,
    date_precision: (["year", "month", "week", "day"] as const).find((p) => precisions.includes(p)) ?? null,
    status: statuses.size === 2 ? "under_way" : statuses.has("planned") ? "planned" : "completed",
  };
}
