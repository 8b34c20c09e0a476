/**
 * extractDocument: one article to validated records. The order is the data flow:
 * document metadata → analysis (sentences, quotes, mentions, actors) → one extractor per record type →
 * refiners within the document (dedupe, stop merging, dates from meetings) → records with evidence.
 */
import {
  OffsetMap,
  type Actor,
  type CasualtyFigure,
  type DocumentRecord,
  type Evidence,
  type Meeting,
  type Place,
  type Quote,
  type Trip,
  type TripStop,
} from "@shuttle/core";
import { analyse, quotesIn, withPublished, type Analysis } from "./analysis.js";
import { parseDocument, type DocumentMeta } from "./document/DocumentParser.js";
import { actorId, type DocActor } from "./entities/resolve.js";
import type { PlaceEntry } from "./entities/gazetteer.js";
import { extractQuotes } from "./extractors/QuoteExtractor.js";
import { extractMeetings, type MeetingCandidate } from "./extractors/MeetingExtractor.js";
import { extractTrips, type StopCandidate } from "./extractors/TripExtractor.js";
import { extractCasualties } from "./extractors/CasualtyExtractor.js";
import { hashId, sha256 } from "./ids.js";
import { mergeEvidence } from "./evidence.js";
import { inferEventDates } from "./refiners/eventDates.js";
import type { Trace } from "./trace.js";
import { summariseStops } from "./refiners/tripSummary.js";
import type { ResolvedDate } from "./dates/DateResolver.js";

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
  constructor(
    private readonly a: Analysis,
    private readonly original: string,
  ) {
    this.map = new OffsetMap(original);
  }
  span(start: number, end: number): Evidence {
    return {
      document_id: this.a.id as Evidence["document_id"],
      start: this.map.toCodePoint(start),
      end: this.map.toCodePoint(end),
      text: this.original.slice(start, end),
    };
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

const normalise = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function extractDocument(text: string, meta: DocumentMeta): Extraction {
  return extractTraced(text, meta).extraction;
}

/** The extraction and the analysis it was made from; with a trace, the rules record their vetoes and refinements. */
export function extractTraced(text: string, meta: DocumentMeta, trace?: Trace): { extraction: Extraction; analysis: Analysis } {
  const id = meta.id;
  // Parse the document once without a date to find its own date lines, then analyse against the result.
  const pre = analyse(id, normaliseInput(text), null);
  const info = parseDocument(pre.paragraphs, meta);
  const a = { ...(info.published ? withPublished(pre, info.published) : pre), trace };
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
      placesUsed.set(p.id, {
        id: p.id as Place["id"],
        name: p.name,
        kind: p.kind,
        country: p.country,
        aliases: [...p.aliases].sort(),
        wikidata_id: null,
        document_ids: [id as Place["document_ids"][number]],
      });
    }
    return p.id as Place["id"];
  };

  // Quotes: the same words quoted twice (a pull quote repeats the body) are one quote with both spans.
  const quotes: Quote[] = [];
  const quoteByText = new Map<string, Quote>();
  const quoteCands = extractQuotes(a);
  for (const q of quoteCands) {
    const evidence = [ev.span(q.span.start, q.span.end)];
    const existing = quoteByText.get(normalise(q.text));
    if (existing) {
      existing.evidence.push(...evidence); // united once at the end: merging at every repeat is quadratic
      trace?.refine(existing, "refiner/same-quote");
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
  // A figure inside a quote is the speaker's claim, so quotes come first.
  const speakerOfSpan = new Map(quoteCands.map((q) => [q.span, q.speaker]));
  const quoteSpeaker = (pos: number) =>
    quotesIn(a, pos, pos + 1)
      .map((q) => speakerOfSpan.get(q))
      .find((x) => x);
  const all = extractCasualties(a, quoteSpeaker);
  const inHeadline = (c: { start: number }) => a.paragraphs.some((p) => p.heading && c.start >= p.start && c.start < p.end);
  const dropped = new Set(
    all.filter(
      (c) =>
        inHeadline(c) &&
        all.some((o) => o !== c && !inHeadline(o) && o.kind === c.kind && o.count === c.count && o.qualifier === c.qualifier),
    ),
  );
  for (const c of dropped) trace?.veto("refiner/headline-figure", c.start, c.end, "the body repeats this headline figure");
  const cands = all
    .filter((c) => !dropped.has(c))
    .map((c) => ({ ...c, partOf: c.partOf === null ? null : all.filter((x) => !dropped.has(x)).indexOf(all[c.partOf]!) }));
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
  const allMeetings = extractMeetings(a);
  const meetingCands = allMeetings.filter((m) => !m.summary);
  // Undated held events take the date the document gives their scene (same-day reports, continuations).
  // A date taken from the context does not make an encounter another one (only the event's own words do).
  const datedFromContext = new Set<MeetingCandidate>();
  const datedStops = new Set<StopCandidate>();
  const datable = [
    ...meetingCands.map((m) => ({
      set: (d: ResolvedDate | null) => {
        if (d && !m.date) datedFromContext.add(m);
        m.date = d;
      },
      actors: m.participants,
      at: m.sentence.start,
      held: m.status === "held",
      date: m.date,
    })),
    ...stops.map((s) => ({
      set: (d: ResolvedDate | null) => {
        if (d && !s.date) datedStops.add(s);
        s.date = d;
      },
      actors: [s.traveler],
      at: s.start,
      held: s.status === "completed",
      date: s.date,
    })),
  ];
  inferEventDates(a, datable);
  for (const d of datable) d.set(d.date ?? null);
  // Implicit stops take their place in the order of the text.
  const allStops = [...stops, ...implicitStops(allMeetings, stops, (pos) => a.text.slice(Math.max(0, pos - 20), pos))].sort(
    (x, y) => x.start - y.start,
  );
  const trips: Trip[] = [];
  const tripOf = new Map<DocActor, Trip>();
  const byTraveler = new Map<DocActor, StopCandidate[]>();
  for (const s of allStops) byTraveler.set(s.traveler, [...(byTraveler.get(s.traveler) ?? []), s]);
  for (const [traveler, list] of byTraveler) {
    const trip = buildTrip(a, ev, traveler, list, meetingCands, useActor, usePlace);
    const ord = ordinals.find((o) => o.traveler === traveler);
    if (ord) {
      trip.ordinal = ord.ordinal;
      trip.ordinal_text = ord.text;
      trip.evidence = mergeEvidence(trip.evidence, [ev.span(ord.start, ord.end)]);
    }
    if (list.some((s) => s.implicit)) trace?.refine(trip, "refiner/implicit-stop");
    if (list.some((s) => datedStops.has(s))) trace?.refine(trip, "refiner/event-dates");
    trips.push(trip);
    tripOf.set(traveler, trip);
  }

  // Meetings: one record per encounter. The candidates of one trigger are one encounter with all their
  // counterparts ("met A and B"; joint subjects, "A and B met C", give one record each). An encounter told
  // again later in the article (the headline and the body, the plan and the meeting held) joins the record
  // whose participants it shares, unless its place or day differs: then it is another encounter.
  const meetings: Meeting[] = [];
  const encounters = new Map<string, { first: MeetingCandidate; participants: DocActor[] }>();
  const contextDated = new Set<Meeting>();
  const byPair = new Map<string, Meeting[]>();
  const index = (r: Meeting) => {
    for (const k of pairsOf(r.participant_ids)) {
      const list = byPair.get(k) ?? byPair.set(k, []).get(k)!;
      if (!list.includes(r)) list.push(r);
    }
  };
  for (const m of meetingCands) {
    const key = `${m.sentence.start}|${m.trigger}|${m.encounter}|${m.participants[0]!.key}`;
    const e = encounters.get(key);
    if (!e) encounters.set(key, { first: m, participants: [...m.participants] });
    else for (const p of m.participants) if (!e.participants.includes(p)) e.participants.push(p);
  }
  for (const { first: m, participants } of encounters.values()) {
    // Two names of one actor are one participant; an encounter needs two.
    const ids = [...new Set(participants.map((p) => useActor(p)!))];
    if (ids.length < 2) {
      trace?.veto("refiner/encounter", m.sentence.start, m.sentence.end, "fewer than two participants (two names of one actor)");
      continue;
    }
    const evidence = [ev.span(m.sentence.start, m.sentence.end)];
    const place = usePlace(m.place);
    // The same encounter shares a pair of participants (the headline's "Biden meets Abbas" and the body's).
    // Records are found by their pairs of participants (a map, not a scan of every meeting so far).
    const sharing = new Set(pairsOf(ids).flatMap((k) => byPair.get(k) ?? []));
    const existing = [...sharing]
      .sort((x, y) => meetings.indexOf(x) - meetings.indexOf(y))
      .find(
        (r) =>
          !(place && r.place_id && place !== r.place_id) &&
          !(
            m.date?.date &&
            r.date &&
            !datedFromContext.has(m) &&
            !contextDated.has(r) &&
            m.date.precision === "day" &&
            r.date_precision === "day" &&
            m.date.date !== r.date
          ),
      );
    if (existing) {
      existing.evidence.push(...evidence); // united once at the end: merging at every repeat is quadratic
      trace?.refine(existing, "refiner/encounter");
      for (const x of ids) if (!existing.participant_ids.includes(x)) existing.participant_ids.push(x);
      index(existing);
      if (m.status === "held") existing.status = "held";
      if ((!existing.date || contextDated.has(existing)) && m.date?.date && !datedFromContext.has(m)) {
        Object.assign(existing, dateFields(m));
        contextDated.delete(existing);
      } else if (!existing.date && m.date?.date) {
        Object.assign(existing, dateFields(m));
        contextDated.add(existing);
      }
      if (!existing.place_id) existing.place_id = place;
      if (existing.kind === "meeting" && m.kind !== "meeting") existing.kind = m.kind;
      continue;
    }
    const rec: Meeting = {
      id: hashId("meeting", id, m.sentence.start, [...ids].sort().join("|")) as Meeting["id"],
      participant_ids: ids,
      place_id: place,
      ...dateFields(m),
      status: m.status,
      kind: m.kind,
      trip_id: tripOf.get(m.participants[0]!)?.id ?? null,
      document_ids: [id as Meeting["document_ids"][number]],
      conflicts: [],
      evidence,
      rule: m.rule,
    };
    if (datedFromContext.has(m)) {
      contextDated.add(rec);
      trace?.refine(rec, "refiner/event-dates");
    }
    meetings.push(rec);
    index(rec);
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
  const extraction = {
    document,
    actors: [...actorById.values()],
    places: [...placesUsed.values()],
    trips,
    meetings,
    casualty_figures,
    quotes,
  };
  return { extraction, analysis: a };
}

/**
 * Implicit travel: a meeting held in a place puts there the participants who are not at home, when the text
 * does not say they travelled. A participant is away when their country is known and differs from the
 * place's, or, unknown, when another participant is of that country (Herzog of Israel met Blinken in Tel
 * Aviv), or when they already travel in this article.
 */
function implicitStops(meetings: MeetingCandidate[], stops: StopCandidate[], textBefore: (pos: number) => string): StopCandidate[] {
  const out: StopCandidate[] = [];
  const travellers = new Set(stops.map((s) => s.traveler));
  for (const m of meetings) {
    const place = m.place;
    if (m.status !== "held" || !place?.country || m.kind === "call" || place.kind === "region") continue;
    // "had met twice in Jordan": the pluperfect tells of an earlier journey, not this one.
    if (/\bhad\s+(?:\w+\s+)?$/i.test(textBefore(m.trigger))) continue;
    const local = m.participants.some((p) => p.country === place.country);
    // A summary ("met Jordan's top leaders in Amman") places the traveller only when its group is of that country.
    if (m.summary && m.participants[1]?.country !== place.country) continue;
    for (const p of m.participants) {
      if (p.kind !== "person") continue;
      const away = p.country ? p.country !== place.country : local || travellers.has(p);
      if (!away) continue;
      out.push({
        traveler: p,
        place,
        status: "completed",
        date: m.date,
        start: m.trigger,
        end: m.trigger + 1,
        rule: "TripExtractor/implicit-meeting",
        implicit: true,
      });
    }
  }
  return out;
}

/** Every unordered pair of ids, as keys. */
function pairsOf(ids: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.push([ids[i], ids[j]].sort().join("|"));
  return out;
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
  // A country and its city are both stops when both are named ("arrived in Israel … in Tel Aviv"); an implicit
  // country is not added beside a city.
  const kept = list;
  const byPlace = new Map<string, StopCandidate & { order: number }>();
  kept.forEach((s, order) => {
    const prev = byPlace.get(s.place.id);
    if (!prev) byPlace.set(s.place.id, { ...s, order });
    else {
      if (s.status === "completed") prev.status = "completed";
      // The stop's date is its arrival: a described arrival before a meeting there, else the earliest day.
      const better =
        prev.implicit && !s.implicit
          ? s.date?.date
          : s.date?.date && (!prev.date?.date || (s.implicit === prev.implicit && s.date.date < prev.date.date));
      if (better) prev.date = s.date;
      prev.implicit = (prev.implicit ?? false) && (s.implicit ?? false);
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
  // An undated country goes with the first dated stop inside it ("Israel" beside "Jerusalem on Thursday").
  const dayOf = (s: StopCandidate) => (s.date?.date && s.date.precision === "day" ? s.date.date : null);
  const countryDay = (s: StopCandidate) =>
    s.place.kind === "country"
      ? (stopsInOrder
          .filter((c) => c !== s && c.place.country === s.place.country && c.status === s.status)
          .map(dayOf)
          .find((d) => d) ?? null)
      : null;
  const keyed = stopsInOrder.map((s) => {
    const day = dayOf(s) ?? countryDay(s);
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
    implicit: s.implicit ?? false,
  }));
  const evidence = list.map((s) => {
    const sentence = a.sentences.find((x) => s.start >= x.start && s.end <= x.end)!;
    return ev.span(sentence.start, sentence.end);
  });
  return {
    id: hashId("trip", a.id, traveler.key, list[0]!.start) as Trip["id"],
    traveler_id: useActor(traveler) as Trip["traveler_id"],
    destinations,
    ...summariseStops(destinations),
    ordinal: null,
    ordinal_text: null,
    document_ids: [a.id as Trip["document_ids"][number]],
    conflicts: [],
    evidence: mergeEvidence(evidence),
    rule: [...new Set(list.map((s) => s.rule))].sort().join("+"),
  };
}
