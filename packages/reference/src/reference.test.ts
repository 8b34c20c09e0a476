import { describe, expect, it } from "vitest";
import type { Actor, Dataset, Meeting, Place, Trip } from "@shuttle/core";
import { OfficialRecord, type RecordLeg, type RecordPerson } from "./record.js";
import { PersonMatcher } from "./people.js";
import { Reconciler } from "./reconcile.js";
import { DocumentDater } from "./dating.js";
import { legInPlace, weekdayIn } from "./agree.js";
import { within } from "./extract.js";

// A small invented record: a Secretary "Jane Q. Doe" touring Freedonia and Sylvania, a President "Robert Roe".
const people: RecordPerson[] = [
  { id: "doe-jane-q", name: "Jane Quincy Doe", role: "secretary" },
  { id: "roe-robert", name: "Robert Roe", role: "president" },
  { id: "roe-mary", name: "Mary Roe", role: "secretary" },
];
const leg = (id: string, person: string, start: string, end: string, country: string, cities: string[], met: string[] = []): RecordLeg => ({
  id,
  record_id: id.slice(1),
  person,
  role: person === "roe-robert" ? "president" : "secretary",
  start,
  end,
  country_id: country.toLowerCase(),
  country_name: country === "FR" ? "Freedonia" : "Sylvania",
  country,
  cities,
  met,
});
const legs: RecordLeg[] = [
  leg("s1", "doe-jane-q", "2030-03-04", "2030-03-05", "FR", ["Fredville"], ["duck", "firefly", "rufus"]), // Mon-Tue
  leg("s2", "doe-jane-q", "2030-03-06", "2030-03-06", "SY", ["Sylvan City"], ["trentino"]), // Wed
  leg("s3", "doe-jane-q", "2030-06-14", "2030-06-14", "FR", ["Port Fred"], ["firefly"]), // Fri
  leg("s4", "doe-jane-q", "2030-09-20", "2030-09-20", "FR", ["Fredville"], ["firefly"]), // Fri
  leg("s5", "doe-jane-q", "2030-12-01", "2030-12-01", "SY", []),
  leg("s6", "doe-jane-q", "2030-12-03", "2030-12-03", "SY", ["Sylvan City"]), // the same tour, a second visit
  leg("p1", "roe-robert", "2030-03-05", "2030-03-05", "FR", ["Fredville"]),
  leg("s9", "roe-mary", "2010-01-01", "2010-01-02", "FR", ["Fredville"]),
];
const record = new OfficialRecord(people, legs);

const place = (id: string, name: string, kind: Place["kind"], country: string | null): Place =>
  ({ id, name, kind, country, aliases: [], wikidata_id: null, document_ids: ["d1"] }) as unknown as Place;
const places: Place[] = [
  place("fredville", "Fredville", "city", "FR"),
  place("port-fred", "Port Fred", "city", "FR"),
  place("freedonia", "Freedonia", "country", "FR"),
  place("sylvania", "Sylvania", "country", "SY"),
  place("sylvan-city", "Sylvan City", "city", "SY"),
  place("capital", "Capital City", "city", "US"),
];
const actor = (id: string, name: string, title: string | null, aliases: string[] = [], country: string | null = null): Actor =>
  ({ id, name, kind: "person", aliases, title, country, wikidata_id: null, document_ids: ["d1"] }) as unknown as Actor;
const actors = [actor("jane-doe", "Jane Doe", "Secretary of State"), actor("rufus-t-firefly", "Rufus Firefly", "Prime Minister", [], "FR")];

const ev = [{ document_id: "d1", start: 0, end: 1, text: "x" }];
function trip(
  stops: Array<[string, string | null, "completed" | "planned"]>,
  ordinal: number | null = null,
  traveler = "jane-doe",
  ordinalText = "tour",
): Trip {
  const dates = stops
    .map((s) => s[1])
    .filter((d): d is string => !!d)
    .sort();
  return {
    id: "trip_1",
    traveler_id: traveler,
    ordinal,
    ordinal_text: ordinal ? ordinalText : null,
    document_ids: ["d1"],
    conflicts: [],
    evidence: ev,
    rule: "test",
    destinations: stops.map(([p, date, status], i) => ({
      position: i + 1,
      place_id: p,
      date,
      date_precision: date ? "day" : null,
      date_basis: date ? "stated" : null,
      status,
    })),
    start_date: dates[0] ?? null,
    end_date: dates[dates.length - 1] ?? null,
    date_precision: dates.length ? "day" : null,
    status: "completed",
  } as unknown as Trip;
}
function meeting(
  with_: string,
  placeId: string | null,
  date: string | null,
  status: Meeting["status"] = "held",
  dateText: string | null = null,
): Meeting {
  return {
    id: `meeting_${with_}`,
    participant_ids: ["jane-doe", with_],
    place_id: placeId,
    date,
    date_precision: date ? "day" : null,
    date_basis: date ? "stated" : null,
    date_text: dateText,
    status,
    kind: "meeting",
    trip_id: null,
    document_ids: ["d1"],
    conflicts: [],
    evidence: ev,
    rule: "test",
  } as unknown as Meeting;
}
function dataset(trips: Trip[], meetings: Meeting[] = [], published: string | null = "2030-03-05"): Dataset {
  return {
    documents: [{ id: "d1", published } as unknown as Dataset["documents"][number]],
    actors,
    places,
    trips,
    meetings,
    casualty_figures: [],
    quotes: [],
  } as unknown as Dataset;
}

