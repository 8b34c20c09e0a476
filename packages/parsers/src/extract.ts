/**
 * extractDocument: one article to validated records. The order is the data flow:
 * document metadata → analysis (sentences, quotes, mentions, actors) → one extractor per record type →
 * refiners within the document (dedupe, stop merging, dates from meetings) → records with evidence.
 */
import { OffsetMap, type Actor, type CasualtyFigure, type DocumentRecord, type Evidence, type Meeting, type Place, type Quote, type Trip, type TripStop } from "@shuttle/core";
import { analyse, withPublished, type Analysis } from "./analysis.js";
import { parseDocument, type DocumentMeta } from "./document/DocumentParser.js";
import { actorId, type DocActor } from "./entities/resolve.js";
import type { PlaceEntry } from "./entities/gazetteer.js";
import { extractQuotes } from "./extractors/QuoteExtractor.js";
import { extractMeetings, type MeetingCandidate } from "./extractors/MeetingExtractor.js";
import { extractTrips, type StopCandidate } from "./extractors/TripExtractor.js";
import { extractCasualties } from "./extractors/CasualtyExtractor.js";
import { hashId, sha256 } from "./ids.js";
import { mergeEvidence } from "./evidence.js";

export interface Extraction {
  document: DocumentRecord;
  actors: Actor[];
  places: Place[];
  trips: Trip[];
  meetings: Meeting[];
  casualty_figures: CasualtyFigure[];
  quotes: Quote[];
}

/** Builds evidence spans with code-point offsets from UTF-16 ones; the text is the original, as given. */
class EvidenceMaker {
  private readonly map: OffsetMap;
  constructor(private readonly a: Analysis, private readonly original: string) {
    this.map = new OffsetMap(original);
  }
  span(start: number, end: number): Evidence {
    return { document_id: this.a.id as Evidence["document_id"], start: this.map.toCodePoint(start), end: this.map.toCodePoint(end), text: this.original.slice(start, end) };
  }
}

/**
 * The text the parsers read: CR LF and lone CR line ends become LF, and lone surrogates U+FFFD, each unit for unit
 * ("\r\n" → "\n\n", an empty line the parsers skip), so every offset into it is the same offset into the original
 * and evidence is sliced from the original exactly.
 */
