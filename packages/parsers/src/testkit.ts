/**
 * What the phrasing tests read of an extraction, written once for the test files of each round (quotes, trips,
 * casualty figures).
 * Not part of the package's entry: only tests import it.
 */
import { analyse } from "./analysis.js";
import { extractDocument } from "./extract.js";
import { extractQuotes } from "./extractors/QuoteExtractor.js";
import { extractTrips } from "./extractors/TripExtractor.js";

/** The quotes of an article with a headline line, so that the first body paragraph is no heading. */
export function quotesIn(body: string, published = "2024-02-06") {
  return extractQuotes(analyse("t", `Headline\n\n${body}`, published)).map((q) => ({
    text: q.text,
    speaker: q.speaker?.name ?? null,
    kind: q.speaker?.kind ?? null,
    country: q.speaker?.country ?? null,
    mention: q.speakerMention?.text ?? null,
    cue: q.cue,
    partial: q.partial,
    rule: q.rule,
  }));
}

/** The quote whose words start with `start`. */
export const quotedIn = (body: string, start: string, published?: string) =>
  quotesIn(body, published).find((q) => q.text.startsWith(start));

/** A Wednesday: the publication day of the trip tests. */
export const TRIP_PUBLISHED = "2024-03-13";

/** The extractor's stop candidates: traveller, place, status. */
export const stopsIn = (text: string) =>
  extractTrips(analyse("t", text, TRIP_PUBLISHED)).stops.map((s) => [s.traveler.name, s.place.name, s.status]);

/** The trip records: traveller, then each stop as "place date status". */
export function tripsIn(text: string, published = TRIP_PUBLISHED) {
  const r = extractDocument(text, { id: "t", published });
  const actor = new Map(r.actors.map((x) => [x.id, x.name]));
  const place = new Map(r.places.map((x) => [x.id, x.name]));
  return r.trips.map((t) => [
    actor.get(t.traveler_id),
    ...t.destinations.map((d) => `${place.get(d.place_id)} ${d.date ?? "-"} ${d.status}`),
  ]);
}

/**
 * An article with a headline line read as the scene tests compare it: the meetings as "participant + participant
 * @place date status kind", and the trips as `tripsIn` writes them.
 */
export function scenesIn(text: string, published: string) {
  const body = `Headline\n\n${text}`;
  const r = extractDocument(body, { id: "s", published });
  const name = new Map([...r.actors, ...r.places].map((x) => [x.id, x.name]));
  const meetings = r.meetings.map((m) => {
    const who = m.participant_ids.map((i) => name.get(i)).join(" + ");
    return `${who} @${name.get(m.place_id ?? "") ?? "-"} ${m.date ?? "-"} ${m.status} ${m.kind}`;
  });
  return { meetings, trips: tripsIn(body, published) };
}

/** The casualty figures of a text, the fields the casualty rounds' tests compare ("y" when the figure is a part). */
export const figuresIn = (text: string, published = "2024-03-10") =>
  extractDocument(text, { id: "t", published }).casualty_figures.map((c) => ({
    count: c.count,
    q: c.qualifier,
    kind: c.kind,
    pop: c.population,
    src: c.attributed_to_text,
    asOf: c.as_of,
    part: c.part_of === null ? null : "y",
  }));
/** Each figure as "count kind". */
export const countsIn = (text: string) => figuresIn(text).map((f) => `${f.count} ${f.kind}`);
/** Each figure as "count source" ("-": none). */
export const sourcesIn = (text: string) => figuresIn(text).map((f) => `${f.count} ${f.src ?? "-"}`);