describe("person matching", () => {
  const m = new PersonMatcher(record);
  it("matches by first and last name, through aliases and nicknames, and by surname only with the role", () => {
    expect(m.match(actor("a", "Jane Doe", null))?.id).toBe("doe-jane-q");
    expect(m.match(actor("a", "Secretary Doe", "Secretary of State"))?.id).toBe("doe-jane-q");
    expect(m.match(actor("a", "Bob Roe", "President"))?.id).toBe("roe-robert");
    expect(m.match(actor("a", "Doe", null, ["US Secretary of State Jane Doe"]))?.id).toBe("doe-jane-q");
  });
  it("refuses a lone surname without a role, another role, a foreigner and a namesake out of office", () => {
    expect(m.match(actor("a", "Doe", null))).toBeNull();
    expect(m.match(actor("a", "Roe", "Secretary of State"), "2010-01-01")?.id).toBe("roe-mary");
    expect(m.match(actor("a", "Robert Roe", "Vice President"))).toBeNull();
    expect(m.match(actor("a", "Jane Doe", "Foreign Minister", [], "FR"))).toBeNull();
    expect(m.match({ ...actor("a", "Jane Doe", null), kind: "organization" })).toBeNull();
  });
});

describe("agreement of a place with a leg", () => {
  it("needs the same country, and the same city where the leg names cities", () => {
    expect(legInPlace(legs[0]!, places[0]!)).toBe(true);
    expect(legInPlace(legs[0]!, places[1]!)).toBe(false);
    expect(legInPlace(legs[0]!, places[2]!)).toBe(true);
    expect(legInPlace(legs[4]!, places[3]!)).toBe(true); // the leg names no city
    expect(legInPlace(legs[1]!, places[0]!)).toBe(false);
  });
  it("reads weekdays from date expressions", () => {
    expect(weekdayIn("on the morning of Friday")).toBe(5);
    expect(weekdayIn("last night")).toBeNull();
  });
});

describe("linking and conflicts", () => {
  const r = new Reconciler(record);
  it("links each stop to the legs it agrees with and keeps no conflict then", () => {
    const out = r.reconcile(
      dataset([
        trip([
          ["fredville", "2030-03-05", "completed"],
          ["sylvan-city", null, "planned"],
        ]),
      ]),
    );
    expect(out.trips[0]!.official_legs).toEqual([
      { stop_position: 1, official_leg_id: "s1" },
      { stop_position: 2, official_leg_id: "s2" },
    ]);
    expect(out.trips[0]!.conflicts).toEqual([]);
    expect(out.official_legs!.map((l) => l.id)).toEqual(["s1", "s2"]);
    expect(out.official_legs![0]!.url).toBe("https://history.state.gov/departmenthistory/travels/secretary/doe-jane-q");
  });
  it("flags another city on that day, another day in that place, and a past planned visit that never happened", () => {
    const out = r.reconcile(
      dataset([
        trip([
          ["port-fred", "2030-03-04", "completed"],
          ["sylvan-city", "2030-03-08", "completed"],
          ["freedonia", "2030-07-30", "planned"],
        ]),
      ]),
    );
    const c = out.trips[0]!.conflicts.map((x) => [x.field, x.value, x.kind, x.official_leg_id]);
    expect(c).toEqual([
      ["destinations.freedonia.status", "planned", "official_record", null],
      ["destinations.port-fred.place_id", "port-fred", "official_record", "s1"],
      ["destinations.sylvan-city.date", "2030-03-08", "official_record", "s2"],
    ]);
    expect(out.trips[0]!.conflicts[1]!.official_value).toContain("Fredville, 2030-03-04 to 2030-03-05");
  });
  it("never flags dates after the record's last entry (published late), places in the US, or unmatched travellers", () => {
    const late = r.reconcile(
      dataset([
        trip([
          ["sylvan-city", "2031-02-01", "completed"],
          ["capital", "2030-03-05", "completed"],
        ]),
      ]),
    );
    expect(late.trips[0]!.conflicts).toEqual([]);
    const other = r.reconcile(dataset([trip([["port-fred", "2030-03-04", "completed"]], null, "rufus-t-firefly")]));
    expect(other.trips[0]!.conflicts).toEqual([]);
    expect(other.trips[0]!.official_legs).toEqual([]);
  });
  it("links a meeting by place and date, or without a place by the people the record says were met", () => {
    const out = r.reconcile(dataset([], [meeting("rufus-t-firefly", "fredville", "2030-03-04"), meeting("rufus-t-firefly", null, null)]));
    expect(out.meetings.map((m) => m.official_leg_ids)).toEqual([["s1"], ["s1"]]);
    const wrong = r.reconcile(dataset([], [meeting("rufus-t-firefly", "port-fred", "2030-03-05")]));
    expect(wrong.meetings[0]!.conflicts.map((c) => [c.field, c.official_leg_id])).toEqual([["place_id", "s1"]]);
  });
  it("marks the conflicts between articles as cross_article", () => {
    const t = trip([["fredville", "2030-03-05", "completed"]]);
    t.conflicts = [{ field: "destinations.fredville.date", value: "2030-03-04", document_id: "d1" } as Trip["conflicts"][number]];
    expect(r.reconcile(dataset([t])).trips[0]!.conflicts[0]).toMatchObject({ kind: "cross_article", official_leg_id: null });
  });
});

