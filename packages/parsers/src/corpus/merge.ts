/**
 * CorpusMerger: the documents' extractions into one dataset.
 * - actors and places with the same id are one record (aliases and documents united); a person known only
 *   by a surname in one article joins the one full-name person with that surname;
 * - trips of the same traveller reported within a week of each other are one trip; stops are united by
 *   place, and a stop date that two documents give differently is kept as a conflict;
 * - meetings of the same participants within a week (or with one date unknown) are one meeting; a
 *   different place or day is kept as a conflict, never overwritten; held wins over planned (the plan came true);
 * - casualty figures and quotes are claims of one document and are never merged.
 * Everything is sorted so that the same documents, in any order, give byte-identical output.
 */
import { summariseStops } from "../refiners/tripSummary.js";
import type { Actor, Conflict, Dataset, DocumentRecord, Evidence, Meeting, Place, Trip } from "@shuttle/core";
import type { Extraction } from "../extract.js";
import { mergeEvidence } from "../evidence.js";
import { NAME_SUFFIXES, NICKNAMES } from "../lexicon/words.js";

const WEEK = 7 * 86_400_000;
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/**
 * Records in reading order: by the document of their first evidence (documents by id), then where that evidence
 * starts, then by id. A reader of a table or a JSON file meets a document's records in the order the article
 * tells them; the order depends on nothing but the records, so it is as reproducible as sorting by id.
 */
function byReadingOrder<T extends { id: string; evidence: Evidence[] }>(a: T, b: T): number {
  const x = a.evidence[0];
  const y = b.evidence[0];
  if (x && y && x.document_id !== y.document_id) return x.document_id < y.document_id ? -1 : 1;
  return (x?.start ?? 0) - (y?.start ?? 0) || byId(a, b);
}
const uniqSorted = <T extends string>(xs: T[]) => [...new Set(xs)].sort();

