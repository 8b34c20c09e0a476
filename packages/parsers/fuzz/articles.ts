/**
 * Fuzzing the extractor: fast-check arbitraries that write news-style articles from templates (sentences
 * written for this file, never article text) and mutate them in the shapes of real bad input, plus the
 * checks every extraction must pass. Shared by the property test (src/robustness.test.ts) and `pnpm fuzz`
 * (scripts/fuzz.mjs). Not part of the published package.
 */
import fc from "fast-check";
import { Dataset } from "@shuttle/core";

export interface FuzzDoc {
  text: string;
  published: string | null;
}

/** What extractDocument returns, as far as the checks need it (structural, so dist and src builds both fit). */
export interface ExtractionLike {
  document: { id: string };
  actors: Array<{ id: string }>;
  places: Array<{ id: string }>;
  trips: Array<{ id: string; evidence: Span[] }>;
  meetings: Array<{ id: string; evidence: Span[] }>;
  casualty_figures: Array<{ id: string; evidence: Span[] }>;
  quotes: Array<{ id: string; evidence: Span[] }>;
}
interface Span {
  document_id: string;
  start: number;
  end: number;
  text: string;
}

const PEOPLE = [
  "Secretary of State Antony Blinken",
  "Blinken",
  "Antony J. Blinken",
  "Tony Blinken",
  "Prime Minister Benjamin Netanyahu",
  "Netanyahu",
  "Israeli Defense Minister Yoav Gallant",
  "Gallant",
  "President Joe Biden",
  "Egyptian President Abdel Fattah el-Sisi",
  "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani",
  "King Abdullah II",
  "Jordan's King Abdullah",
  "envoy Amos Hochstein",
  "Hochstein",
  "Israeli President Isaac Herzog",
  "Mr. Netanyahu",
  "the secretary",
  "a senior State Department official",
  "Israel's foreign minister",
  "Saudi Crown Prince Mohammed bin Salman",
  "he",
  "she",
  "Israeli officials",
];
const ORGS = [
  "the Health Ministry",
  "the Gaza Health Ministry",
  "the United Nations",
  "the Israeli military",
  "Hamas",
  "the State Department",
  "UNRWA",
];
const PLACES = [
  "Jerusalem",
  "Tel Aviv",
  "Cairo",
  "Doha",
  "Amman",
  "Riyadh",
  "Gaza",
  "Rafah",
  "Beirut",
  "Washington",
  "the West Bank",
  "Ramallah",
  "Khan Younis",
  "Israel",
  "Egypt",
  "Qatar",
];
const DATES = [
  "on Tuesday",
  "on Friday",
  "last week",
  "next month",
  "on Jan. 9",
  "on March 3, 2024",
  "later this week",
  "last night",
  "in May",
  "on Oct. 12",
  "this weekend",
  "",
];
const NUMBERS = [
  "44",
  "1,200",
  "more than 220",
  "nearly 1,200",
  "at least 30",
  "between 20 and 30",
  "300+",
  "dozens of",
  "about 1.5 million",
  "three",
  "no",
  "a",
  "up to 5,000",
  "fewer than 10",
];
const GROUPS = ["people", "Palestinians", "Israelis", "civilians", "women and children", "soldiers", "hostages", "aid workers"];
const SAYINGS = [
  "We are working around the clock to get the hostages home",
  "A diplomatic solution is the only way forward",
  "There is no military solution to this conflict",
  "Israel has the right to defend itself",
  "we need to see more aid reach Gaza",
  "This is a moment of real danger for the region",
];
const ORDINALS = ["second", "third", "fourth", "fifth", "seventh", "ninth"];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** One sentence of news prose from a template. */
const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(PEOPLE), pick(PEOPLE), pick(PLACES), pick(DATES)).map(([a, b, p, d]) => `${a} met ${b} in ${p} ${d}.`),
  fc
    .tuple(pick(PEOPLE), pick(PLACES), pick(PLACES), pick(DATES))
    .map(([a, p, q, d]) => `${a} will travel to ${p} and ${q} ${d}, the State Department said.`),
  fc.tuple(pick(PEOPLE), pick(PLACES), pick(DATES), pick(PEOPLE)).map(([a, p, d, b]) => `${a} arrived in ${p} ${d} for talks with ${b}.`),
  fc.tuple(pick(SAYINGS), pick(PEOPLE)).map(([q, a]) => `"${q}," ${a} said.`),
  fc.tuple(pick(PEOPLE), pick(SAYINGS)).map(([a, q]) => `${a} told reporters: “${q}.”`),
  fc.tuple(pick(SAYINGS), pick(PEOPLE), pick(DATES)).map(([q, a, d]) => `“${q},” ${a} said ${d} after meeting Netanyahu.`),
  fc
    .tuple(pick(NUMBERS), pick(GROUPS), pick(PLACES), pick(ORGS))
    .map(([n, g, p, o]) => `${n} ${g} have been killed in ${p}, according to ${o}.`),
  fc.tuple(pick(NUMBERS), pick(GROUPS), pick(DATES), pick(ORGS)).map(([n, g, d, o]) => `${n} ${g} were wounded ${d}, ${o} said.`),
  fc.tuple(pick(ORGS), pick(NUMBERS)).map(([o, n]) => `${o} is holding ${n} hostages.`),
  fc.tuple(pick(NUMBERS), pick(GROUPS), pick(PLACES)).map(([n, g, p]) => `${n} ${g} fled their homes in ${p}, including ${n} children.`),
  fc.tuple(pick(PEOPLE), pick(ORDINALS)).map(([a, o]) => `It was ${a}'s ${o} visit to the region since the war began.`),
  fc.tuple(pick(PEOPLE), pick(PEOPLE), pick(DATES)).map(([a, b, d]) => `${a} held a phone call with ${b} ${d} to discuss a ceasefire.`),
  fc
    .tuple(pick(PEOPLE), pick(PLACES), pick(PLACES))
    .map(([a, p, q]) => `${a} flew from ${p} to ${q}, where he met with Gallant and Herzog.`),
);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(" "));
const headline = fc
  .tuple(pick(PEOPLE), pick(PLACES))
  .map(([a, p]) => `${a.replace(/^\p{Ll}/u, (c) => c.toUpperCase())} Heads to ${p} as Ceasefire Talks Resume`);
