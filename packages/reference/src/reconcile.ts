/**
 * Reconciliation with the official record, run on a merged dataset:
 * - every trip stop and meeting of a person in the record (a US President or Secretary of State) carries the
 *   ids of the legs it agrees with: same country, same city where both name one, date inside the leg
 *   (or, when the date is unknown, a leg near the trip's or the document's date);
 * - a day-precise date or a place that the record contradicts (no leg there that day, another city that
 *   day, a planned stop whose day is past with no leg) becomes a conflict of kind official_record that names
 *   the nearest leg and what the record says. Dates after the record's last entry for the person are never
 *   conflicts: the record is published months late;
 * - the legs referred to become the official_legs table.
 */
import type { Conflict, Dataset, Meeting, OfficialLeg, Place, Trip } from "@shuttle/core";
import { comparable, describeLeg, legCovers, legInPlace, type PlaceLike } from "./agree.js";
import { PersonMatcher } from "./people.js";
import { dayDiff, officialRecord, type OfficialRecord, type RecordLeg, type RecordPerson } from "./record.js";

/** How far from an undated stop's reference date (trip start or publication) a leg may be and still agree. */
const UNDATED_BEFORE_DAYS = 10;
const UNDATED_AFTER_DAYS = 21;
/** A leg in the same place this close to a contradicted date means the date is wrong, not the place. */
const NEAR_DAYS = 10;

interface Subject {
  person: RecordPerson;
  place: PlaceLike | null;
  date: string | null;
  dayPrecise: boolean;
  planned: boolean;
  /** Surnames of the other participants (meetings): legs whose remarks name them agree without a place. */
  counterparts: string[];
  /** Reference date for an unknown date: the trip's start or the document's publication. */
  around: string | null;
}

export class Reconciler {
  private readonly matcher: PersonMatcher;
  constructor(readonly record: OfficialRecord = officialRecord()) {
    this.matcher = PersonMatcher.of(record);
  }

  /** The legs a stop or meeting agrees with. */
  agreeing(s: Subject): RecordLeg[] {
    const legs = this.record.legsOf(s.person.id);
    const inTime = (l: RecordLeg) =>
      s.date && s.dayPrecise
        ? legCovers(l, s.date)
        : !!s.around && dayDiff(l.end, s.around) <= UNDATED_BEFORE_DAYS && dayDiff(s.around, l.start) <= UNDATED_AFTER_DAYS;
    if (s.place) return comparable(s.place) ? legs.filter((l) => legInPlace(l, s.place!) && inTime(l)) : [];
    // No place: only a leg whose remarks name the person met, on that day or near it.
    return s.counterparts.length ? legs.filter((l) => inTime(l) && s.counterparts.some((c) => l.met.includes(c))) : [];
  }

  /** The conflict a contradicted stop or meeting carries, or null when the record cannot judge it. */
  contradiction(s: Subject, prefix: string, documentId: string): Conflict | null {
    if (!s.date || !s.dayPrecise || !comparable(s.place)) return null;
    const cover = this.record.coverage(s.person.id);
    if (!cover || s.date < cover.first || s.date > cover.last) return null;
    const legs = this.record.legsOf(s.person.id);
    const place = s.place;
    const onDay = legs.filter((l) => legCovers(l, s.date!));
    const conflict = (field: string, value: string, leg: RecordLeg | null, official: string): Conflict => ({
      field: `${prefix}${field}`,
      value,
      document_id: documentId as Conflict["document_id"],
      kind: "official_record",
      official_leg_id: (leg?.id ?? null) as Conflict["official_leg_id"],
      official_value: official,
    });
    const sameCountry = onDay.filter((l) => l.country === place.country);
    if (sameCountry.length)
      return conflict("place_id", place.id, sameCountry[0]!, `another city that day: ${describeLeg(sameCountry[0]!)}`);
    const distance = (l: RecordLeg) =>
      legCovers(l, s.date!) ? 0 : Math.min(Math.abs(dayDiff(l.start, s.date!)), Math.abs(dayDiff(l.end, s.date!)));
    const near = legs
      .filter((l) => legInPlace(l, place) && distance(l) <= NEAR_DAYS)
      .sort((a, b) => distance(a) - distance(b) || (a.start < b.start ? -1 : 1));
    if (near.length) return conflict("date", s.date, near[0]!, `another day in ${place.name}: ${describeLeg(near[0]!)}`);
    const elsewhere = onDay[0] ?? null;
    const said = elsewhere
      ? `elsewhere that day: ${describeLeg(elsewhere)}`
      : `no foreign leg on ${s.date} and none in ${place.name} within ${NEAR_DAYS} days`;
    return s.planned
      ? conflict("status", "planned", elsewhere, `the planned visit is not in the record; ${said}`)
      : conflict("place_id", place.id, elsewhere, said);
  }