describe("dating a document from the record", () => {
  const dater = new DocumentDater(record);
  const docOf = (trips: Trip[], meetings: Meeting[] = []) => ({ actors, places, trips, meetings });
  it("proposes the day of a same-day report that is followed by an announced visit", () => {
    const p = dater.propose(
      docOf([
        trip([
          ["fredville", null, "completed"],
          ["sylvan-city", null, "planned"],
        ]),
      ]),
    );
    expect(p).toMatchObject({ person: "doe-jane-q", earliest: "2030-03-04", latest: "2030-03-06", leg_ids: ["s1", "s2"] });
  });
  it("uses the weekday the text names and the people met to choose between visits to the same place", () => {
    // Fredville on a Friday is only s4 (2030-09-20); Port Fred on Friday s3 is another city.
    const p = dater.propose(
      docOf([trip([["fredville", null, "completed"]])], [meeting("rufus-t-firefly", "fredville", null, "held", "on Friday")]),
    );
    expect(p).toMatchObject({ published: "2030-09-20", leg_ids: ["s4"] });
  });
  it("uses the trip's ordinal: the second tour of a run to the country", () => {
    // Freedonia tours: March (1) and June (2) are 100 days apart, September (3) 98 days after June.
    expect(dater.propose(docOf([trip([["freedonia", null, "completed"]], 2)]))?.leg_ids).toEqual(["s3"]);
  });
  it("counts visits, not tours, for 'the second visit' (one tour may visit a country twice)", () => {
    expect(dater.propose(docOf([trip([["sylvania", null, "completed"]], 2, "jane-doe", "second visit")]))?.leg_ids).toEqual(["s5"]);
    expect(dater.propose(docOf([trip([["sylvania", null, "completed"]], 2, "jane-doe", "second tour")]))).toBeNull();
  });
  it("gives no date when two visits explain the document equally well", () => {
    expect(dater.propose(docOf([trip([["freedonia", null, "completed"]])]))).toBeNull();
  });
  it("puts a report of announced visits only in the two weeks before them", () => {
    const p = dater.propose(
      docOf([
        trip([
          ["fredville", null, "planned"],
          ["sylvan-city", null, "planned"],
        ]),
      ]),
    );
    expect(p).toMatchObject({ earliest: "2030-02-19", latest: "2030-03-05" });
  });
});

describe("a publication date against the record's window", () => {
  const w = { earliest: "2030-03-04", latest: "2030-03-06" };
  it("agrees inside the window and up to a week after it (next day's paper, a look back)", () => {
    expect(["2030-03-04", "2030-03-06", "2030-03-07", "2030-03-13"].map((d) => within(d, w))).toEqual([true, true, true, true]);
  });
  it("contradicts before the events and long after them", () => {
    expect(["2030-03-03", "2030-03-14", "2032-11-30"].map((d) => within(d, w))).toEqual([false, false, false]);
  });
});
