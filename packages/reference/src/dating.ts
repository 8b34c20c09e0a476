/**
 * Dating a document from the official record. The document's trips and meetings of a person in the record
 * are anchors (a place, or for a meeting without one the people met; a weekday the text names; done or
 * planned). Each tour of the person (legs run together) is scored by the anchors it satisfies, plus one when
 * a trip's ordinal fits ("sixth tour": the tour's rank in its run of tours to the country; "fourth visit":
 * the rank of one of its legs among the visits to the country). The best tour, if
 * no other ties it, gives the publication window:
 *   earliest = the latest day on which a reported (done) event first happened;
 *   latest   = the earliest day by which a planned event happens (the day before, for "on Friday");
 * with only planned events, the window is the two weeks before them (trips are announced about then).
 * The proposed publication date is the window's last day: a report follows what it reports and precedes
 * what it announces.
 */
import type { Actor, Meeting, Place, Trip } from "@shuttle/core";
import { addDays, dayDiff, officialRecord, type OfficialRecord, type RecordLeg, type RecordPerson } from "./record.js";
import { comparable, legInPlace, sameDay, weekdayIn, weekdayOf, type PlaceLike } from "./agree.js";
import { PersonMatcher } from "./people.js";

/** Tours to one country more than this far apart belong to different runs (for "the sixth tour since …"). */
const SERIES_GAP_DAYS = 120;
/** With only announced events, how long before them a report may appear. */
const ANNOUNCED_AHEAD_DAYS = 14;

export interface RecordsOfDocument {
  actors: Actor[];
  places: Place[];
  trips: Trip[];
  meetings: Meeting[];
}

export interface DateProposal {
  person: string;
  published: string;
  earliest: string;
  latest: string;
  leg_ids: string[];
  note: string;
}

interface Anchor {
  person: RecordPerson;
  place: PlaceLike | null;
  counterparts: string[];
  weekday: number | null;
  planned: boolean;
  sameDay: boolean;
}

/** Each leg's days by weekday (index 7: all of them), counted once per leg: every document asks again. */
const legDays = new WeakMap<RecordLeg, { start: string; end: string; days: Array<string[] | undefined> }>();

/** The days of a leg that fit an anchor's weekday (all of them when it names none). Shared: do not change it. */
function fittingDays(leg: RecordLeg, weekday: number | null): readonly string[] {
  let known = legDays.get(leg);
  if (!known || known.start !== leg.start || known.end !== leg.end) {
    known = { start: leg.start, end: leg.end, days: [] };
    legDays.set(leg, known);
  }
  const slot = weekday ?? 7;
  const cached = known.days[slot];
  if (cached) return cached;
  const days: string[] = [];
  for (let d = leg.start; d <= leg.end; d = addDays(d, 1)) if (weekday === null || weekdayOf(d) === weekday) days.push(d);
  known.days[slot] = days;
  return days;
}

export class DocumentDater {
  private readonly matcher: PersonMatcher;
  constructor(readonly record: OfficialRecord = officialRecord()) {
    this.matcher = PersonMatcher.of(record);
  }

  private anchors(r: RecordsOfDocument): {
    anchors: Anchor[];
    ordinals: Array<{ person: RecordPerson; ordinal: number; text: string; place: PlaceLike }>;
  } {
    const places = new Map(r.places.map((p) => [p.id as string, p]));
    const persons = new Map<string, RecordPerson>();
    for (const a of r.actors) {
      const p = this.matcher.match(a);
      if (p) persons.set(a.id, p);
    }
    const surname = (id: string) =>
      (
        r.actors
          .find((a) => a.id === id)
          ?.name.toLowerCase()
          .split(/\s+/)
          .pop() ?? ""
      ).replace(/[^\p{L}-]/gu, "");
    const anchors: Anchor[] = [];
    const ordinals: Array<{ person: RecordPerson; ordinal: number; text: string; place: PlaceLike }> = [];
    for (const t of r.trips) {
      const person = persons.get(t.traveler_id);
      if (!person) continue;
      for (const s of t.destinations) {
        const place = places.get(s.place_id);
        if (comparable(place))
          anchors.push({ person, place, counterparts: [], weekday: null, planned: s.status === "planned", sameDay: false });
      }
      const first = t.destinations.map((s) => places.get(s.place_id)).find(comparable);
      if (t.ordinal && first) ordinals.push({ person, ordinal: t.ordinal, text: t.ordinal_text ?? "", place: first });
    }
    for (const m of r.meetings) {
      const mover = m.participant_ids.find((p) => persons.has(p));
      if (!mover || m.kind === "call" || m.status === "cancelled" || m.status === "postponed") continue;
      const place = m.place_id ? places.get(m.place_id) : undefined;
      if (place && !comparable(place)) continue;
      const counterparts = m.participant_ids
        .filter((p) => p !== mover)
        .map(surname)
        .filter(Boolean);
      if (!place && !counterparts.length) continue;
      anchors.push({
        person: persons.get(mover)!,
        place: place ?? null,
        counterparts,
        weekday: weekdayIn(m.date_text),
        planned: m.status !== "held",
        sameDay: sameDay(m.date_text),
      });
    }
    return { anchors, ordinals };
  }

  /** The legs of a tour that satisfy an anchor. */
  private candidates(a: Anchor, tour: RecordLeg[]): RecordLeg[] {
    return tour.filter(
      (l) => (a.place ? legInPlace(l, a.place) : a.counterparts.some((c) => l.met.includes(c))) && fittingDays(l, a.weekday).length > 0,
    );
  }

