/**
 * Trip records: one per traveller per document, stops merged by place and ordered, with the stops a meeting held
 * abroad implies.
 */
import type { Trip, TripStop } from "@shuttle/core";
import type { DocActor } from "../entities/resolve.js";
import { mergeEvidence } from "../evidence.js";
import type { MeetingCandidate } from "../extractors/MeetingExtractor.js";
import type { OrdinalCandidate, StopCandidate } from "../extractors/TripExtractor.js";
import { hashId } from "../ids.js";
import type { RecordBuilder } from "../records/builder.js";
import { summariseStops } from "./tripSummary.js";
import { segmentAt } from "../text/sorted.js";
import { type Analysis, mentionsBetween } from "../analysis.js";
import { PLACE_BY_NAME, type PlaceEntry } from "../entities/gazetteer.js";
import { alternation, lexicon, verbs } from "../lexicon/index.js";

/**
 * Implicit travel: a meeting held in a place puts there the participants who are not at home, when the text
 * does not say they travelled; a meeting planned there is a planned stop of its subject. A participant is away
 * when their country is known and differs from the place's, or, unknown, when another participant is of that
 * country (Herzog of Israel met Blinken in Tel Aviv), or when they already travel in this article.
 */
/** "was greeted by", "is welcomed by": the subject of a passive greeting is the one who came. */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|being|been)\s+(?:\w+ly\s+)?$/i;

/**
 * "hosted Haniyeh at Dolmabahce Palace in Istanbul": a meeting at a site the text sets in a city puts the guest in that
 * city (a stop is a city, and a site the gazetteer does not know has no country to tell who is abroad).
 */
const CITY_NAMED_SITE = new RegExp(String.raw`^(?<city>.+?)\s+(?:${alternation(lexicon.gazetteer.city_named_sites)})$`, "u");
function siteCity(a: Analysis, m: MeetingCandidate): PlaceEntry | null {
  if (m.place?.kind !== "site") return null;
  // "received X at Cairo International Airport": an airport that bears a city's name serves that city.
  const named = CITY_NAMED_SITE.exec(m.place.name)?.groups?.city;
  const city = named ? PLACE_BY_NAME.get(named) : undefined;
  if (city?.kind === "city") return city;
  const ms = mentionsBetween(a, m.sentence.start, m.sentence.end);
  for (const [i, x] of ms.entries()) {
    const next = ms[i + 1];
    if (x.place === m.place && next?.place?.kind === "city" && /^,?\s+in\s+$/.test(a.text.slice(x.end, next.start))) return next.place;
  }
  return null;
}

/**
 * "Qatar's emir received Amir-Abdollahian on Saturday", "King Abdullah hosted Scholz": the subject of an active verb of
 * receiving a guest is at home, wherever the text seems to set the meeting; the guest is the one who came.
 */
const M = lexicon["meeting-verbs"];
const HOSTING = new RegExp(String.raw`^(?:${verbs([...M.hosted_by, ...M.welcome_to], ["s", "past", "ing"])})\b`, "i");

function implicitStops(
  a: Analysis,
  meetings: readonly MeetingCandidate[],
  stops: readonly StopCandidate[],
  textBefore: (pos: number) => string,
  sentenceStart: (pos: number) => number,
): StopCandidate[] {
  const out: StopCandidate[] = [];
  const travellers = new Set(stops.map((s) => s.traveler));
  for (const m of meetings) {
    const place = siteCity(a, m) ?? m.place;
    // A planned meeting abroad ("will meet Netanyahu in Jerusalem") is a planned stop there.
    if (!["held", "planned"].includes(m.status) || !place?.country || m.kind === "call" || place.kind === "region") continue;
    // "had met twice in Jordan": the pluperfect tells of an earlier journey, not this one.
    if (/\bhad\s+(?:\w+\s+)?$/i.test(textBefore(m.trigger))) continue;
    const local = m.participants.some((p) => p.country === place.country);
    // A summary ("met Jordan's top leaders in Amman") places the traveller only when its group is of that country.
    if (m.summary && m.participants[1]?.country !== place.country) continue;
    // A plan moves only its subject: the counterparts of "will meet X in Jerusalem" are usually the hosts.
    for (const p of m.status === "held" ? m.participants : m.participants.slice(0, 1)) {
      if (p.kind !== "person") continue;
      // "was greeted by Netanyahu on the tarmac at Ben Gurion airport": the one greeted on arrival is the guest.
      const guest = m.kind === "greeting" && p === m.participants[0] && PASSIVE_BEFORE.test(textBefore(m.trigger));
      const host =
        p === m.participants[0] && HOSTING.test(a.text.slice(m.trigger, m.trigger + 20)) && !PASSIVE_BEFORE.test(textBefore(m.trigger));
      if (host) continue;
      const away = p.country ? p.country !== place.country : local || guest || travellers.has(p);
      if (!away) continue;
      out.push({
        traveler: p,
        place,
        status: m.status === "held" ? "completed" : "planned",
        date: m.date,
        start: m.trigger,
        end: m.trigger + 1,
        rule: "TripExtractor/implicit-meeting",
        implicit: true,
        // "headed to Egypt after meeting the crown prince in Riyadh": the meeting's place comes before the sentence's.
        ...(/\b(?:after|following)\s+$/i.test(textBefore(m.trigger)) ? { orderAt: sentenceStart(m.trigger) } : {}),
      });
    }
  }
  return out;
}

