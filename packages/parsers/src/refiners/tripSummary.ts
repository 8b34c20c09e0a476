/**
 * What a trip's stops say about the whole trip: its first and last day, the coarsest precision, and whether
 * it is completed, under way or planned. One definition for the document step and the corpus merge.
 */
import type { Trip, TripStop } from "@shuttle/core";

export type TripSummary = Pick<Trip, "start_date" | "end_date" | "date_precision" | "status">;

export function summariseStops(stops: TripStop[]): TripSummary {
  // A trip starts with its first stop made: a planned stop's day is no start once the traveller is on the way.
  const made = stops.filter((d) => d.status === "completed");
  const from = finest((made.length ? made : stops).filter((d) => d.date))
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

/** The last day of the span a stop's date stands for: a week is written as its Monday, a month or a year as its first day. */
function spanEnd(stop: TripStop): string {
  const date = stop.date!;
  if (stop.date_precision === "week") {
    const t = new Date(`${date}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() + 6);
    return t.toISOString().slice(0, 10);
  }
  if (stop.date_precision === "month") return `${date.slice(0, 7)}-31`;
  if (stop.date_precision === "year") return `${date.slice(0, 4)}-12-31`;
  return date;
}

/**
 * "will travel to Egypt and Israel this week … arrive in Cairo on Wednesday": a week (or month) is no earlier start than a
 * day told inside it; its Monday is only how a week is written. A coarse date whose span holds a day-precise stop's date
 * gives way to it (a coarse date with no day inside it stays).
 */
function finest(stops: TripStop[]): TripStop[] {
  const days = stops.filter((d) => d.date_precision === "day").map((d) => d.date!);
  return stops.filter((d) => d.date_precision === "day" || !days.some((day) => day >= d.date! && day <= spanEnd(d)));
}
