/**
 * @shuttle/data: the records of the Shuttle dataset, typed, for ESM and CommonJS; the files' version-pinned
 * CDN URLs and small loaders for notebooks and browsers.
 */
import type { Actor, CasualtyFigure, Dataset, DocumentRecord, Meeting, OfficialLeg, Place, Quote, TableName, Trip } from "@shuttle/core";
import pkg from "../package.json";
import documentsFile from "../data/documents.json";
import actorsFile from "../data/actors.json";
import placesFile from "../data/places.json";
import tripsFile from "../data/trips.json";
import meetingsFile from "../data/meetings.json";
import casualtyFiguresFile from "../data/casualty_figures.json";
import quotesFile from "../data/quotes.json";
import officialLegsFile from "../data/official_legs.json";

export type {
  Actor,
  CasualtyFigure,
  Dataset,
  DocumentRecord,
  Evidence,
  Meeting,
  OfficialLeg,
  Place,
  Quote,
  TableName,
  Trip,
  TripStop,
} from "@shuttle/core";

/** The data package's version (also written in datapackage.json). */
export const version: string = pkg.version;

export const documents = documentsFile as unknown as DocumentRecord[];
export const actors = actorsFile as unknown as Actor[];
export const places = placesFile as unknown as Place[];
export const trips = tripsFile as unknown as Trip[];
export const meetings = meetingsFile as unknown as Meeting[];
export const casualtyFigures = casualtyFiguresFile as unknown as CasualtyFigure[];
export const quotes = quotesFile as unknown as Quote[];
/** Legs of the US Office of the Historian's record of travels that trips, meetings and documents refer to. */
export const officialLegs = officialLegsFile as unknown as OfficialLeg[];

/** All tables, keyed as in the files (snake_case). */
export const dataset: Dataset = {
  official_legs: officialLegs,
  documents,
  actors,
  places,
  trips,
  meetings,
  casualty_figures: casualtyFigures,
  quotes,
};

export const tableNames: readonly TableName[] = [
  "official_legs",
  "documents",
  "actors",
  "places",
  "trips",
  "meetings",
  "casualty_figures",
  "quotes",
];

/** Version-pinned CDN URL of any file of the package's data/ folder, e.g. cdnUrl("trips.csv"). */
export function cdnUrl(file: string, cdn: "jsdelivr" | "unpkg" = "jsdelivr"): string {
  const base = cdn === "jsdelivr" ? "https://cdn.jsdelivr.net/npm" : "https://unpkg.com";
  return `${base}/${pkg.name}@${version}/data/${file}`;
}

/** URLs of every table's CSV and JSON file and of datapackage.json, pinned to this version. */
export const urls = {
  datapackage: cdnUrl("datapackage.json"),
  csv: Object.fromEntries(tableNames.map((t) => [t, cdnUrl(`${t}.csv`)])) as Record<TableName, string>,
  json: Object.fromEntries(tableNames.map((t) => [t, cdnUrl(`${t}.json`)])) as Record<TableName, string>,
};

/**
 * Fetches one table's records from the CDN (browsers, Deno, Observable): typed like the bundled ones.
 * Only the seven tables have JSON files; a link table such as `meeting_participants` is a list inside its
 * owner's records (`meetings[i].participant_ids`) and a CSV file (`cdnUrl("meeting_participants.csv")`).
 */
export async function fetchTable<T extends TableName>(
  name: T,
  options: { fetch?: typeof fetch; baseUrl?: string } = {},
): Promise<Dataset[T]> {
  if (!tableNames.includes(name)) {
    const hint = "link tables are lists inside their owner's records";
    throw new Error(`fetchTable: "${String(name)}" is not a table; tables: ${tableNames.join(", ")} (${hint})`);
  }
  const f = options.fetch ?? fetch;
  const url = options.baseUrl ? `${options.baseUrl.replace(/\/$/, "")}/${name}.json` : urls.json[name];
  const res = await f(url);
  if (!res.ok) throw new Error(`fetchTable(${name}): ${url} answered ${res.status}`);
  return (await res.json()) as Dataset[T];
}

/** Fields that hold actor or place ids, and the name field withNames adds for each (as in the flat CSV views). */
export const nameFields = {
  traveler_id: { table: "actors", name: "traveler" },
  participant_ids: { table: "actors", name: "participants" },
  speaker_id: { table: "actors", name: "speaker" },
  attributed_to_id: { table: "actors", name: "attributed_to" },
  place_id: { table: "places", name: "place" },
} as const;
type NameFields = typeof nameFields;
type IdField = keyof NameFields;

/** A record with a name beside each actor or place id it holds; trip stops get their place name. */
export type WithNames<T> = (T extends { destinations: ReadonlyArray<infer S> }
  ? Omit<T, "destinations"> & { destinations: Array<WithNames<S>> }
  : T) & {
  -readonly [K in keyof T & IdField as NameFields[K]["name"]]: T[K] extends readonly unknown[]
    ? string[]
    : T[K] extends string
      ? string
      : string | null;
};

const nameOf = {
  actors: new Map(actors.map((a) => [a.id as string, a.name])),
  places: new Map(places.map((p) => [p.id as string, p.name])),
};

function addNames(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  for (const [field, { table, name }] of Object.entries(nameFields)) {
    if (!(field in record)) continue;
    const v = record[field];
    const lookup = (id: unknown) => (typeof id === "string" ? (nameOf[table].get(id) ?? id) : null);
    out[name] = Array.isArray(v) ? v.map(lookup) : lookup(v);
  }
  if (Array.isArray(record.destinations)) out.destinations = (record.destinations as Array<Record<string, unknown>>).map(addNames);
  return out;
}

/**
 * The records with actor and place names joined on: `withNames(meetings)[0].participants` → ["Antony Blinken",
 * "Benjamin Netanyahu"], `.place` → "Tel Aviv". Ids stay; an id without a known name keeps the id as its name.
 */
export function withNames<T extends object>(records: readonly T[]): Array<WithNames<T>> {
  return records.map((r) => addNames(r as Record<string, unknown>) as WithNames<T>);
}