export function normaliseInput(text: string): string {
  return text
    .replace(/\r\n?/g, (eol) => (eol.length === 2 ? "\n\n" : "\n"))
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

const normalise = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export function extractDocument(text: string, meta: DocumentMeta): Extraction {
  const id = meta.id;
  // Parse the document once without a date to find its own date lines, then analyse against the result.
  const pre = analyse(id, normaliseInput(text), null);
  const info = parseDocument(pre.paragraphs, meta);
  const a = info.published ? withPublished(pre, info.published) : pre;
  const ev = new EvidenceMaker(a, text);

  const actorsUsed = new Map<DocActor, Actor>();
  // Ids are unique by construction: two of the document's actors whose names give one id ("Blinken" in plain and in
  // mathematical bold letters) are one actor record, with both names as aliases.
  const actorById = new Map<string, Actor>();
  const useActor = (d: DocActor | null | undefined): Actor["id"] | null => {
    if (!d) return null;
    let rec = actorsUsed.get(d) ?? actorById.get(actorId(d));
    if (rec && !actorsUsed.has(d)) {
      rec.aliases = [...new Set([...rec.aliases, d.name, ...d.aliases])].filter((x) => x !== rec!.name).sort();
      actorsUsed.set(d, rec);
    }
    if (!rec) {
      rec = {
        id: actorId(d) as Actor["id"],
        name: d.name,
        kind: d.kind,
        aliases: [...d.aliases].filter((x) => x !== d.name).sort(),
        title: d.title,
        country: d.country,
        wikidata_id: null,
        document_ids: [id as Actor["document_ids"][number]],
      };
      actorsUsed.set(d, rec);
      actorById.set(rec.id, rec);
    }
    return rec.id;
  };
  const placesUsed = new Map<string, Place>();
  const usePlace = (p: PlaceEntry | null): Place["id"] | null => {
    if (!p) return null;
    if (!placesUsed.has(p.id)) {
      placesUsed.set(p.id, { id: p.id as Place["id"], name: p.name, kind: p.kind, country: p.country, aliases: [...p.aliases].sort(), wikidata_id: null, document_ids: [id as Place["document_ids"][number]] });
    }
    return p.id as Place["id"];
  };

  // Quotes: the same words quoted twice (a pull quote repeats the body) are one quote with both spans.
  const quotes: Quote[] = [];
  const quoteByText = new Map<string, Quote>();
  for (const q of extractQuotes(a)) {
    const evidence = [ev.span(q.span.start, q.span.end)];
    const existing = quoteByText.get(normalise(q.text));
    if (existing) {
      existing.evidence.push(...evidence); // united once at the end: merging at every repeat is quadratic
      if (!existing.speaker_id && q.speaker) existing.speaker_id = useActor(q.speaker);
      existing.partial = existing.partial && q.partial;
      continue;
    }
    const rec: Quote = {
      id: hashId("quote", id, q.span.start, q.span.end) as Quote["id"],
      document_id: id as Quote["document_id"],
      text: q.text,
      speaker_id: useActor(q.speaker),
      speaker_mention: q.speakerMention?.text ?? null,
      cue: q.cue,
      partial: q.partial,
      date: q.date?.date ?? null,
      date_precision: q.date?.date ? q.date.precision : null,
      evidence,
      rule: q.rule,
    };
    quoteByText.set(normalise(q.text), rec);
    quotes.push(rec);
  }

  // Casualty figures: claims, one record each; subsets point at their totals. A headline's figure that the
  // body repeats (same kind, count and qualifier) is the same claim: it keeps the body's record.
  const all = extractCasualties(a);
  const inHeadline = (c: { start: number }) => a.paragraphs.some((p) => p.heading && c.start >= p.start && c.start < p.end);
  const dropped = new Set(all.filter((c) => inHeadline(c) && all.some((o) => o !== c && !inHeadline(o) && o.kind === c.kind && o.count === c.count && o.qualifier === c.qualifier)));
  const cands = all.filter((c) => !dropped.has(c)).map((c) => ({ ...c, partOf: c.partOf === null ? null : all.filter((x) => !dropped.has(x)).indexOf(all[c.partOf]!) }));
  const casualtyIds = cands.map((c) => hashId("casualty", id, c.start, c.end, c.kind));
  const casualty_figures: CasualtyFigure[] = cands.map((c, i) => ({
    id: casualtyIds[i] as CasualtyFigure["id"],
    document_id: id as CasualtyFigure["document_id"],
    kind: c.kind,
    count: c.count,
    count_text: c.countText,
    qualifier: c.qualifier,
    min: c.min,
    max: c.max,
    population: c.population,
    place_id: usePlace(c.place),
    as_of: c.asOf?.date ?? null,
    as_of_precision: c.asOf?.date ? c.asOf.precision : null,
    period_text: c.periodText,
    attributed_to_id: useActor(c.attributedTo),
    attributed_to_text: c.attributedText,
    part_of: c.partOf === null ? null : (casualtyIds[c.partOf] as CasualtyFigure["id"]),
    evidence: [ev.span(c.start, c.end)],
    rule: c.rule,
  }));

  // Trips: one per traveller per document, stops merged by place.
  const { stops, ordinals } = extractTrips(a);
  const meetingCands = extractMeetings(a);
  const trips: Trip[] = [];
  const tripOf = new Map<DocActor, Trip>();
  const byTraveler = new Map<DocActor, StopCandidate[]>();
  for (const s of stops) byTraveler.set(s.traveler, [...(byTraveler.get(s.traveler) ?? []), s]);
  for (const [traveler, list] of byTraveler) {
    const trip = buildTrip(a, ev, traveler, list, meetingCands, useActor, usePlace);
    const ord = ordinals.find((o) => o.traveler === traveler);
    if (ord) {
      trip.ordinal = ord.ordinal;
      trip.ordinal_text = ord.text;
      trip.evidence = mergeEvidence(trip.evidence, [ev.span(ord.start, ord.end)]);
    }
    trips.push(trip);
    tripOf.set(traveler, trip);
  }

  // Meetings: one per pair of participants per document.
  const meetings: Meeting[] = [];
  const byPair = new Map<string, Meeting>();
  for (const m of meetingCands) {
    const ids = m.participants.map((p) => useActor(p)!);
    if (new Set(ids).size < ids.length) continue; // two names of one actor: nobody met anyone
    const key = [...ids].sort().join("|");
    const evidence = [ev.span(m.sentence.start, m.sentence.end)];
    const existing = byPair.get(key);
    if (existing) {
      existing.evidence.push(...evidence); // united once at the end: merging at every repeat is quadratic
      if (m.status === "held") existing.status = "held";
      if (!existing.date && m.date?.date) Object.assign(existing, dateFields(m));
      const place = usePlace(m.place);
      if (!existing.place_id) existing.place_id = place;
      else if (place && place !== existing.place_id) existing.conflicts.push({ field: "place_id", value: place, document_id: id as Meeting["document_ids"][number] });
      if (existing.kind === "meeting" && m.kind !== "meeting") existing.kind = m.kind;
      continue;
    }
    const rec: Meeting = {
      id: hashId("meeting", id, m.sentence.start, key) as Meeting["id"],
      participant_ids: ids,
      place_id: usePlace(m.place),
      ...dateFields(m),
      status: m.status,
      kind: m.kind,
      trip_id: tripOf.get(m.participants[0]!)?.id ?? null,
      document_ids: [id as Meeting["document_ids"][number]],
      conflicts: [],
      evidence,
      rule: m.rule,
    };
    byPair.set(key, rec);
    meetings.push(rec);
  }

  for (const r of [...quotes, ...meetings]) r.evidence = mergeEvidence(r.evidence);

  const document: DocumentRecord = {
    id: id as DocumentRecord["id"],
    title: info.title,
    published: info.published,
    published_basis: info.publishedBasis,
    published_note: meta.published_note ?? null,
    dateline: info.datelines[0]?.text ?? null,
    outlet: meta.outlet ?? null,
    byline: info.byline,
    url: meta.url ?? null,
    language: "en",
    machine_generated: info.machineGenerated !== null,
    sha256: sha256(text),
    char_count: [...text].length,
    warnings: info.warnings,
  };
  return { document, actors: [...actorById.values()], places: [...placesUsed.values()], trips, meetings, casualty_figures, quotes };
}

function dateFields(m: MeetingCandidate) {
  const d = m.date;
  return {
    date: d?.date ?? null,
    date_precision: d?.date ? d.precision : null,
    date_basis: d?.date ? d.basis : null,
    date_text: d?.text ?? null,
  };
}

function buildTrip(
  a: Analysis,
  ev: EvidenceMaker,
  traveler: DocActor,
  list: StopCandidate[],
  meetings: MeetingCandidate[],
  useActor: (d: DocActor) => string | null,
  usePlace: (p: PlaceEntry) => string | null,
): Trip {
  // A country or territory is dropped when a city in it is also a stop ("Israel" when "Jerusalem" is there)
  // with the same status or made already: a planned site does not replace a country already reached.
  const cities = list.filter((s) => s.place.kind === "city" || s.place.kind === "site");
  const kept = list.filter(
    (s) => s.place.kind === "city" || s.place.kind === "site" || !cities.some((c) => c.place.country === s.place.country && (c.status === s.status || c.status === "completed")),
  );
  const byPlace = new Map<string, StopCandidate & { order: number }>();
  kept.forEach((s, order) => {
    const prev = byPlace.get(s.place.id);
    if (!prev) byPlace.set(s.place.id, { ...s, order });
    else {
      if (s.status === "completed") prev.status = "completed";
      if (!prev.date?.date && s.date?.date) prev.date = s.date;
    }
  });
  // An undated stop takes the date of a held meeting of the traveller there.
  for (const stop of byPlace.values()) {
    if (stop.date?.date) continue;
    const m = meetings.find((m) => m.participants[0] === traveler && m.place?.id === stop.place.id && m.date?.date);
    if (m) stop.date = m.date;
  }
  // Order: dated stops by date; an undated completed stop stays after the stop mentioned before it; undated
  // planned stops come last, in the order written.
  const stopsInOrder = [...byPlace.values()].sort((x, y) => x.order - y.order);
  let lastDate = "";
  // Only day-precise dates order stops; "later this week" says nothing about the order within the week.
  const keyed = stopsInOrder.map((s) => {
    const day = s.date?.date && s.date.precision === "day" ? s.date.date : null;
    const d = day ?? (s.status === "planned" ? "9999-12-31" : lastDate);
    if (day) lastDate = day;
    return { s, d };
  });
  keyed.sort((x, y) => (x.d < y.d ? -1 : x.d > y.d ? 1 : x.s.order - y.s.order));
  const destinations: TripStop[] = keyed.map(({ s }, i) => ({
    position: i + 1,
    place_id: usePlace(s.place) as TripStop["place_id"],
    date: s.date?.date ?? null,
    date_precision: s.date?.date ? s.date.precision : null,
    date_basis: s.date?.date ? s.date.basis : null,
    status: s.status,
  }));
  const dated = destinations.filter((d) => d.date).map((d) => d.date!).sort();
  const precisions = destinations.filter((d) => d.date_precision).map((d) => d.date_precision!);
  const coarse = (["year", "month", "week", "day"] as const).find((p) => precisions.includes(p)) ?? null;
  const statuses = new Set(destinations.map((d) => d.status));
  const evidence = list.map((s) => {
    const sentence = a.sentences.find((x) => s.start >= x.start && s.end <= x.end)!;
    return ev.span(sentence.start, sentence.end);
  });
  return {
    id: hashId("trip", a.id, traveler.key, list[0]!.start) as Trip["id"],
    traveler_id: useActor(traveler) as Trip["traveler_id"],
    destinations,
    start_date: dated[0] ?? null,
    end_date: dated[dated.length - 1] ?? null,
    date_precision: coarse,
    status: statuses.size === 2 ? "under_way" : statuses.has("planned") ? "planned" : "completed",
    ordinal: null,
    ordinal_text: null,
    document_ids: [a.id as Trip["document_ids"][number]],
    conflicts: [],
    evidence: mergeEvidence(evidence),
    rule: [...new Set(list.map((s) => s.rule))].sort().join("+"),
  };
}
