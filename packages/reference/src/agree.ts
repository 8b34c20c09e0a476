/** When a leg of the record agrees with a place and a date of a record, and how a leg reads in a conflict. */
import type { Place } from "@shuttle/core";
import { remembered, type RecordLeg } from "./record.js";

export type PlaceLike = Pick<Place, "id" | "name" | "kind" | "country" | "aliases">;

export const foldName = remembered((s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim(),
);

/** The record lists foreign travel only: places in the United States (or in no country) are never compared. */
export const comparable = (p: PlaceLike | null | undefined): p is PlaceLike => !!p && !!p.country && p.country !== "US";

/** Same country; for a city, also the same city wherever the leg names its cities. */
export function legInPlace(leg: RecordLeg, place: PlaceLike): boolean {
  if (!place.country || leg.country !== place.country) return false;
  if (place.kind !== "city" || leg.cities.length === 0) return true;
  const names = new Set([place.name, ...place.aliases].map(foldName));
  return leg.cities.some((c) => names.has(foldName(c)));
}

export const legCovers = (leg: RecordLeg, date: string) => leg.start <= date && date <= leg.end;

/** "Israel: Tel Aviv, 2024-01-09" — what the record says, for a conflict. */
export function describeLeg(leg: RecordLeg): string {
  const where = `${leg.country_name ?? leg.country ?? "?"}${leg.cities.length ? `: ${leg.cities.join(", ")}` : ""}`;
  return `${where}, ${leg.start === leg.end ? leg.start : `${leg.start} to ${leg.end}`}`;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
/** The weekday a date expression names ("on the morning of Friday" is 5), or null. */
export function weekdayIn(text: string | null | undefined): number | null {
  const m = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(text ?? "");
  return m ? WEEKDAYS.indexOf(m[1]!.toLowerCase()) : null;
}
/** Expressions that put an event on the day of writing. */
export const sameDay = (text: string | null | undefined) => /\b(?:today|this (?:morning|afternoon|evening)|tonight)\b/i.test(text ?? "");