export function tripRecords(
  rb: RecordBuilder,
  stops: readonly StopCandidate[],
  ordinals: readonly OrdinalCandidate[],
  allMeetings: readonly MeetingCandidate[],
  meetings: readonly MeetingCandidate[],
  datedStops: ReadonlySet<StopCandidate>,
): { trips: Trip[]; tripOf: Map<DocActor, Trip> } {
  const a = rb.a;
  // Implicit stops take their place in the order of the text.
  const implicit = implicitStops(
    a,
    allMeetings,
    stops,
    (pos) => a.text.slice(Math.max(0, pos - 20), pos),
    (pos) => segmentAt(a.sentences, pos)?.start ?? pos,
  );
  const allStops = [...stops, ...implicit].sort((x, y) => (x.orderAt ?? x.start) - (y.orderAt ?? y.start) || x.start - y.start);
  // A stop written as earlier than its sentence's scene ("arrived in Israel from Jordan on Tuesday", "after a tour of
  // Jordan and Iraq") is not on the scene's day: a date the scene lent it is taken back.
  for (const s of allStops) if (datedStops.has(s) && s.orderAt !== undefined && s.orderAt < s.start) s.date = null;
  const trips: Trip[] = [];
  const tripOf = new Map<DocActor, Trip>();
  const byTraveler = new Map<DocActor, StopCandidate[]>();
  for (const s of allStops) byTraveler.set(s.traveler, [...(byTraveler.get(s.traveler) ?? []), s]);
  for (const [traveler, all] of byTraveler) {
    // "Blinken first traveled to Israel on Oct. 12" in a report of his seventh trip: a stop of another journey is a trip
    // of its own; the current trip (its latest journey) keeps the ordinal and the meetings.
    const journeys = splitJourneys(all, datedStops);
    // An earlier journey's id names its place among them: two journeys may open with stops of one trigger.
    for (const [i, list] of journeys.slice(0, -1).entries()) trips.push(buildTrip(rb, traveler, list, meetings, `journey ${i}`));
    const list = journeys[journeys.length - 1]!;
    const trip = buildTrip(rb, traveler, list, meetings);
    const ord = ordinals.find((o) => o.traveler === traveler);
    if (ord) {
      trip.ordinal = ord.ordinal;
      trip.ordinal_text = ord.text;
      trip.evidence = mergeEvidence(trip.evidence, [rb.span(ord.start, ord.end)]);
    }
    if (list.some((s) => s.implicit)) a.trace?.refine(trip, "refiner/implicit-stop");
    if (list.some((s) => datedStops.has(s))) a.trace?.refine(trip, "refiner/event-dates");
    trips.push(trip);
    tripOf.set(traveler, trip);
  }
  return { trips, tripOf };
}

/** Days between two ISO dates. */
function daysBetween(x: string, y: string): number {
  return Math.abs(Date.parse(`${x}T00:00:00Z`) - Date.parse(`${y}T00:00:00Z`)) / 86_400_000;
}

/** The first and last day a date may mean: a month or week is a span, a year too ("in 2020"). */
function spanOf(d: NonNullable<StopCandidate["date"]>): [string, string] {
  const from = d.date!;
  const end = new Date(`${from}T00:00:00Z`);
  if (d.precision === "year") end.setUTCFullYear(end.getUTCFullYear() + 1, 0, 0);
  else if (d.precision === "month") end.setUTCMonth(end.getUTCMonth() + 1, 0);
  else if (d.precision === "week") end.setUTCDate(end.getUTCDate() + 6);
  return [from, end.toISOString().slice(0, 10)];
}

/**
 * A gap this long between a traveller's dated stops parts two journeys: a tour moves on within days, while background
 * ("last visited Riyadh in April", "In 2020, he flew to Washington") lies months back.
 */
const JOURNEY_GAP_DAYS = 14;

/**
 * A traveller's stops as journeys, oldest first. Dated stops are grouped by their dates, a new journey where the
 * dates leave a gap of more than JOURNEY_GAP_DAYS (a month is as near as its nearest day); undated stops and those the
 * event-date refiner dated go with the latest journey, the one the article reports, as do all stops when nothing parts them.
 */