const dateline = fc.option(
  fc
    .tuple(pick(["JERUSALEM", "CAIRO", "DOHA", "AMMAN", "TEL AVIV", "WASHINGTON"]), pick(["Jan 9", "Oct 12", "May 24"]))
    .map(([c, d]) => `${c}, ${d} (Reuters) - `),
  { nil: "" },
);
const byline = fc.option(pick(["By Jane Doe", "By Omar Haddad and Ruth Levi", "Written by staff"]), { nil: null });

/** A whole article: headline, optional byline, paragraphs (the first may open with a wire dateline). */
export const article: fc.Arbitrary<string> = fc
  .tuple(headline, byline, dateline, fc.array(paragraph, { minLength: 1, maxLength: 6 }), pick(["\n\n", "\n"]))
  .map(([h, b, d, ps, sep]) => [h, ...(b ? [b] : []), d + ps[0], ...ps.slice(1)].join(sep));

const QUOTE_MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‟", "‹", "›", "「", "」", "`", "″"];
const CONTROLS = [
  "\u0000",
  "\u0007",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u001b",
  "\u001f",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u200b",
  "\u200e",
  "\u200f",
  "\u2028",
  "\u2029",
  "\u202e",
  "\ufeff",
  "\t",
];
const RTL = ["بلينكن", "نتنياهو", "غزة", "נתניהו", "ירושלים", "\u202bשלום\u202c", "مرحبا بكم"];
const EMOJI = ["🇮🇱", "🇵🇸", "👍🏽", "👨‍👩‍👧", "🕊️", "𝐁𝐥𝐢𝐧𝐤𝐞𝐧", "😀"];
const SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\udc00\ud800"];
const TITLES = ["Secretary of State ", "Prime Minister ", "Minister ", "President ", "Mr. ", "Israeli ", "Foreign Minister "];
const SHAPES = ["Mr. ", "U.S. ", " ", "\t \n", "he said ", "met with ", "“", "1,", "Minister ", "A. "];

/** Text to insert somewhere: each of the kinds of bad input the extractor meets. */
const insertion: fc.Arbitrary<string> = fc.oneof(
  pick(QUOTE_MARKS),
  pick(CONTROLS),
  pick(RTL),
  pick(EMOJI),
  pick(SURROGATES),
  fc.tuple(pick(TITLES), fc.integer({ min: 2, max: 6 })).map(([t, n]) => t.repeat(n)),
  fc.tuple(pick(SHAPES), fc.integer({ min: 2, max: 200 })).map(([s, n]) => s.repeat(n)),
  fc.integer({ min: 16, max: 400 }).map((n) => "9".repeat(n) + " people were killed. "),
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map((n) => `${n.toLocaleString("en-US")} people were killed, nearly ${n} wounded. `),
  pick(["Nearly 0 people were killed. ", "fewer than 0 civilians wounded. ", "between 30 and 20 people died. ", "-5 people killed. "]),
);

type Mutation = (t: string) => string;
const at = (t: string, pos: number) => (t.length === 0 ? 0 : pos % (t.length + 1));

/** One change to a text: deletion, duplication, insertion, line ends, byte-order mark. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(
    ([p, n]): Mutation =>
      (t) =>
        t.slice(0, at(t, p)) + t.slice(at(t, p) + n),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 200 }), fc.nat()).map(
    ([p, n, q]): Mutation =>
      (t) => {
        const piece = t.slice(at(t, p), at(t, p) + n);
        return t.slice(0, at(t, q)) + piece + t.slice(at(t, q));
      },
  ),
  fc.tuple(fc.nat(), insertion).map(
    ([p, s]): Mutation =>
      (t) =>
        t.slice(0, at(t, p)) + s + t.slice(at(t, p)),
  ),
  pick(["\r\n", "\r", "\n\r", "\u2028"]).map(
    (eol): Mutation =>
      (t) =>
        t.replace(/\n/g, eol),
  ),
  fc.constant<Mutation>((t) => "\ufeff" + t),
  fc.constant<Mutation>((t) => `${t.split("\n")[0]}\n${t}`), // a repeated title
);

const PUBLISHED = [null, "2024-01-10", "2023-10-12", "2021-05-25", "2000-02-29"];

/** An article with up to four mutations, and its publication date. */
export const fuzzDoc: fc.Arbitrary<FuzzDoc> = fc
  .tuple(article, fc.array(mutation, { maxLength: 4 }), pick(PUBLISHED))
  .map(([text, ms, published]) => ({ text: ms.reduce((t, m) => m(t), text), published }));

/** n documents, the same for the same seed. */
export function sampleDocs(n: number, seed: number): FuzzDoc[] {
  return fc.sample(fuzzDoc, { numRuns: n, seed });
}

/**
 * Every problem of one extraction, empty when none: records valid under the core schemas, every evidence
 * span equal to the text at its code-point offsets, ids unique per table, references to actors and places
 * that exist. (`again` is a second extraction of the same text: it must be the same.)
 */
export function problemsOf(doc: FuzzDoc, e: ExtractionLike, again?: ExtractionLike): string[] {
  const problems: string[] = [];
  const parsed = Dataset.safeParse({ ...e, documents: [e.document] });
  if (!parsed.success) {
    for (const i of parsed.error.issues.slice(0, 3)) problems.push(`schema: ${i.path.join(".")}: ${i.message}`);
  }
  const codePoints = Array.from(doc.text);
  const tables = {
    actors: e.actors,
    places: e.places,
    trips: e.trips,
    meetings: e.meetings,
    casualty_figures: e.casualty_figures,
    quotes: e.quotes,
  };
  for (const [name, rows] of Object.entries(tables)) {
    const ids = rows.map((r) => r.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup !== undefined) problems.push(`duplicate id in ${name}: ${dup}`);
    for (const r of rows as Array<{ evidence?: Span[] }>) {
      for (const s of r.evidence ?? []) {
        const actual = codePoints.slice(s.start, s.end).join("");
        if (s.document_id !== e.document.id || actual !== s.text) {
          problems.push(
            `span mismatch in ${name}: [${s.start}, ${s.end}) is ${JSON.stringify(actual)}, record says ${JSON.stringify(s.text)}`,
          );
        }
      }
    }
  }
  const actorIds = new Set(e.actors.map((a) => a.id));
  const placeIds = new Set(e.places.map((p) => p.id));
  const refs = JSON.stringify(e, (k, v) => (k === "evidence" ? undefined : v));
  for (const m of refs.matchAll(/"(speaker_id|attributed_to_id|traveler_id|place_id)":"([^"]+)"/g)) {
    if (!(m[1] === "place_id" ? placeIds : actorIds).has(m[2]!)) problems.push(`dangling ${m[1]}: ${m[2]}`);
  }
  if (again && JSON.stringify(again) !== JSON.stringify(e)) problems.push("not deterministic: a second extraction differs");
  return problems;
}

/** The kind of a problem, without its details: a minimised case must keep failing the same way. */
export function problemKind(problem: string): string {
  return problem.replace(/:.*$/s, "").replace(/ in \w+$/, "");
}
