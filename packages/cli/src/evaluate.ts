/**
 * Evaluation against the gold annotations (corpus/gold/*.json, see CONVENTIONS.md there): precision,
 * recall and F1 per record type, and the accuracy of dates on matched records. Records are compared per
 * document, as extractDocument produces them from the text and the manifest's metadata.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Extraction } from "@shuttle/parsers";
import { extractWithRecord } from "@shuttle/reference";
import { readManifest } from "./corpus.js";
import { readArticle } from "./io.js";

interface GoldQuote {
  text: string;
  speaker: string | null;
  partial?: boolean;
  date?: string | null;
}
interface GoldFigure {
  kind: string;
  count: number;
  qualifier: string;
  population?: string | null;
  place?: string | null;
  attributed_to?: string;
  as_of?: string | null;
  part_of?: number;
}
interface GoldMeeting {
  participants: string[];
  status: string;
  kind?: string;
  date?: string | null;
  place?: string | null;
}
interface GoldStop {
  traveler: string;
  place: string;
  status: string;
  date?: string | null;
}
interface Gold {
  document_id: string;
  quotes: GoldQuote[];
  casualty_figures: GoldFigure[];
  meetings: GoldMeeting[];
  trips: GoldStop[];
}

export const TYPES = ["quotes", "quotes_with_speaker", "casualty_figures", "meetings", "trips"] as const;
export type EvalType = (typeof TYPES)[number];

export interface Score {
  gold: number;
  predicted: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface Evaluation {
  scores: Record<EvalType, Score>;
  dates: { correct: number; total: number; accuracy: number };
  places: { correct: number; total: number; accuracy: number };
  misses: string[];
}

const norm = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
function jaccard(a: string, b: string): number {
  const x = new Set(norm(a).split(" "));
  const y = new Set(norm(b).split(" "));
  const inter = [...x].filter((w) => y.has(w)).length;
  return inter / (x.size + y.size - inter || 1);
}
/** Gold ids match exactly; "~word" matches any id containing word; null matches null. */
export function idMatches(gold: string | null | undefined, predicted: string | null | undefined): boolean {
  if (gold === null || gold === undefined) return predicted === null || predicted === undefined;
  if (!predicted) return false;
  return gold.startsWith("~") ? predicted.includes(gold.slice(1)) : gold === predicted;
}
function pairMatches(gold: string[], predicted: string[]): boolean {
  if (gold.length !== predicted.length) return false;
  const used = new Set<number>();
  return gold.every((g) => {
    const i = predicted.findIndex((p, k) => !used.has(k) && idMatches(g, p));
    if (i < 0) return false;
    used.add(i);
    return true;
  });
}

/** Greedy one-to-one matching; returns matched (gold index → predicted index). */
function match<G, P>(gold: G[], predicted: P[], same: (g: G, p: P) => boolean): Map<number, number> {
  const out = new Map<number, number>();
  const used = new Set<number>();
  gold.forEach((g, gi) => {
    const pi = predicted.findIndex((p, k) => !used.has(k) && same(g, p));
    if (pi >= 0) {
      out.set(gi, pi);
      used.add(pi);
    }
  });
  return out;
}

const score = (gold: number, predicted: number, tp: number): Score => {
  const precision = predicted ? tp / predicted : gold ? 0 : 1;
  const recall = gold ? tp / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, tp, precision, recall, f1 };
};

/**
 * Evaluates the parsers on one set: `dir` holds manifest.json and the articles, `dir/gold` the annotations
 * (the corpus: corpus/; the development set: eval/dev/).
 */