function splitJourneys(list: StopCandidate[], lent: ReadonlySet<StopCandidate>): StopCandidate[][] {
  // A date the event-date refiner lent from the scene or the publication day is no evidence of another journey.
  const dated = list.filter((s) => s.date?.date && !lent.has(s)).map((s) => ({ s, span: spanOf(s.date!) }));
  dated.sort((x, y) => (x.span[0] < y.span[0] ? -1 : x.span[0] > y.span[0] ? 1 : 0));
  const groups: StopCandidate[][] = [];
  let end = "";
  for (const { s, span } of dated) {
    if (!groups.length || (span[0] > end && daysBetween(span[0], end) > JOURNEY_GAP_DAYS)) groups.push([]);
    groups[groups.length - 1]!.push(s);
    if (span[1] > end) end = span[1];
  }
  if (groups.length < 2) return [list];
  const journeyOf = new Map<StopCandidate, number>();
  groups.forEach((g, i) => {
    for (const s of g) journeyOf.set(s, i);
  });
  const last = groups.length - 1;
  // "returned to Cairo on Thursday, weeks after last month's visit to the Egyptian capital": an earlier journey's stop in
  // a city of the latest journey is left out, so the current stop keeps its own day and the city is told once.
  const current = new Set(list.filter((s) => (journeyOf.get(s) ?? last) === last).map((s) => s.place.id));
  for (const [s, i] of journeyOf) if (i < last && current.has(s.place.id)) journeyOf.set(s, -1);
  // Back in text order inside each journey.
  return groups.map((_, i) => list.filter((s) => (journeyOf.get(s) ?? last) === i)).filter((g) => g.length);
}

function buildTrip(
  rb: RecordBuilder,
  traveler: DocActor,
  list: StopCandidate[],
  meetings: readonly MeetingCandidate[],
  journey?: string,
): Trip {
  const a = rb.a;
  // A country and its city are both stops when both are named ("arrived in Israel … in Tel Aviv"); an implicit
  // country is not added beside a city.
  const kept = list;
  const byPlace = new Map<string, StopCandidate & { order: number }>();
  kept.forEach((s, order) => {
    const prev = byPlace.get(s.place.id);
    if (!prev) byPlace.set(s.place.id, { ...s, order });
    else {
      // A headline's stop takes its place in the order from the body, which tells the journey in sequence.
      if (prev.headline && !s.headline) {
        prev.order = order;
        prev.headline = false;
      }
      prev.orderDate ??= s.orderDate;
      if (s.status === "completed") prev.status = "completed";
      // The stop's date is its arrival: a described arrival before a meeting there, else the earliest day. A day
      // beats a month or week ("returned to Cairo on Thursday, weeks after last month's visit to the Egyptian capital").
      const isDay = (d: StopCandidate["date"]) => Boolean(d?.date) && d!.precision === "day";
      const earlier = (x: StopCandidate["date"], y: StopCandidate["date"]) => (isDay(x) !== isDay(y) ? isDay(x) : x!.date! < y!.date!);
      const better =
        prev.implicit && !s.implicit
          ? s.date?.date
          : s.date?.date && (!prev.date?.date || (s.implicit === prev.implicit && earlier(s.date, prev.date)));
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
  // An undated earlier stop ("after stops in Jordan") is ordered by the day of the stop its sentence reports.
  const orderDay = (s: StopCandidate) => dayOf(s) ?? s.orderDate ?? null;
  const countryDay = (s: StopCandidate) =>
    s.place.kind === "country"
      ? (stopsInOrder
          .filter((c) => c !== s && c.place.country === s.place.country && c.status === s.status)
          .map(dayOf)
          .find((d) => d) ?? null)
      : null;
  // In a journey that is all plan ("will travel to Israel and Jordan … flying on to Aqaba on Sunday"), an undated
  // stop keeps its written place among the dated ones, as a completed stop does.
  const allPlanned = stopsInOrder.every((s) => s.status === "planned");
  // A stop dated by a week that ended before the day of the stops told before it ("spent the weekend in Abu Dhabi" after
  // Monday's stops) came before them: it is ordered by its week's Monday.
  const weekBefore = (s: StopCandidate) => {
    if (s.date?.precision !== "week" || !s.date.date || !lastDate) return null;
    const end = new Date(`${s.date.date}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 6);
    return end.toISOString().slice(0, 10) < lastDate ? s.date.date : null;
  };
  const keyed = stopsInOrder.map((s) => {
    const day = orderDay(s) ?? countryDay(s);
    const d = day ?? weekBefore(s) ?? (s.status === "planned" && !allPlanned ? "9999-12-31" : lastDate);
    if (day) lastDate = day;
    return { s, d };
  });
  keyed.sort((x, y) => (x.d < y.d ? -1 : x.d > y.d ? 1 : x.s.order - y.s.order));
  const destinations: TripStop[] = keyed.map(({ s }, i) => ({
    position: i + 1,
    place_id: rb.place(s.place) as TripStop["place_id"],
    date: s.date?.date ?? null,
    date_precision: s.date?.date ? s.date.precision : null,
    date_basis: s.date?.date ? s.date.basis : null,
    status: s.status,
    implicit: s.implicit ?? false,
  }));
  const evidence = list.map((s) => {
    const sentence = segmentAt(a.sentences, s.start)!;
    return rb.span(sentence.start, sentence.end);
  });
  return {
    id: (journey
      ? hashId("trip", a.id, traveler.key, list[0]!.start, journey)
      : hashId("trip", a.id, traveler.key, list[0]!.start)) as Trip["id"],
    traveler_id: rb.actor(traveler) as Trip["traveler_id"],
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
