/**
 * The vendored official record (src/data/*.json, made by scripts/convert.mjs from the Office of the
 * Historian's XML): typed access, legs by person, and the person's tours (legs run together into trips).
 */
import legsFile from "./data/official-legs.json";
import visitsFile from "./data/foreign-visits.json";
import type { OfficialLeg, OfficialRole } from "@shuttle/core";

export interface RecordPerson {
  id: string;
  name: string;
  role: OfficialRole;
}

export interface RecordLeg {
  id: string;
  record_id: string;
  person: string;
  role: OfficialRole;
  start: string;
  end: string;
  country_id: string | null;
  country_name: string | null;
  country: string | null;
  cities: string[];
  /** Lowercased name words of the people met, read from the record's remarks at conversion time. */
  met: string[];
}

export interface RecordVisit {
  id: string;
  record_id: string;
  start: string;
  end: string;
  visitor: string;
  from_id: string | null;
  from_name: string | null;
  from: string | null;
}

export interface RecordSource {
  title: string;
  url: string;
  repository: string;
  commit: string;
  licence: string;
}

/**
 * A pure function of a string, remembered: the record's dates and names are compared with every document's,
 * so the same few thousand strings are parsed or folded again and again. Bounded: the cache starts over when full.
 */
export function remembered<T>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const v = fn(s);
    cache.set(s, v);
    return v;
  };
}

const parseDate = remembered(Date.parse);

/** Days between two ISO dates (b - a). */
export const dayDiff = (a: string, b: string) => Math.round((parseDate(b) - parseDate(a)) / 86_400_000);
export const addDays = (d: string, n: number) => new Date(parseDate(d) + n * 86_400_000).toISOString().slice(0, 10);

/** Legs further apart than this are two trips (a tour flies on the next day, at most a day's rest between). */
const TOUR_GAP_DAYS = 2;

export class OfficialRecord {
  readonly people: RecordPerson[];
  readonly legs: RecordLeg[];
  readonly visits: RecordVisit[];
  readonly source: RecordSource;
  readonly visitsSource: RecordSource;
  private readonly byPerson = new Map<string, RecordLeg[]>();
  private readonly byId = new Map<string, RecordLeg>();
  private readonly tourCache = new Map<string, RecordLeg[][]>();
  private readonly coverageCache = new Map<string, { first: string; last: string } | null>();
  private readonly peopleById = new Map<string, RecordPerson>();

  constructor(people: RecordPerson[], legs: RecordLeg[], visits: RecordVisit[] = [], source?: RecordSource, visitsSource?: RecordSource) {
    this.people = people;
    this.legs = legs;
    this.visits = visits;
    const none = {
      title: "test data",
      url: "https://history.state.gov/departmenthistory/travels",
      repository: "",
      commit: "",
      licence: "CC0-1.0",
    };
    this.source = source ?? none;
    this.visitsSource = visitsSource ?? none;
    for (const p of people) if (!this.peopleById.has(p.id)) this.peopleById.set(p.id, p);
    for (const l of [...legs].sort((a, b) =>
      a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0,
    )) {
      this.byPerson.set(l.person, [...(this.byPerson.get(l.person) ?? []), l]);
      this.byId.set(l.id, l);
    }
  }

  legsOf(person: string): RecordLeg[] {
    return this.byPerson.get(person) ?? [];
  }

  leg(id: string): RecordLeg | undefined {
    return this.byId.get(id);
  }

  person(id: string): RecordPerson | undefined {
    return this.peopleById.get(id);
  }

  /** The first and last day the record has for a person: outside it, the record says nothing. */
  coverage(person: string): { first: string; last: string } | null {
    const cached = this.coverageCache.get(person);
    if (cached !== undefined) return cached;
    const legs = this.legsOf(person);
    let found: { first: string; last: string } | null = null;
    if (legs.length) {
      // ISO dates are strings: the latest is the greatest in string order (Math.max would not compare them).
      let last = legs[0]!.end;
      for (const l of legs) if (l.end > last) last = l.end;
      found = { first: legs[0]!.start, last };
    }
    this.coverageCache.set(person, found);
    return found;
  }

  /** A person's legs grouped into tours: consecutive legs at most TOUR_GAP_DAYS apart. */
  tours(person: string): RecordLeg[][] {
    const cached = this.tourCache.get(person);
    if (cached) return cached;
    const tours: RecordLeg[][] = [];
    let end = "";
    for (const l of this.legsOf(person)) {
      const cur = tours[tours.length - 1];
      if (cur && dayDiff(end, l.start) <= TOUR_GAP_DAYS) cur.push(l);
      else tours.push([l]);
      if (l.end > end || !cur) end = l.end;
    }
    this.tourCache.set(person, tours);
    return tours;
  }

  /** The leg as a row of the official_legs table. */
  toRow(l: RecordLeg): OfficialLeg {
    const person = this.person(l.person);
    return {
      id: l.id as OfficialLeg["id"],
      record_id: l.record_id,
      person_id: l.person,
      person_name: person?.name ?? l.person,
      role: l.role,
      start_date: l.start,
      end_date: l.end,
      country: l.country,
      country_name: l.country_name,
      cities: l.cities,
      url: `https://history.state.gov/departmenthistory/travels/${l.role}/${l.person}`,
    };
  }
}

let vendored: OfficialRecord | null = null;

/** The record vendored with this package (every President and Secretary of State, every visit). */
export function officialRecord(): OfficialRecord {
  vendored ??= new OfficialRecord(
    legsFile.people as RecordPerson[],
    legsFile.legs as RecordLeg[],
    visitsFile.visits as RecordVisit[],
    legsFile.source as RecordSource,
    visitsFile.source as RecordSource,
  );
  return vendored;
}
