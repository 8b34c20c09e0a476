/**
 * A small gazetteer of places that news about Middle East diplomacy names: countries (ISO 3166-1 alpha-2,
 * with demonyms used as adjectives), cities, territories, regions and sites. It is general knowledge, not
 * a list of the corpus's places; extend it freely. Wikidata ids are left out until verified.
 */
import type { PlaceKind } from "@shuttle/core";
import { escapeRegExp } from "../text/regex.js";

export interface PlaceEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  aliases: string[];
  /** Adjectives and people-nouns ("Israeli", "Israelis"), used for actors' countries and populations. */
  demonyms?: string[];
}

const countries: Array<[string, string, string[], string[]]> = [
  // [ISO code, name, aliases, demonyms]
  [
    "US",
    "United States",
    ["U.S.", "US", "USA", "U.S.A.", "America", "the United States", "the US", "the U.S."],
    ["American", "Americans", "US", "U.S."],
  ],
  ["IL", "Israel", [], ["Israeli", "Israelis"]],
  [
    "PS",
    "Palestine",
    ["State of Palestine", "Palestinian territories", "occupied Palestinian territories"],
    ["Palestinian", "Palestinians"],
  ],
  ["EG", "Egypt", [], ["Egyptian", "Egyptians"]],
  ["JO", "Jordan", [], ["Jordanian", "Jordanians"]],
  ["SA", "Saudi Arabia", [], ["Saudi", "Saudis"]],
  ["QA", "Qatar", [], ["Qatari", "Qataris"]],
  ["AE", "United Arab Emirates", ["UAE", "the UAE", "the United Arab Emirates", "Emirates"], ["Emirati", "Emiratis"]],
  ["TR", "Turkey", ["Türkiye", "Turkiye"], ["Turkish", "Turks"]],
  ["LB", "Lebanon", [], ["Lebanese"]],
  ["SY", "Syria", [], ["Syrian", "Syrians"]],
  ["IQ", "Iraq", [], ["Iraqi", "Iraqis"]],
  ["IR", "Iran", [], ["Iranian", "Iranians"]],
  ["YE", "Yemen", [], ["Yemeni", "Yemenis"]],
  ["OM", "Oman", [], ["Omani", "Omanis"]],
  ["BH", "Bahrain", [], ["Bahraini", "Bahrainis"]],
  ["KW", "Kuwait", [], ["Kuwaiti", "Kuwaitis"]],
  ["CY", "Cyprus", [], ["Cypriot", "Cypriots"]],
  ["MA", "Morocco", [], ["Moroccan", "Moroccans"]],
  ["DZ", "Algeria", [], ["Algerian", "Algerians"]],
  ["TN", "Tunisia", [], ["Tunisian", "Tunisians"]],
  ["LY", "Libya", [], ["Libyan", "Libyans"]],
  ["SD", "Sudan", [], ["Sudanese"]],
  ["GB", "United Kingdom", ["UK", "U.K.", "Britain", "Great Britain", "the UK", "the United Kingdom"], ["British", "Britons"]],
  ["FR", "France", [], ["French"]],
  ["DE", "Germany", [], ["German", "Germans"]],
  ["IT", "Italy", [], ["Italian", "Italians"]],
  ["ES", "Spain", [], ["Spanish"]],
  ["NL", "Netherlands", ["the Netherlands", "Holland"], ["Dutch"]],
  ["BE", "Belgium", [], ["Belgian", "Belgians"]],
  ["IE", "Ireland", [], ["Irish"]],
  ["NO", "Norway", [], ["Norwegian", "Norwegians"]],
  ["SE", "Sweden", [], ["Swedish", "Swedes"]],
  ["CH", "Switzerland", [], ["Swiss"]],
  ["AT", "Austria", [], ["Austrian", "Austrians"]],
  ["PL", "Poland", [], ["Polish", "Poles"]],
  ["GR", "Greece", [], ["Greek", "Greeks"]],
  ["UA", "Ukraine", [], ["Ukrainian", "Ukrainians"]],
  ["RU", "Russia", ["Russian Federation"], ["Russian", "Russians"]],
  ["CN", "China", ["People's Republic of China"], ["Chinese"]],
  ["JP", "Japan", [], ["Japanese"]],
  ["IN", "India", [], ["Indian", "Indians"]],
  ["PK", "Pakistan", [], ["Pakistani", "Pakistanis"]],
  ["AF", "Afghanistan", [], ["Afghan", "Afghans"]],
  ["CA", "Canada", [], ["Canadian", "Canadians"]],
  ["AU", "Australia", [], ["Australian", "Australians"]],
  ["BR", "Brazil", [], ["Brazilian", "Brazilians"]],
  ["ZA", "South Africa", [], ["South African", "South Africans"]],
];