export function evaluate(dir: string): Evaluation {
  const goldDir = join(dir, "gold");
  const manifest = readManifest(dir);
  const totals = Object.fromEntries(TYPES.map((t) => [t, { gold: 0, predicted: 0, tp: 0 }])) as Record<
    EvalType,
    { gold: number; predicted: number; tp: number }
  >;
  const dates = { correct: 0, total: 0 };
  const places = { correct: 0, total: 0 };
  const misses: string[] = [];
  for (const file of readdirSync(goldDir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), "utf8")) as Gold;
    const meta = manifest.documents.find((d) => d.id === gold.document_id);
    if (!meta) throw new Error(`${file}: document ${gold.document_id} is not in the manifest`);
    // The build's pipeline: documents without a date are dated from the official record.
    const e: Extraction = extractWithRecord(readArticle(join(dir, meta.file)), { ...meta, published_basis: "manifest" }).extraction;
    const doc = gold.document_id.split("_")[0]!;
    const dateCheck = (what: string, g: { date?: string | null; as_of?: string | null }, p: string | null) => {
      const want = "date" in g ? g.date : "as_of" in g ? g.as_of : undefined;
      if (want === undefined) return;
      dates.total++;
      if (want === p) dates.correct++;
      else misses.push(`${doc} date of ${what}: gold ${want}, got ${p}`);
    };
    const placeCheck = (what: string, g: { place?: string | null }, p: string | null) => {
      if (!("place" in g)) return;
      places.total++;
      if (g.place === p) places.correct++;
      else misses.push(`${doc} place of ${what}: gold ${g.place}, got ${p}`);
    };
    const tally = <G, P>(type: EvalType, g: G[], p: P[], m: Map<number, number>, label: (x: G | P) => string) => {
      totals[type].gold += g.length;
      totals[type].predicted += p.length;
      totals[type].tp += m.size;
      g.forEach((x, i) => {
        if (!m.has(i)) misses.push(`${doc} ${type} missed: ${label(x)}`);
      });
      const hit = new Set(m.values());
      p.forEach((x, i) => {
        if (!hit.has(i)) misses.push(`${doc} ${type} extra: ${label(x)}`);
      });
    };

    const qm = match(gold.quotes, e.quotes, (g, p) => jaccard(g.text, p.text) >= 0.8);
    tally("quotes", gold.quotes, e.quotes, qm, (x) => JSON.stringify(x.text.slice(0, 50)));
    const qsm = match(gold.quotes, e.quotes, (g, p) => jaccard(g.text, p.text) >= 0.8 && idMatches(g.speaker, p.speaker_id));
    tally(
      "quotes_with_speaker",
      gold.quotes,
      e.quotes,
      qsm,
      (x) => `${JSON.stringify(x.text.slice(0, 40))} by ${"speaker" in x ? x.speaker : x.speaker_id}`,
    );
    for (const [gi, pi] of qm)
      dateCheck(`quote ${JSON.stringify(gold.quotes[gi]!.text.slice(0, 30))}`, gold.quotes[gi]!, e.quotes[pi]!.date);

    const cm = match(
      gold.casualty_figures,
      e.casualty_figures,
      (g, p) => g.kind === p.kind && g.count === p.count && g.qualifier === p.qualifier,
    );
    tally(
      "casualty_figures",
      gold.casualty_figures,
      e.casualty_figures,
      cm,
      (x) => `${x.kind} ${"count_text" in x ? x.count_text : `${x.qualifier} ${x.count}`}`,
    );
    for (const [gi, pi] of cm) {
      dateCheck(`figure ${gold.casualty_figures[gi]!.count}`, gold.casualty_figures[gi]!, e.casualty_figures[pi]!.as_of);
      placeCheck(`figure ${gold.casualty_figures[gi]!.count}`, gold.casualty_figures[gi]!, e.casualty_figures[pi]!.place_id);
    }

    // The gold lists meetings as pairs (subject, counterpart); an encounter of several participants counts as
    // the pairs of its first participant with each of the others.
    const pairs = e.meetings.flatMap((m) => m.participant_ids.slice(1).map((p) => ({ ...m, participant_ids: [m.participant_ids[0]!, p] })));
    const mm = match(gold.meetings, pairs, (g, p) => pairMatches(g.participants, p.participant_ids) && g.status === p.status);
    tally(
      "meetings",
      gold.meetings,
      pairs,
      mm,
      (x) => `${("participants" in x ? x.participants : x.participant_ids).join("+")} ${x.status}`,
    );
    for (const [gi, pi] of mm) {
      dateCheck(`meeting ${gold.meetings[gi]!.participants.join("+")}`, gold.meetings[gi]!, pairs[pi]!.date);
      placeCheck(`meeting ${gold.meetings[gi]!.participants.join("+")}`, gold.meetings[gi]!, pairs[pi]!.place_id);
    }

    // The gold of these sets lists a city, or a country where no city of it is named, and no implicit stops:
    // an implicit stop and a country beside a city of its own are scored only when the gold has them.
    const countryOf = new Map(e.places.map((p) => [p.id as string, p.country]));
    const allStops = e.trips.flatMap((t) =>
      t.destinations.map((d) => ({
        traveler: t.traveler_id as string,
        place: d.place_id as string,
        status: d.status,
        date: d.date,
        neutral:
          d.implicit ||
          (["country", "territory"].includes(e.places.find((p) => p.id === d.place_id)?.kind ?? "") &&
            t.destinations.some((o) => o !== d && o.place_id !== d.place_id && countryOf.get(o.place_id) === countryOf.get(d.place_id))),
      })),
    );
    const inGold = (p: (typeof allStops)[number]) =>
      gold.trips.some((g) => idMatches(g.traveler, p.traveler) && g.place === p.place && g.status === p.status);
    const stops = allStops.filter((p) => !p.neutral || inGold(p));
    const sm = match(gold.trips, stops, (g, p) => idMatches(g.traveler, p.traveler) && g.place === p.place && g.status === p.status);
    tally("trips", gold.trips, stops, sm, (x) => `${x.traveler} → ${x.place} ${x.status}`);
    for (const [gi, pi] of sm) dateCheck(`stop ${gold.trips[gi]!.place}`, gold.trips[gi]!, stops[pi]!.date);
  }
  const scores = Object.fromEntries(TYPES.map((t) => [t, score(totals[t].gold, totals[t].predicted, totals[t].tp)])) as Record<
    EvalType,
    Score
  >;
  const accuracy = (x: { correct: number; total: number }) => ({ ...x, accuracy: x.total ? x.correct / x.total : 1 });
  return { scores, dates: accuracy(dates), places: accuracy(places), misses };
}

export function formatEvaluation(ev: Evaluation, verbose: boolean): string {
  const f = (n: number) => n.toFixed(3);
  const lines = ["type                  gold  pred    tp  precision  recall     F1"];
  for (const t of TYPES) {
    const s = ev.scores[t];
    lines.push(
      `${t.padEnd(20)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} ` +
        `${String(s.tp).padStart(5)}      ${f(s.precision)}   ${f(s.recall)}  ${f(s.f1)}`,
    );
  }
  lines.push(`dates (matched records with a gold date): ${ev.dates.correct}/${ev.dates.total} = ${f(ev.dates.accuracy)}`);
  lines.push(`places (matched meetings and figures with a gold place): ${ev.places.correct}/${ev.places.total} = ${f(ev.places.accuracy)}`);
  if (verbose) lines.push("", ...ev.misses);
  return lines.join("\n") + "\n";
}
