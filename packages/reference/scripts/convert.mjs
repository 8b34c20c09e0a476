#!/usr/bin/env node
/**
 * Converts the US Office of the Historian's XML (history.state.gov, public domain, CC0 1.0) into the
 * committed reference tables of @shuttle/reference:
 *   src/data/official-legs.json   every foreign trip leg of every President and Secretary of State
 *   src/data/foreign-visits.json  every visit of a foreign leader to the United States
 * Facts only: who, role, where (country with its ISO 3166 code, cities), when, the record's id, and the
 * names of the people met (capitalised name words read from the remarks here, at conversion time). The
 * remarks and descriptions themselves are sentences and are never written out.
 *
 * Usage: node scripts/convert.mjs [REFERENCE_DIR] [--check]
 *   REFERENCE_DIR defaults to ../shared/reference beside the repository root.
 *   --check compares instead of writing and exits 1 when the committed files differ (reproducibility).
 * Same XML in, byte-identical JSON out: records are sorted, nothing depends on time or the machine.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(en);
const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, "..");
const args = process.argv.slice(2);
const check = args.includes("--check");
const refDir = resolve(args.find((a) => !a.startsWith("--")) ?? join(pkg, "..", "..", "..", "shared", "reference"));

/**
 * Country ids of the record that i18n-iso-countries cannot resolve by the record's own name: historical
 * states keep their former ISO 3166 alpha-2 code (CS, DD, YU, AN), the Palestinian territories are PS,
 * Kosovo has the user-assigned XK that the EU and the UN use.
 */
const COUNTRY_OVERRIDES = {
  "west-bank": "PS",
  "palestinian-authority": "PS",
  "gaza-strip": "PS",
  kosovo: "XK",
  czechoslovakia: "CS",
  "german-democratic-republic": "DD",
  "germany-east": "DD",
  yugoslavia: "YU",
  "serbia-and-montenegro": "CS",
  "netherlands-antilles": "AN",
  "congo-democratic-republic": "CD",
  "congo-kinshasa": "CD",
  "congo-brazzaville": "CG",
  "korea-south": "KR",
  "korea-north": "KP",
  burma: "MM",
  turkiye: "TR",
  turkey: "TR",
  "holy-see": "VA",
  russia: "RU",
  "soviet-union": "SU",
  ussr: "SU",
  taiwan: "TW",
  "cote-divoire": "CI",
  laos: "LA",
  vietnam: "VN",
  "cape-verde": "CV",
  macedonia: "MK",
  "north-macedonia": "MK",
  micronesia: "FM",
  "timor-leste": "TL",
  iran: "IR",
  syria: "SY",
  "saint-lucia": "LC",
  "united-kingdom": "GB",
  "united-states": "US",
  tanzania: "TZ",
  bolivia: "BO",
  venezuela: "VE",
  moldova: "MD",
  brunei: "BN",
  "bosnia-herzegovina": "BA",
  "czech-republic": "CZ",
  czechia: "CZ",
  "sri-lanka": "LK",
  zimbabwe: "ZW",
  belarus: "BY",
  kyrgyzstan: "KG",
  samoa: "WS",
  somoa: "WS",
  "cook-islands": "CK",
  "congo-republic": "CG",
  korea: "KR",
  "saint-kitts-nevis": "KN",
  "saint-vincent-grenadines": "VC",
  swaziland: "SZ",
  // The Kingdom of Hawaii (visits of 1874-1898) has no ISO 3166 code.
  hawaii: null,
};

function iso(countryId, name) {
  if (countryId in COUNTRY_OVERRIDES) return COUNTRY_OVERRIDES[countryId];
  const clean = String(name ?? "")
    .replace(/\s*\(.*\)\s*/, "")
    .trim();
  return countries.getAlpha2Code(clean, "en") ?? countries.getAlpha2Code(countryId.replace(/-/g, " "), "en") ?? null;
}

const text = (v) =>
  v === undefined || v === null ? null : typeof v === "object" ? String(v["#text"] ?? "").trim() || null : String(v).trim() || null;
const squash = (s) => s.replace(/\s+/g, " ").trim();
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (n) => n === "trip" || n === "visit",
  parseTagValue: false,
});

/** Title and function words: capitalised, but not the name of anyone met. */
const NOT_NAMES = new Set(
  (
    "Met With The And Of In On At For To A An His Her Majesty Royal Highness Excellency President Vice Prime Minister Ministers " +
    "Deputy Foreign Affairs Defense Defence Secretary General State King Queen Crown Prince Princess Emir Amir Sheikh Sultan " +
    "Chancellor Premier Chairman Chair Head Leader Leaders Officials Senior Other Others Government Cabinet War Council " +
    "Authority Palestinian Israeli Minister's Also Attended Accompanied President's Delegation Counterparts Counterpart Partners " +
    "Regional Ambassador Speaker Mayor Governor Pope Holiness Republic Kingdom United Nations Mr Mrs Ms Dr Gen General Sir Lord"
  ).split(" "),
);