function daysApart(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

export function mergeCorpus(input: Extraction[]): Dataset {
  // The merge keeps the first of two values (a meeting's place, a trip's dates): taking the documents in id order
  // (then by text hash) makes every choice, and so every id and value, independent of the order they came in.
  const extractions = [...input].sort((x, y) => byId(x.document, y.document) || byId({ id: x.document.sha256 }, { id: y.document.sha256 }));
  const documents: DocumentRecord[] = extractions.map((e) => e.document).sort(byId);
  const published = new Map(documents.map((d) => [d.id as string, d.published]));

  // Actors: unite by id, then fold lone surnames into the full-name person.
  // Lists that grow as records fold in (aliases, document ids, evidence) are gathered in sets and sorted once at the
  // end: sorting them at every fold made the merge quadratic in the number of documents that share a record.
  const actors = new Map<string, Actor>();
  const actorLists = new Map<string, { aliases: Set<string>; documents: Set<string> }>();
  for (const a of extractions.flatMap((e) => e.actors)) {
    const prev = actors.get(a.id);
    if (!prev) {
      actors.set(a.id, { ...a, aliases: [...a.aliases], document_ids: [...a.document_ids] });
      actorLists.set(a.id, { aliases: new Set(a.aliases), documents: new Set(a.document_ids) });
    } else {
      const lists = actorLists.get(a.id)!;
      for (const x of a.aliases) lists.aliases.add(x);
      for (const x of a.document_ids) lists.documents.add(x);
      prev.title ??= a.title;
      prev.country ??= a.country;
      if (a.name.length > prev.name.length) prev.name = a.name;
    }
  }
  for (const [id, lists] of actorLists) {
    const a = actors.get(id)!;
    a.aliases = uniqSorted([...lists.aliases]) as Actor["aliases"];
    a.document_ids = uniqSorted([...lists.documents]) as Actor["document_ids"];
  }
  const rename = new Map<string, string>();
  // The same person under a nickname in another article ("Tony Blinken", "Antony Blinken"): one actor,
  // named by the fuller form.
  const byFolded = new Map<string, Actor>();
  for (const a of [...actors.values()].sort((x, y) => y.name.length - x.name.length || (x.id < y.id ? -1 : 1))) {
    const words = a.name.split(" ");
    if (a.kind !== "person" || words.length < 2) continue;
    const first = words[0]!.toLowerCase();
    const key = `${NICKNAMES[first] ?? first} ${words[words.length - 1]!.toLowerCase()}`;
    const keep = byFolded.get(key);
    if (keep) rename.set(a.id, keep.id);
    else byFolded.set(key, a);
  }
  // "Abdullah" joins "Abdullah II" too: a regnal number is no surname.
  const surname = (name: string) =>
    name
      .split(" ")
      .filter((w) => !NAME_SUFFIXES.has(w))
      .slice(-1)[0]!
      .toLowerCase();
  // People by surname, so a lone surname finds its full name without a scan of every actor.
  const bySurname = new Map<string, Actor[]>();
  for (const b of actors.values()) {
    if (b.kind !== "person") continue;
    const list = bySurname.get(surname(b.name)) ?? [];
    list.push(b);
    bySurname.set(surname(b.name), list);
  }
  for (const a of actors.values()) {
    if (a.kind !== "person" || a.name.replace(/ (?:II|III|IV)$/, "").includes(" ") || rename.has(a.id)) continue;
    const full = (bySurname.get(a.name.toLowerCase()) ?? []).filter((b) => b.id !== a.id && !rename.has(b.id) && b.name !== a.name);
    if (full.length === 1) rename.set(a.id, full[0]!.id);
  }
  for (const [from, to] of rename) {
    const a = actors.get(from)!;
    const b = actors.get(to)!;
    b.aliases = uniqSorted([...b.aliases, a.name, ...a.aliases]);
    b.document_ids = uniqSorted([...b.document_ids, ...a.document_ids]);
    b.title ??= a.title;
    b.country ??= a.country;
    actors.delete(from);
  }
  const actorRef = <T extends string | null>(id: T): T => (id && rename.has(id) ? (rename.get(id) as T) : id);

  const places = new Map<string, Place>();
  const placeDocuments = new Map<string, Set<string>>();
  for (const p of extractions.flatMap((e) => e.places)) {
    const prev = places.get(p.id);
    if (!prev) {
      places.set(p.id, { ...p, document_ids: [...p.document_ids] });
      placeDocuments.set(p.id, new Set(p.document_ids));
    } else for (const d of p.document_ids) placeDocuments.get(p.id)!.add(d);
  }
  for (const [id, documents] of placeDocuments) places.get(id)!.document_ids = uniqSorted([...documents]) as Place["document_ids"];

  // A merged trip's or meeting's further documents and evidence, united once at the end.
  const folded = new Map<Trip | Meeting, { documents: Set<string>; evidence: Evidence[][] }>();
  const fold = (r: Trip | Meeting, documents: string[], evidence: Evidence[]) => {
    const f = folded.get(r) ?? { documents: new Set(r.document_ids), evidence: [r.evidence] };
    for (const d of documents) f.documents.add(d);
    f.evidence.push(evidence);
    folded.set(r, f);
  };
  const documentsOf = (r: Trip | Meeting): ReadonlySet<string> => folded.get(r)?.documents ?? new Set(r.document_ids);

  // Trips.
  const tripRename = new Map<string, string>();
  const trips: Trip[] = [];
  const tripDate = (t: Trip) => t.start_date ?? published.get(t.document_ids[0]!) ?? null;
  const tripsOf = new Map<string, Trip[]>();
  for (const t0 of extractions.flatMap((e) => e.trips)) {
    const t = { ...t0, traveler_id: actorRef(t0.traveler_id) };
    const same = (tripsOf.get(t.traveler_id) ?? []).find(
      (x) =>
        x.traveler_id === t.traveler_id &&
        daysApart(tripDate(x), tripDate(t)) * 86_400_000 <= WEEK &&
        tripDate(x) !== null &&
        tripDate(t) !== null,
    );
    if (!same) {
      const trip = { ...t, destinations: t.destinations.map((d) => ({ ...d })), conflicts: [...t.conflicts] };
      trips.push(trip);
      const list = tripsOf.get(t.traveler_id) ?? [];
      list.push(trip);
      tripsOf.set(t.traveler_id, list);
      continue;
    }
    tripRename.set(t.id, same.id);
    const doc = t.document_ids[0]!;
    for (const d of t.destinations) {
      const prev = same.destinations.find((x) => x.place_id === d.place_id);
      if (!prev) same.destinations.push({ ...d });
      else {
        if (d.status === "completed") prev.status = "completed";
        prev.implicit = prev.implicit && d.implicit;
        if (!prev.date && d.date) Object.assign(prev, { date: d.date, date_precision: d.date_precision, date_basis: d.date_basis });
        else if (prev.date && d.date && prev.date !== d.date && prev.date_precision === "day" && d.date_precision === "day") {
          same.conflicts.push({ field: `destinations.${d.place_id}.date`, value: d.date, document_id: doc } as Conflict);
        }
      }
    }
    fold(same, t.document_ids, t.evidence);
    same.ordinal ??= t.ordinal;
    same.ordinal_text ??= t.ordinal_text;
  }
  for (const t of trips) finishTrip(t);

  // Meetings.
  const meetings: Meeting[] = [];
  const meetingDate = (m: Meeting) => m.date ?? published.get(m.document_ids[0]!) ?? null;
  const meetingsOf = new Map<string, Meeting[]>();
  for (const m0 of extractions.flatMap((e) => e.meetings)) {
    const m: Meeting = {
      ...m0,
      participant_ids: m0.participant_ids.map(actorRef),
      trip_id: m0.trip_id && (tripRename.get(m0.trip_id) ?? m0.trip_id),
    };
    const key = [...m.participant_ids].sort().join("|");
    const same = (meetingsOf.get(key) ?? []).find(
      (x) => !m.document_ids.some((d) => documentsOf(x).has(d)) && daysApart(meetingDate(x), meetingDate(m)) <= 7,
    );
    if (!same) {
      const meeting = { ...m, conflicts: [...m.conflicts] };
      meetings.push(meeting);
      const list = meetingsOf.get(key) ?? [];
      list.push(meeting);
      meetingsOf.set(key, list);
      continue;
    }
    const doc = m.document_ids[0]!;
    if (m.status === "held") same.status = "held";
    if (!same.place_id) same.place_id = m.place_id;
    else if (m.place_id && m.place_id !== same.place_id) same.conflicts.push({ field: "place_id", value: m.place_id, document_id: doc });
    if (!same.date && m.date)
      Object.assign(same, { date: m.date, date_precision: m.date_precision, date_basis: m.date_basis, date_text: m.date_text });
    else if (same.date && m.date && same.date !== m.date && same.date_precision === "day" && m.date_precision === "day")
      same.conflicts.push({ field: "date", value: m.date, document_id: doc });
    same.trip_id ??= m.trip_id;
    fold(same, m.document_ids, m.evidence);
  }
  for (const [r, f] of folded) {
    r.document_ids = uniqSorted([...f.documents]) as Trip["document_ids"];
    r.evidence = mergeEvidence(...f.evidence);
  }

  const sortConflicts = (c: Conflict[]) =>
    [...c].sort((a, b) => `${a.field}${a.document_id}${a.value}`.localeCompare(`${b.field}${b.document_id}${b.value}`));
  return {
    documents,
    actors: [...actors.values()].sort(byId),
    places: [...places.values()].sort(byId),
    trips: trips.map((t) => ({ ...t, conflicts: sortConflicts(t.conflicts) })).sort(byReadingOrder),
    meetings: meetings.map((m) => ({ ...m, conflicts: sortConflicts(m.conflicts) })).sort(byReadingOrder),
    casualty_figures: extractions
      .flatMap((e) => e.casualty_figures.map((c) => ({ ...c, attributed_to_id: actorRef(c.attributed_to_id) })))
      .sort(byReadingOrder),
    quotes: extractions.flatMap((e) => e.quotes.map((q) => ({ ...q, speaker_id: actorRef(q.speaker_id) }))).sort(byReadingOrder),
  };
}

/** Re-derive a merged trip's order, dates and status from its stops. */
function finishTrip(t: Trip): void {
  // Stable order: day-precise dates first by date; undated or coarse stops keep their relative position,
  // planned ones after the completed ones (in a journey that is all plan, where written).
  const keys = new Map<Trip["destinations"][number], string>();
  let last = "0000";
  const allPlanned = t.destinations.every((d) => d.status === "planned");
  for (const d of [...t.destinations].sort((a, b) => a.position - b.position)) {
    const day = d.date && d.date_precision === "day" ? d.date : null;
    keys.set(d, day ?? (d.status === "planned" && !allPlanned ? "9999" : last));
    if (day) last = day;
  }
  t.destinations.sort((a, b) => keys.get(a)!.localeCompare(keys.get(b)!) || a.position - b.position);
  t.destinations.forEach((d, i) => {
    d.position = i + 1;
  });
  Object.assign(t, summariseStops(t.destinations));
}
