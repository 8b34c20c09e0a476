/**
 * The lexicon: the vocabulary of news as data, one JSON file per category in this folder, base forms only.
 * Patterns are built from it here and in the rules that use it; no word list lives inside a rule.
 *
 * Every section of every file is read through `lexicon`, which notes what was read: a test fails on a section
 * (and so on an entry) that nothing uses, and on a verb listed in an inflected form.
 */
import abbreviations from "./abbreviations.json";
import casualtyWords from "./casualty-words.json";
import descriptors from "./descriptors.json";
import gazetteer from "./gazetteer.json";
import irregularVerbs from "./irregular-verbs.json";
import meetingVerbs from "./meeting-verbs.json";
import names from "./names.json";
import nicknames from "./nicknames.json";
import notNames from "./not-names.json";
import numbers from "./numbers.json";
import organisationHeads from "./organisation-heads.json";
import pageFurniture from "./page-furniture.json";
import people from "./people.json";
import qualifiers from "./qualifiers.json";
import speechVerbs from "./speech-verbs.json";
import tenseMarkers from "./tense-markers.json";
import titles from "./titles.json";
import travelVerbs from "./travel-verbs.json";
import { escapeRegExp } from "../text/regex.js";

const FILES = {
  abbreviations,
  "casualty-words": casualtyWords,
  descriptors,
  gazetteer,
  "irregular-verbs": irregularVerbs,
  "meeting-verbs": meetingVerbs,
  names,
  nicknames,
  "not-names": notNames,
  numbers,
  "organisation-heads": organisationHeads,
  "page-furniture": pageFurniture,
  people,
  qualifiers,
  "speech-verbs": speechVerbs,
  "tense-markers": tenseMarkers,
  titles,
  "travel-verbs": travelVerbs,
};
type Files = typeof FILES;
type Sections<F> = Omit<F, "about">;

const read = new Set<string>();

/** Sections read so far, as "file.section" (for the unused-entry test). */
export const sectionsRead = (): ReadonlySet<string> => read;

/** Lists that were inflected as verbs, and every verb inflected (for the base-form and irregular-verb tests). */
const verbLists = new Set<readonly string[]>();
const verbsInflected = new Set<string>();
export const inflectedLists = (): ReadonlySet<readonly string[]> => verbLists;
export const inflectedVerbs = (): ReadonlySet<string> => verbsInflected;

/** Each section's value, for the tests: "file.section" → value. */
export const sectionValues = (): Map<string, unknown> =>
  new Map(
    Object.entries(FILES).flatMap(([file, data]) =>
      Object.entries(data)
        .filter(([k]) => k !== "about")
        .map(([k, v]) => [`${file}.${k}`, v] as [string, unknown]),
    ),
  );

/** Every section of every lexicon file, as "file.section". */
export const allSections = (): string[] =>
  Object.entries(FILES).flatMap(([file, data]) =>
    Object.keys(data)
      .filter((k) => k !== "about")
      .map((k) => `${file}.${k}`),
  );

/** The lexicon, by file and section; reading a section records it. */
export const lexicon = Object.fromEntries(
  Object.entries(FILES).map(([file, data]) => [
    file,
    new Proxy(data, {
      get(target, key) {
        if (typeof key === "string" && key !== "about") read.add(`${file}.${key}`);
        return Reflect.get(target, key);
      },
    }),
  ]),
) as unknown as { [F in keyof Files]: Sections<Files[F]> };

export type VerbForm = "base" | "s" | "past" | "participle" | "ing";
export const ALL_FORMS: VerbForm[] = ["base", "s", "past", "participle", "ing"];

interface Irregular {
  s?: string;
  past?: string | string[];
  participle?: string | string[];
  ing?: string | string[];
  double?: boolean;
}
const IRREGULAR = lexicon["irregular-verbs"].forms as Record<string, Irregular>;
const list = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

// English spelling rules for regular verbs, written here rather than taken from an NLP library: the lexicon has a
// few hundred verbs, the rules are a dozen lines, and a conjugating library (compromise) would add ~100 ms of
// start-up to every run for them. Irregular forms are data (irregular-verbs.json).
const VOWEL = /[aeiou]/;
/** One syllable ending consonant-vowel-consonant ("stop", "quip", "plan") doubles its consonant: "stopped". */
const doubles = (w: string) => {
  const core = w.replace(/^qu/, "q");
  return /^[^aeiou]*[aeiou][bdgklmnprtv]$/.test(core) && (core.match(/[aeiou]+/g) ?? []).length === 1;
};
function regular(w: string, form: VerbForm, double: boolean): string {
  const last = w[w.length - 1]!;
  const consonantY = /[^aeiou]y$/.test(w);
  switch (form) {
    case "base":
      return w;
    case "s":
      if (/(?:s|x|z|ch|sh|o)$/.test(w)) return `${w}es`;
      return consonantY ? `${w.slice(0, -1)}ies` : `${w}s`;
    case "past":
    case "participle":
      if (last === "e") return `${w}d`;
      if (consonantY) return `${w.slice(0, -1)}ied`;
      return double ? `${w}${last}ed` : `${w}ed`;
    case "ing":
      if (w.endsWith("ie")) return `${w.slice(0, -2)}ying`;
      if (last === "e" && !/(?:ee|ye|oe)$/.test(w) && VOWEL.test(w.slice(0, -1))) return `${w.slice(0, -1)}ing`;
      return double ? `${w}${last}ing` : `${w}ing`;
  }
}

/**
 * The forms of a verb: "meet" → meet, meets, met, meeting. A phrasal verb inflects its first word: "sit down" →
 * "sat down". `forms` picks which (all by default).
 */
export function inflect(verb: string, forms: VerbForm[] = ALL_FORMS): string[] {
  verbsInflected.add(verb);
  const [head, ...rest] = verb.split(" ");
  const tail = rest.length ? ` ${rest.join(" ")}` : "";
  const irregular = IRREGULAR[head!] ?? {};
  const double = irregular.double ?? doubles(head!);
  const out: string[] = [];
  for (const form of forms) {
    const given =
      form === "participle"
        ? (list(irregular.participle) ?? list(irregular.past))
        : form === "base"
          ? undefined
          : list(irregular[form as "s" | "past" | "ing"]);
    for (const f of given ?? [regular(head!, form, double)]) out.push(f + tail);
  }
  return [...new Set(out)];
}

/** Every form of every verb of a list. */
export function inflectAll(verbs: readonly string[], forms: VerbForm[] = ALL_FORMS): string[] {
  verbLists.add(verbs);
  return [...new Set(verbs.flatMap((v) => inflect(v, forms)))];
}

/**
 * A regular-expression alternation of words or phrases: escaped, longest first (an alternation takes the first
 * alternative that matches, so "held hostage" must come before "held"); a space matches `spaces` (one space by default).
 */
export function alternation(words: Iterable<string>, { spaces = "\\s+" }: { spaces?: string } = {}): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((w) => escapeRegExp(w).replace(/ /g, spaces))
    .join("|");
}

/** An alternation of the given forms of a list of verbs: `verbs(lexicon["meeting-verbs"].greet, ["past"])`. */
export const verbs = (list: readonly string[], forms: VerbForm[] = ALL_FORMS) => alternation(inflectAll(list, forms));