/** Name words of the people met, lowercased, from the remarks (read here, never stored). */
function metNames(remarks) {
  if (!remarks) return [];
  const words = squash(remarks).match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
  return [...new Set(words.filter((w) => !NOT_NAMES.has(w)).map((w) => w.toLowerCase().replace(/['’]s$/, "")))].sort();
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const readXml = (file) => parser.parse(readFileSync(file, "utf8"));
const commitOf = (dir) => readFileSync(join(dir, "COMMIT"), "utf8").trim();

function convertTravels(dir) {
  const legs = [];
  const people = [];
  const unknownCountries = new Set();
  for (const role of ["president", "secretary"]) {
    const sub = join(dir, `${role}-travels`);
    for (const file of readdirSync(sub)
      .filter((f) => f.endsWith(".xml"))
      .sort()) {
      const trips = readXml(join(sub, file)).trips?.trip ?? [];
      const who = file.replace(/\.xml$/, "");
      let name = null;
      for (const t of trips) {
        name ??= text(t.name);
        const countryId = t.country?.["@id"] ?? null;
        const countryName = squash(text(t.country) ?? "");
        const code = countryId ? iso(countryId, countryName) : null;
        if (countryId && code === undefined) unknownCountries.add(countryId);
        if (countryId && !code && !(countryId in COUNTRY_OVERRIDES)) unknownCountries.add(`${countryId} (${countryName})`);
        legs.push({
          id: `${role === "president" ? "p" : "s"}${text(t.id)}`,
          record_id: text(t.id),
          person: t["@who"] ?? who,
          role,
          start: text(t["start-date"]),
          end: text(t["end-date"]) ?? text(t["start-date"]),
          country_id: countryId,
          country_name: countryName || null,
          country: code ?? null,
          cities: (text(t.locale) ?? "")
            .split(/\s*[,;]\s*|\s+and\s+/)
            .map(squash)
            .filter(Boolean),
          met: metNames(text(t.remarks)),
        });
      }
      people.push({ id: who, name: squash(name ?? who), role });
    }
  }
  if (unknownCountries.size) throw new Error(`countries without an ISO 3166 code: ${[...unknownCountries].sort().join(", ")}`);
  legs.sort(
    (a, b) => cmp(a.person, b.person) || cmp(a.start, b.start) || cmp(a.end, b.end) || cmp(Number(a.record_id), Number(b.record_id)),
  );
  people.sort((a, b) => cmp(a.id, b.id));
  return { people, legs };
}

function convertVisits(dir) {
  const visits = [];
  const sub = join(dir, "data");
  for (const file of readdirSync(sub)
    .filter((f) => f.endsWith(".xml"))
    .sort()) {
    for (const v of readXml(join(sub, file)).visits?.visit ?? []) {
      const from = v.from?.["@id"] ?? null;
      visits.push({
        id: `v${text(v.id)}`,
        record_id: text(v.id),
        start: text(v["start-date"]),
        end: text(v["end-date"]) ?? text(v["start-date"]),
        visitor: squash(text(v.visitor) ?? ""),
        from_id: from,
        from_name: squash(text(v.from) ?? "") || null,
        from: from ? (iso(from, text(v.from)) ?? null) : null,
      });
    }
  }
  visits.sort((a, b) => cmp(a.start ?? "", b.start ?? "") || cmp(Number(a.record_id), Number(b.record_id)));
  return visits;
}

if (!existsSync(refDir)) {
  console.error(`convert: ${refDir}: no such directory (pass the folder that holds history-state-travels/ and history-state-visits/)`);
  process.exit(2);
}
const travelsDir = join(refDir, "history-state-travels");
const visitsDir = join(refDir, "history-state-visits");
const licence = "CC0-1.0 (public domain: a work of the United States government)";
const { people, legs } = convertTravels(travelsDir);
const outputs = {
  "official-legs.json": {
    source: {
      title: "Travels of the President and Secretary of State, US Department of State, Office of the Historian",
      url: "https://history.state.gov/departmenthistory/travels",
      repository: "HistoryAtState/travels",
      commit: commitOf(travelsDir),
      licence,
      note: "Facts only (who, role, where, when, record id, names of the people met); the record's remarks are not included.",
    },
    people,
    legs,
  },
  "foreign-visits.json": {
    source: {
      title: "Visits by Foreign Leaders, US Department of State, Office of the Historian",
      url: "https://history.state.gov/departmenthistory/visits",
      repository: "HistoryAtState/visits",
      commit: commitOf(visitsDir),
      licence,
      note: "Facts only (who, from where, when, record id); the record's descriptions are not included.",
    },
    visits: convertVisits(visitsDir),
  },
};
// One record per line: a readable diff when the source changes, and a file a few hundred kB in size.
const serialise = (o) =>
  "{\n" +
  Object.entries(o)
    .map(([k, v]) =>
      Array.isArray(v)
        ? `  ${JSON.stringify(k)}: [\n${v.map((r) => `    ${JSON.stringify(r)}`).join(",\n")}\n  ]`
        : `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
    )
    .join(",\n") +
  "\n}\n";
let stale = 0;
for (const [name, content] of Object.entries(outputs)) {
  const file = join(pkg, "src", "data", name);
  const out = serialise(content);
  if (check) {
    const same = existsSync(file) && readFileSync(file, "utf8") === out;
    if (!same) stale++;
    console.log(`${name}: ${same ? "up to date" : "DIFFERS from the XML"}`);
  } else {
    writeFileSync(file, out);
    console.log(`${name}: ${Buffer.byteLength(out)} bytes`);
  }
}
process.exit(stale ? 1 : 0);