  /** Reconciles a merged dataset with the record (pure: returns a new dataset). */
  reconcile(ds: Dataset): Dataset {
    const published = new Map(ds.documents.map((d) => [d.id as string, d.published]));
    const places = new Map<string, Place>(ds.places.map((p) => [p.id, p]));
    const used = new Set<string>(ds.documents.flatMap((d) => d.published_official_leg_ids ?? []));
    const firstDate = (docs: readonly string[]) => docs.map((d) => published.get(d) ?? null).find((d) => d) ?? null;
    const persons = new Map<string, RecordPerson>();
    for (const a of ds.actors) {
      const p = this.matcher.match(a, firstDate(a.document_ids));
      if (p) persons.set(a.id, p);
    }
    const surname = (id: string) => {
      const a = ds.actors.find((x) => x.id === id);
      return a ? (a.name.toLowerCase().split(/\s+/).pop() ?? "").replace(/[^\p{L}-]/gu, "") : "";
    };
    const stamp = (c: Conflict): Conflict => ({
      ...c,
      kind: c.kind ?? "cross_article",
      official_leg_id: c.official_leg_id ?? null,
      official_value: c.official_value ?? null,
    });

    const trips: Trip[] = ds.trips.map((t) => {
      const person = persons.get(t.traveler_id);
      const conflicts = t.conflicts.map(stamp);
      const links: NonNullable<Trip["official_legs"]> = [];
      if (person) {
        for (const stop of t.destinations) {
          const s: Subject = {
            person,
            place: places.get(stop.place_id) ?? null,
            date: stop.date,
            dayPrecise: stop.date_precision === "day",
            planned: stop.status === "planned",
            counterparts: [],
            around: t.start_date ?? firstDate(t.document_ids),
          };
          for (const l of this.agreeing(s)) links.push({ stop_position: stop.position, official_leg_id: l.id as OfficialLeg["id"] });
          if (!links.some((x) => x.stop_position === stop.position)) {
            const c = this.contradiction(s, `destinations.${stop.place_id}.`, t.document_ids[0]!);
            if (c) conflicts.push(c);
          }
        }
      }
      for (const l of links) used.add(l.official_leg_id);
      for (const c of conflicts) if (c.official_leg_id) used.add(c.official_leg_id);
      return { ...t, conflicts: sortConflicts(conflicts), official_legs: links };
    });

    const meetings: Meeting[] = ds.meetings.map((m) => {
      const conflicts = m.conflicts.map(stamp);
      const ids = new Set<string>();
      const mover = m.participant_ids.find((p) => persons.has(p));
      if (mover) {
        const s: Subject = {
          person: persons.get(mover)!,
          place: m.place_id ? (places.get(m.place_id) ?? null) : null,
          date: m.date,
          dayPrecise: m.date_precision === "day",
          planned: m.status !== "held",
          counterparts: m.participant_ids
            .filter((p) => p !== mover)
            .map(surname)
            .filter(Boolean),
          around: firstDate(m.document_ids),
        };
        for (const l of this.agreeing(s)) ids.add(l.id);
        if (!ids.size && m.status !== "cancelled" && m.status !== "postponed" && m.kind !== "call") {
          const c = this.contradiction(s, "", m.document_ids[0]!);
          if (c) conflicts.push(c);
        }
      }
      for (const id of ids) used.add(id);
      for (const c of conflicts) if (c.official_leg_id) used.add(c.official_leg_id);
      return { ...m, conflicts: sortConflicts(conflicts), official_leg_ids: [...ids].sort() as Meeting["official_leg_ids"] };
    });

    const official_legs = [...used]
      .map((id) => this.record.leg(id))
      .filter((l): l is RecordLeg => !!l)
      .map((l) => this.record.toRow(l))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const documents = ds.documents.map((d) => ({
      ...d,
      published_official_leg_ids: d.published_official_leg_ids ?? [],
      published_earliest: d.published_earliest ?? null,
      published_latest: d.published_latest ?? null,
    }));
    return { ...ds, official_legs, documents, trips, meetings };
  }
}

const sortConflicts = (c: Conflict[]) =>
  [...c].sort((a, b) => `${a.field}${a.document_id}${a.value}${a.kind}`.localeCompare(`${b.field}${b.document_id}${b.value}${b.kind}`));

/** Reconciles a dataset with the vendored record. */
export function reconcile(ds: Dataset, record?: OfficialRecord): Dataset {
  return new Reconciler(record).reconcile(ds);
}
