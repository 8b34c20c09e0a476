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

export type { Actor, CasualtyFigure, Dataset, DocumentRecord, Evidence, Meeting, OfficialLeg, Place, Quote, TableName, Trip, TripStop } from "@shuttle/core";

/** The data package's version (also written in datapackage.json and every JSON file). */
export const version: string = pkg.version;

export const documents = documentsFile.records as unknown as DocumentRecord[];
export const actors = actorsFile.records as unknown as Actor[];
export const places = placesFile.records as unknown as Place[];
export const trips = tripsFile.records as unknown as Trip[];
export const meetings = meetingsFile.records as unknown as Meeting[];
export const casualtyFigures = casualtyFiguresFile.records as unknown as CasualtyFigure[];
export const quotes = quotesFile.records as unknown as Quote[];
/** Legs of the US Office of the Historian's record of travels that trips, meetings and documents refer to. */
export const officialLegs = officialLegsFile.records as unknown as OfficialLeg[];

/** All tables, keyed as in the files (snake_case). */
export const dataset: Dataset = { official_legs: officialLegs, documents, actors, places, trips, meetings, casualty_figures: casualtyFigures, quotes };

export const tableNames: readonly TableName[] = ["official_legs", "documents", "actors", "places", "trips", "meetings", "casualty_figures", "quotes"];

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

/** Fetches one table's records from the CDN (browsers, Deno, Observable): typed like the bundled ones. */
export async function fetchTable<T extends TableName>(name: T, options: { fetch?: typeof fetch; baseUrl?: string } = {}): Promise<Dataset[T]> {
  const f = options.fetch ?? fetch;
  const url = options.baseUrl ? `${options.baseUrl.replace(/\/$/, "")}/${name}.json` : urls.json[name];
  const res = await f(url);
  if (!res.ok) throw new Error(`fetchTable(${name}): ${url} answered ${res.status}`);
  const body = (await res.json()) as { records: Dataset[T] };
  return body.records;
}