  /** Whether the anchors' legs in the tour have a day in common (true for fewer than two anchors). */
  private shareADay(anchors: Anchor[], tour: RecordLeg[]): boolean {
    if (anchors.length < 2) return true;
    const daySets = anchors.map((a) => new Set(this.candidates(a, tour).flatMap((l) => fittingDays(l, a.weekday))));
    return [...daySets[0]!].some((d) => daySets.every((s) => s.has(d)));
  }

  /**
   * Whether a trip's ordinal fits a tour. "The sixth tour/trip" counts tours to the country; "the fourth
   * visit/time" counts the legs in it (one tour may visit twice). Counting restarts after a long gap.
   */
  private ordinalFits(person: string, tour: RecordLeg[], o: { ordinal: number; text: string; place: PlaceLike }): boolean {
    const country = { ...o.place, kind: "country" as const };
    const countsVisits = /\b(?:visit|time|stop)/i.test(o.text);
    const units: RecordLeg[][] = countsVisits
      ? this.record
          .legsOf(person)
          .filter((l) => legInPlace(l, country))
          .map((l) => [l])
      : this.record.tours(person).filter((t) => t.some((l) => legInPlace(l, country)));
    let rank = 0;
    let lastEnd = "";
    for (const u of units) {
      rank = lastEnd && dayDiff(lastEnd, u[0]!.start) <= SERIES_GAP_DAYS ? rank + 1 : 1;
      lastEnd = u[u.length - 1]!.end;
      if (rank === o.ordinal && u.some((l) => tour.includes(l))) return true;
    }
    return false;
  }

  /** A publication window from the record, or null when no tour explains the document better than every other. */
  propose(r: RecordsOfDocument): DateProposal | null {
    const { anchors, ordinals } = this.anchors(r);
    if (!anchors.length) return null;
    const scored: Array<{ person: RecordPerson; tour: RecordLeg[]; score: number }> = [];
    for (const person of new Set(anchors.map((a) => a.person))) {
      const mine = anchors.filter((a) => a.person === person);
      for (const tour of this.record.tours(person.id)) {
        let score = 0;
        for (const a of mine) {
          const legs = this.candidates(a, tour);
          // One point for the place (or the people met), one more when the record also names the people met there.
          if (legs.length) score += 1 + (a.place && a.counterparts.some((c) => legs.some((l) => l.met.includes(c))) ? 1 : 0);
        }
        if (!score) continue;
        score += ordinals.filter((o) => o.person === person && this.ordinalFits(person.id, tour, o)).length;
        // Events of "this morning" and "this afternoon" share a day: a tour with no such day explains less.
        if (
          !this.shareADay(
            mine.filter((a) => a.sameDay),
            tour,
          )
        )
          score -= 1;
        scored.push({ person, tour, score });
      }
    }
    scored.sort((a, b) => b.score - a.score);
    const best = scored[0];
    if (!best || (scored[1] && scored[1].score === best.score)) return null;
    const mine = anchors.filter((a) => a.person === best.person);
    const done = mine.filter((a) => !a.planned);
    const used = new Set<string>();
    // Earliest: every reported event had happened, each at its first fitting day in the tour.
    let earliest: string | null = null;
    let doneEnd: string | null = null;
    for (const a of done) {
      const legs = this.candidates(a, best.tour);
      if (!legs.length) continue;
      const first = legs[0]!;
      used.add(first.id);
      const day = fittingDays(first, a.weekday)[0]!;
      if (!earliest || day > earliest) earliest = day;
      const end = a.weekday === null ? first.end : day;
      if (!doneEnd || end < doneEnd) doneEnd = end;
    }
    // Latest: every announced event is still ahead; caps before the earliest day are contradicted plans.
    let latest: string | null = null;
    for (const a of mine.filter((x) => x.planned)) {
      const caps = this.candidates(a, best.tour)
        .flatMap((l) =>
          fittingDays(l, a.weekday).map((d) => ({
            l,
            cap: a.weekday !== null && !a.sameDay ? addDays(d, -1) : a.weekday === null ? l.end : d,
          })),
        )
        .filter((c) => !earliest || c.cap >= earliest);
      if (!caps.length) continue;
      const last = caps.reduce((m, c) => (c.cap > m.cap ? c : m));
      used.add(last.l.id);
      if (!latest || last.cap < latest) latest = last.cap;
    }
    if (!earliest && !latest) return null;
    if (!latest) latest = doneEnd && doneEnd >= earliest! ? doneEnd : earliest!;
    if (!earliest) earliest = addDays(latest, -ANNOUNCED_AHEAD_DAYS);
    if (latest < earliest) latest = earliest;
    const leg_ids = [...used].sort();
    return {
      person: best.person.id,
      published: latest,
      earliest,
      latest,
      leg_ids,
      note:
        `Proposed from the official record: the document's trips and meetings of ` +
        `${best.person.name} match the legs ${leg_ids.join(", ")} (tour of ${best.tour[0]!.start} ` +
        `to ${best.tour[best.tour.length - 1]!.end}); publication window ` +
        `${earliest === latest ? earliest : `${earliest} to ${latest}`}.`,
    };
  }
}

/** Proposes a publication window from the vendored record. */
export function proposePublication(r: RecordsOfDocument, record?: OfficialRecord): DateProposal | null {
  return new DocumentDater(record).propose(r);
}
