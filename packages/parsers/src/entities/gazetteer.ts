/**
 * The gazetteer: places that news about Middle East diplomacy names (countries with ISO 3166-1 alpha-2 codes and
 * demonyms, cities, territories, regions and sites), from lexicon/gazetteer.json, with the lookups built on it.
 * Wikidata ids are left out until verified.
 */
import type { PlaceKind } from "@shuttle/core";
import { capitalAhead, escapeRegExp } from "../text/regex.js";
import { lexicon } from "../lexicon/index.js";

export interface PlaceEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  aliases: string[];
  /** Adjectives and people-nouns ("Israeli", "Israelis"), used for actors' countries and populations. */
  demonyms?: string[];
}

const G = lexicon.gazetteer;
const countries = G.countries as Array<{ code: string; name: string; aliases: string[]; demonyms: string[]; capital?: string }>;
const cities = G.cities as Array<{ name: string; country: string; aliases: string[] }>;
const others = G.others as PlaceEntry[];

// Letters that NFKD leaves whole ("ø", "ß", "ł"), spelt in Latin letters from the lexicon. Written here, not taken
// from a transliteration library: those are ESM-only (our CommonJS build could not load them) or ship 500 KB of
// tables for a dozen letters that names in this news use.
const LETTERS = lexicon.names.letters as Record<string, string>;
const UNDECOMPOSED = new RegExp(`[${Object.keys(LETTERS).join("")}]`, "g");

const NON_ASCII = /[\u0080-\uffff]/;

/** An id from a name: Latin letters and digits, lower case, joined by "-" ("Jonas Gahr Støre" → "jonas-gahr-store"). */
export function slug(text: string): string {
  // Most names are plain ASCII, which the letter table, NFKD and the accent strip leave as they are: skip them (slug
  // runs for every mention of a document).
  const latin = NON_ASCII.test(text)
    ? text
        .replace(UNDECOMPOSED, (c) => LETTERS[c]!)
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
    : text;
  return latin
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export const PLACES: PlaceEntry[] = [
  ...countries.map(({ code, name, aliases, demonyms }) => ({
    id: slug(name),
    name,
    kind: "country" as const,
    country: code,
    aliases,
    demonyms,
  })),
  ...cities.map(({ name, country, aliases }) => ({ id: slug(name), name, kind: "city" as const, country, aliases })),
  ...others,
];

export const PLACE_BY_ID = new Map(PLACES.map((p) => [p.id, p]));

/** Every surface form (name or alias, with and without a leading "the") to its place. */
export const PLACE_BY_NAME = new Map<string, PlaceEntry>();
for (const p of PLACES) {
  for (const n of [p.name, ...p.aliases]) {
    PLACE_BY_NAME.set(n, p);
    PLACE_BY_NAME.set(n.replace(/^the /, ""), p);
  }
}

/** Demonym ("Israeli", "Americans") to country code. */
export const COUNTRY_BY_DEMONYM = new Map<string, string>();
for (const p of PLACES) for (const d of p.demonyms ?? []) COUNTRY_BY_DEMONYM.set(d, p.country!);

/** "the Saudi capital", "the Jordanian capital": the capital of the demonym's country, where the gazetteer gives one. */
export const CAPITAL_BY_DEMONYM = new Map<string, PlaceEntry>();
for (const c of countries) {
  const city = c.capital ? PLACE_BY_NAME.get(c.capital) : undefined;
  if (city) for (const d of c.demonyms) CAPITAL_BY_DEMONYM.set(d, city);
}
export const CAPITAL_PHRASE_RE = new RegExp(
  String.raw`(?<![\p{L}])[Tt]he (?<demonym>${[...CAPITAL_BY_DEMONYM.keys()].map(escapeRegExp).join("|")}) capital(?![\p{L}])`,
  "gu",
);

/** One regex over all place names, longest first so "East Jerusalem" wins over "Jerusalem". */
export const PLACE_NAME_RE = new RegExp(
  `${capitalAhead("toa")}(?=\\p{Lu}|the |occupied |al-)(?<![\\p{L}\\p{N}-])(?:${[...PLACE_BY_NAME.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![\\p{L}\\p{N}]|-\\p{L})`,
  "gu",
);