const cities: Array<[string, string, string[]]> = [
  // [name, country, aliases]
  ["Jerusalem", "IL", []],
  ["East Jerusalem", "PS", []],
  ["Tel Aviv", "IL", ["Tel Aviv-Yafo"]],
  ["Haifa", "IL", []],
  ["Sderot", "IL", []],
  ["Ashkelon", "IL", []],
  ["Eilat", "IL", []],
  ["Beersheba", "IL", ["Be'er Sheva"]],
  ["Ramallah", "PS", []],
  ["Gaza City", "PS", []],
  ["Rafah", "PS", []],
  ["Khan Younis", "PS", ["Khan Yunis"]],
  ["Nablus", "PS", []],
  ["Jenin", "PS", []],
  ["Hebron", "PS", []],
  ["Bethlehem", "PS", []],
  ["Jericho", "PS", []],
  ["Cairo", "EG", []],
  ["Sharm el-Sheikh", "EG", ["Sharm El Sheikh"]],
  ["El Arish", "EG", ["Al-Arish", "Arish"]],
  ["Amman", "JO", []],
  ["Aqaba", "JO", []],
  ["Riyadh", "SA", []],
  ["Jeddah", "SA", []],
  ["Doha", "QA", []],
  ["Abu Dhabi", "AE", []],
  ["Dubai", "AE", []],
  ["Ankara", "TR", []],
  ["Istanbul", "TR", []],
  ["Beirut", "LB", []],
  ["Damascus", "SY", []],
  ["Baghdad", "IQ", []],
  ["Erbil", "IQ", []],
  ["Tehran", "IR", []],
  ["Muscat", "OM", []],
  ["Manama", "BH", []],
  ["Kuwait City", "KW", []],
  ["Nicosia", "CY", []],
  ["Larnaca", "CY", []],
  ["Washington", "US", ["Washington, D.C.", "Washington DC"]],
  ["New York", "US", ["New York City"]],
  ["London", "GB", []],
  ["Paris", "FR", []],
  ["Berlin", "DE", []],
  ["Munich", "DE", []],
  ["Rome", "IT", []],
  ["Madrid", "ES", []],
  ["Brussels", "BE", []],
  ["The Hague", "NL", []],
  ["Geneva", "CH", []],
  ["Davos", "CH", []],
  ["Vienna", "AT", []],
  ["Oslo", "NO", []],
  ["Stockholm", "SE", []],
  ["Dublin", "IE", []],
  ["Warsaw", "PL", []],
  ["Athens", "GR", []],
  ["Kyiv", "UA", ["Kiev"]],
  ["Moscow", "RU", []],
  ["Beijing", "CN", []],
  ["Tokyo", "JP", []],
  ["New Delhi", "IN", []],
  ["Islamabad", "PK", []],
  ["Ottawa", "CA", []],
];

const others: PlaceEntry[] = [
  { id: "gaza", name: "Gaza", kind: "territory", country: "PS", aliases: ["Gaza Strip", "the Gaza Strip", "Gaza strip"] },
  { id: "west-bank", name: "West Bank", kind: "territory", country: "PS", aliases: ["the West Bank", "occupied West Bank"] },
  { id: "golan-heights", name: "Golan Heights", kind: "territory", country: null, aliases: ["the Golan Heights", "Golan"] },
  { id: "sinai", name: "Sinai", kind: "region", country: "EG", aliases: ["Sinai Peninsula"] },
  { id: "middle-east", name: "Middle East", kind: "region", country: null, aliases: ["the Middle East", "Mideast", "the Mideast"] },
  { id: "europe", name: "Europe", kind: "region", country: null, aliases: [] },
  { id: "gulf", name: "Gulf", kind: "region", country: null, aliases: ["the Gulf", "Persian Gulf", "the Persian Gulf"] },
  { id: "red-sea", name: "Red Sea", kind: "region", country: null, aliases: ["the Red Sea"] },
  { id: "kirya", name: "Kirya", kind: "site", country: "IL", aliases: ["the Kirya", "HaKirya"] },
  { id: "ben-gurion-airport", name: "Ben Gurion Airport", kind: "site", country: "IL", aliases: ["Ben Gurion International Airport"] },
  { id: "andrews-air-force-base", name: "Andrews Air Force Base", kind: "site", country: "US", aliases: ["Joint Base Andrews"] },
  { id: "capitol-hill", name: "Capitol Hill", kind: "site", country: "US", aliases: [] },
  { id: "al-aqsa-mosque", name: "Al-Aqsa Mosque", kind: "site", country: null, aliases: ["Al-Aqsa mosque", "al-Aqsa Mosque", "Al-Aqsa"] },
  { id: "kerem-shalom", name: "Kerem Shalom crossing", kind: "site", country: "IL", aliases: ["Kerem Shalom"] },
  {
    id: "rafah-crossing",
    name: "Rafah crossing",
    kind: "site",
    country: null,
    aliases: ["the Rafah crossing", "Rafah border crossing", "the Rafah border crossing", "Rafah crossing point"],
  },
];

export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export const PLACES: PlaceEntry[] = [
  ...countries.map(([code, name, aliases, demonyms]) => ({
    id: slug(name),
    name,
    kind: "country" as const,
    country: code,
    aliases,
    demonyms,
  })),
  ...cities.map(([name, country, aliases]) => ({ id: slug(name), name, kind: "city" as const, country, aliases })),
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

/** One regex over all place names, longest first so "East Jerusalem" wins over "Jerusalem". */
export const PLACE_NAME_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?=\\p{Lu}|the |occupied |al-)(?:${[...PLACE_BY_NAME.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![\\p{L}\\p{N}]|-\\p{L})`,
  "gu",
);
