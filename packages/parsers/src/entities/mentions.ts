/**
 * MentionFinder: finds the actors and places a text names, with UTF-16 offsets.
 * Rules, in order: places from the gazetteer; organisations (capitalised sequences with an organisation
 * head noun); people (title + name, or a two-to-four-word capitalised name); descriptions of unnamed
 * speakers and groups ("a senior State Department official", "Israeli officials"); role nouns that refer
 * back ("the secretary", "America's top diplomat"); personal pronouns. Later refiners resolve them to actors.
 */
import {
  CAPITAL_BY_DEMONYM,
  CAPITAL_PHRASE_RE,
  COUNTRY_BY_DEMONYM,
  PLACES,
  PLACE_BY_NAME,
  PLACE_NAME_RE,
  slug,
  type PlaceEntry,
} from "./gazetteer.js";
import { CALENDAR_WORDS, MONTHS_IN_NAMES, NAME_SUFFIXES, NOT_NAME_WORDS, ORDINALS, ORG_HEADS, TITLES } from "../lexicon/words.js";
import { alternation, inflectAll, lexicon } from "../lexicon/index.js";
import type { Paragraph } from "../text/segment.js";
import type { LinguisticLayer } from "../linguistic/layer.js";
import { capitalAhead, escapeRegExp, firstCharAhead, matchesOf } from "../text/regex.js";

export type MentionKind = "person" | "organization" | "group" | "unnamed" | "pronoun" | "role" | "place";

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
  /** For a person: the name without title or possessive; for others the normalised description. */
  name: string;
  title: string | null;
  country: string | null;
  place?: PlaceEntry;
  /** The id of the mention rule that found it. */
  rule: string;
  /** Of a description that refers back: the age it gives ("the 81-year-old president"). */
  age?: number;
  /** Of a description that refers back: it names a past office ("the former general"). */
  former?: boolean;
  /** Of a description that refers back: the body it names without a country ("the Hamas leader"). */
  body?: string;
  /** Of a description that refers back: it adds an adjective to the office ("the veteran diplomat"). */
  described?: boolean;
  /** Of a description that refers back: it names its state by a noun only ("the kingdom's foreign minister"). */
  ofState?: boolean;
  /** Of "I" in a transcript's answer: its line's speaker label (resolve.ts: the person named in the label). */
  label?: { start: number; end: number };
  /** Of "the group", "the movement": it refers back to the latest armed group or party named. */
  backToGroup?: boolean;
}

// Name words: "Netanyahu", "Thomas-Greenfield", "McCarthy", or an initial "J."; joined by spaces, never newlines.
// An initial comes first so that "Antony J. Blinken" keeps its dot and its surname.
const NAMES = lexicon.names;
const NAME_WORD = String.raw`(?:\p{Lu}\.(?= )|\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{Lu}?[\p{Ll}'’]+)*)`;
// Particles join name words: "al-Sisi", "bin Abdulrahman", "Al Thani", "van der Leyen".
const PARTICLE = `(?:(?:${alternation(NAMES.hyphen_particles)})-|(?:${alternation(NAMES.particles)}) +)`;
const PARTICLE_WORDS: ReadonlySet<string> = new Set([...NAMES.particles, ...NAMES.hyphen_particles]);
const NAME = String.raw`${NAME_WORD}(?: +${PARTICLE}*${NAME_WORD}){0,3}(?: +(?:${alternation(NAMES.suffixes)}))?`;
const TITLE_ALT = [...TITLES]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
const TERRITORY_ALT = PLACES.filter((p) => p.kind === "territory")
  .map((p) => escapeRegExp(p.name))
  .join("|");
const COUNTRY_ALT = PLACES.filter((p) => p.kind === "country")
  .map((p) => escapeRegExp(p.name))
  .join("|");
// A possessive owner may be a country's short name too ("Britain's foreign secretary", "the UK's envoy"): the names and the
// aliases without an article, longest first so that "Great Britain" is read before "Britain".
const POSSESSOR_ALT = PLACES.filter((p) => p.kind === "country")
  .flatMap((p) => [p.name, ...p.aliases.filter((a) => !/^the\s/.test(a))])
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
// Adjectives only ("Israeli", not "Israelis"): a plural people-noun ends a description instead of modifying it.
const ADJECTIVE_ALT = [...COUNTRY_BY_DEMONYM.keys()]
  .filter((d) => !/[^s]s$/.test(d))
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
const DEMONYM_ALT = [...COUNTRY_BY_DEMONYM.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");

// The patterns that scan the whole text open with a lookahead for their first character before the lookbehind for
// a word start: both are tests at one position, so the order changes no match, but V8's engine runs them in order
// at every position, and the forward test fails faster (a fifth less time for the extraction, measured).

/** "[Israeli] Prime Minister Benjamin Netanyahu", "US Ambassador to the UN Linda Thomas-Greenfield". */
const ONE_TITLE =
  String.raw`(?:(?:Deputy|Acting|Former|former|Senior|Chief|Vice)\s+)?(?:${TITLE_ALT})(?:\s+(?:to|of` +
  String.raw`|for)\s+(?:the\s+)?${NAME_WORD}(?: +${NAME_WORD}){0,2}?)?`;
// Titles stack before one name, maybe joined by "and": an office, a rank or an honorific ("Crown Prince and Prime Minister
// Mohammed bin Salman", "Chief of Staff Lt. Gen. Herzi Halevi", "President His Highness Sheikh Mohamed bin Zayed"): all
// of them are the title, none a name; a reservist's or retiree's mark may follow ("Maj. Gen. (res.) Giora Eiland"). Title and
// name stay on one line: a title ending a heading line ("Office of the
// Spokesperson") takes no name from the next paragraph, whose own title would be lost.
const TITLED_NAME = new RegExp(
  capitalAhead("s") +
    String.raw`(?=\p{Lu}|spokes)(?<![\p{L}])(?:(?<demonym>${DEMONYM_ALT})\s+)?(?<title>${ONE_TITLE}(?:[^\S\n]+(?:and[^\S\n]+)?` +
    String.raw`${ONE_TITLE}){0,3})(?:[^\S\n]+\((?:res|ret)\.?\))?[^\S\n]+(?<name>${NAME})`,
  "gu",
);
/** Any capitalised run: candidate names and organisations. */
const CAPITALISED_RUN = new RegExp(String.raw`${capitalAhead()}(?=\p{Lu})(?<![\p{L}'’-])${NAME}`, "gu");
/** A capitalised run long enough for an organisation's name ("The Palestinian Red Crescent Society"). */
const ORGANISATION_RUN = new RegExp(
  String.raw`${capitalAhead()}(?=\p{Lu})(?<![\p{L}'’-])${NAME_WORD}(?: +${PARTICLE}*${NAME_WORD}){0,6}`,
  "gu",
);
/** "Nate Evans, the US Mission to the UN's spokesperson," — an appositive title after a name. */
const APPOSITIVE = new RegExp(
  String.raw`^,\s+((?:the\s+|a\s+)?[^,.;“”"]{3,80}?)(?=,|\.|;|\s+(?:` +
    String.raw`${alternation(inflectAll(lexicon["speech-verbs"].verbs, ["s", "past"]))})\b|$)`,
  "u",
);

const D = lexicon.descriptors;
const COLLECTIVE = new Set(D.collective_heads);
const isCollective = (head: string) => COLLECTIVE.has(head.toLowerCase().replace(/\s+/g, " "));
const DESCRIPTOR_HEAD =
  alternation([...D.collective_heads, ...D.heads], { spaces: String.raw`\s+` }) +
  String.raw`|members of [^,.;]{3,40}?(?=[,.;]|\s+(?:as|and|in|on|who)\b)`;
const DESCRIPTOR = new RegExp(
  String.raw`(?<![\p{L}])(?<det>(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther|[Tt]he` +
    String.raw`|[Hh]is|[Hh]er|[Tt]heir)(?:\s+other)?)?\s*(?<mods>(?:(?:\p{Lu}[\p{L}-]+['’]s` +
    String.raw`|(?:${alternation(D.named_groups)})|\p{Lu}\p{L}+-(?:${alternation(D.compound_suffixes)})` +
    String.raw`|${alternation(D.modifiers)}|${ADJECTIVE_ALT}|${COUNTRY_ALT}` +
    String.raw`|${TERRITORY_ALT})(?:,)?\s+(?:and\s+)?){0,4})(?<head>(?:${DESCRIPTOR_HEAD})(?:\s+and\s+(?:` +
    String.raw`${alternation(D.joined_heads)}))?)\b`,
  "gu",
);
const G = lexicon.gazetteer;
/** Settlements named by a leading noun ("Kibbutz Nir Oz", "Moshav Netiv HaAsara"): places, never people. */
const SITE_LEAD = new RegExp(String.raw`\b(?:${alternation(G.site_leads)})\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$`, "u");
const SITE_RUN = new RegExp(String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:${alternation(G.site_heads)})$`, "u");
/** A run ends in one of these when SITE_RUN can match it, and holds one of the leads when SITE_LEAD can. */
const SITE_HEAD_LAST_WORDS = new Set(G.site_heads.map((h) => h.split(" ").pop()!));
const SITE_LEAD_WORD = new RegExp(String.raw`\b(?:${alternation(G.site_leads)})\b`);
const T = lexicon.titles;
/** Words of titles: a capitalised run made only of them ("Prime Minister") is no name. */
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(/\s+/)).concat(T.title_words));
const HONORIFICS: ReadonlySet<string> = new Set(T.honorifics);
/** Honorifics in capitals without their dot ("MR", "DR"), as transcripts write them. */
const HONORIFICS_UPPER = [...new Set(T.honorifics.map((h) => h.replace(/\.$/, "").toUpperCase()))];
/** "Blinken said", "Austin was greeted", "Blinken's sixth tour": a lone capitalised word acting as a subject. */
const SUBJECT_VERBS = [
  ...inflectAll(lexicon["speech-verbs"].verbs, ["s", "past"]),
  ...inflectAll([...lexicon["meeting-verbs"].object, ...lexicon["meeting-verbs"].with, ...lexicon["meeting-verbs"].hold], ["s", "past"]),
  ...inflectAll([...lexicon["meeting-verbs"].lone_object, ...lexicon["meeting-verbs"].talk], ["past"]),
  ...inflectAll([...lexicon["travel-verbs"].motion, ...lexicon["travel-verbs"].touring, ...lexicon["travel-verbs"].making_stops], ["past"]),
];
const SUBJECT_NOUNS = [
  ...Object.keys(ORDINALS),
  ...lexicon["travel-verbs"].journeys,
  ...lexicon["travel-verbs"].nouns,
  ...lexicon["meeting-verbs"].nouns,
  ...NAMES.possessed,
];
/** A verb of speech or encounter right after a noun: the noun is its subject. */
const VERB_AFTER = new RegExp(String.raw`^\s+(?:also\s+)?(?:${alternation(SUBJECT_VERBS)})\b`, "u");
const LONE_SUBJECT = new RegExp(
  capitalAhead() +
    String.raw`(?=\p{Lu})(?<![\p{L}'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=(?:['’]s\s+(?:${alternation(SUBJECT_NOUNS)}|spokes\w+)\b)` +
    String.raw`|\s+(?:will|would|is|was|has|had|also|then|later|${alternation(SUBJECT_VERBS)})\b)`,
  "gu",
);
/** "met Netanyahu", "told Sunak", "held talks with Safadi": a lone capitalised word as the object of an encounter. */
const OBJECT_VERBS = [
  ...inflectAll(lexicon["meeting-verbs"].lone_object),
  ...inflectAll(lexicon["meeting-verbs"].with).map((v) => `${v} with`),
  ...lexicon["meeting-verbs"].held_nouns.map((n) => `${n} with`),
];
// A title word after the capitalised word makes it the affiliation of a person named next ("met Mossad chief David
// Barnea"), not the person.
const LONE_OBJECT = new RegExp(
  String.raw`\b(?:${alternation(OBJECT_VERBS)})\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=['’]s\b|[,.;:]|\s+(?!(?:` +
    String.raw`${alternation(lexicon.titles.lead_words)})\b)\p{Ll}|$)`,
  "gmu",
);
/**
 * Whether the character before `at` may be part of a description (its article and modifiers): letters, spaces,
 * commas, hyphens, apostrophes, and a full stop after a capital ("U.N."), when every word of the modifier lists is
 * made of these (checked here, so a new entry with other characters turns the bound off instead of breaking it).
 * The description rule looks for a description's start only after the last character that cannot be in one: a
 * match cannot cross it, so the matches found are the same, in a window that mostly ends at the sentence's start
 * rather than 160 characters back.
 */
const IN_DESCRIPTION = /[\p{L}\s,'’-]/u;
const DESCRIPTION_WORDS = /^(?:[\p{L}\s,'’-]|(?<=\p{Lu})\.)*$/u;
const DESCRIPTION_BOUNDED = [
  ...D.named_groups,
  ...D.compound_suffixes,
  ...D.modifiers,
  ...COUNTRY_BY_DEMONYM.keys(),
  ...PLACES.filter((p) => p.kind === "country" || p.kind === "territory").map((p) => p.name),
].every((w) => DESCRIPTION_WORDS.test(w));
function mayBeInDescription(text: string, at: number): boolean {
  if (!DESCRIPTION_BOUNDED) return true;
  const c = text[at - 1]!;
  return IN_DESCRIPTION.test(c) || (c === "." && at >= 2 && /\p{Lu}/u.test(text[at - 2]!));
}
const DESCRIPTOR_HEAD_RE = new RegExp(
  String.raw`${firstCharAhead([...D.collective_heads, ...D.heads, "members"])}(?<![\p{L}])(?:${DESCRIPTOR_HEAD})\b`,
  "gu",
);
// "they" and "the two leaders" refer back to several people; the event extractors widen them (subjectsOf).
const PRONOUN = new RegExp(
  String.raw`(?=[hHsStTbB])(?<![\p{L}])(he|she|him|his|her|He|She|His|Her|they|They|[Tt]he (?:two|three) (?:leaders|ministers` +
    String.raw`|men|women|diplomats|officials|envoys|presidents)|[Bb]oth (?:leaders|men|ministers` +
    String.raw`|sides))(?![\p{L}])`,
  "gu",
);
/** "secretary of state" → "[Ss]ecretary\s+of\s+[Ss]tate": a role written with or without capitals. */
const eitherCase = (phrase: string) =>
  phrase
    .split(" ")
    .map((w) =>
      w === "of"
        ? w
        : w
            .split("-")
            .map((part) => `[${part[0]!.toUpperCase()}${part[0]}]${escapeRegExp(part.slice(1))}`)
            .join("-"),
    )
    .join(String.raw`\s+`);
const byLength = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);
const POSSESSIVE_ROLE_ALT = alternation(T.possessive_roles, { spaces: "\\s+" });
const ROLE = new RegExp(
  // "the Qatari prime minister": a nationality of any country names that country's office holder (role_nationalities
  // adds the spellings that are no demonym, "U.S.").
  // A description may add an age, "former" and adjectives that say nothing of the office ("the 81-year-old president",
  // "the veteran diplomat"), and the body the person speaks for ("the White House envoy", "the Hamas leader").
  capitalAhead("t") +
    String.raw`(?=[Tt]he\s|\p{Lu})(?<![\p{L}])(?:[Tt]he\s+(?:(?<age>\d{2,3})-year-old\s+)?` +
    String.raw`(?:(?<former>${alternation(T.former_words)})\s+)?` +
    String.raw`(?:(?<modifier>${alternation(T.description_modifiers)})\s+)?(?:top\s+)?` +
    String.raw`(?:(?<nationality>${ADJECTIVE_ALT}|${alternation(T.role_nationalities)})\s+)?` +
    String.raw`(?:(?<body>${alternation([...Object.keys(T.institution_countries), ...D.named_groups], { spaces: "\\s+" })})\s+)?` +
    String.raw`(?<role>${byLength(T.referring_roles).map(eitherCase).join("|")})` +
    String.raw`|(?<country>America|Washington|${POSSESSOR_ALT})['’]s\s+(?<role2>${POSSESSIVE_ROLE_ALT})` +
    // "the kingdom's foreign minister": a state named by a noun, not by its name.
    String.raw`|[Tt]he\s+(?<state>${alternation(T.state_nouns)})['’]s\s+(?<role3>${POSSESSIVE_ROLE_ALT}))` +
    // "the secretary general", "The Secretary-General": another office than "the secretary".
    String.raw`(?![\p{L}])(?!\s+(?:${NAME_WORD}))(?![\s-]+[Gg]eneral\b)`,
  "gu",
);
const ROLE_OF_COUNTRY = new RegExp(String.raw`^\s+of\s+(?:the\s+)?(${COUNTRY_ALT})(?![\p{L}])`, "u");
const POSSESSIVE_COUNTRY = new RegExp(String.raw`(?<![\p{L}])(${POSSESSOR_ALT})['’]s\s+$`, "u");
/** The country code of a country's name; "America" and "Washington" stand for the United States. */
const countryNamed = (name: string | undefined): string | null =>
  name ? (PLACE_BY_NAME.get(name)?.country ?? (/^(?:America|Washington)$/.test(name) ? "US" : null)) : null;
const APPOSITIVE_COUNTRY = new RegExp(String.raw`\bof\s+(?:the\s+)?(${COUNTRY_ALT})$`, "u");
const APPOSITIVE_TITLE = new RegExp(String.raw`\b(?:${alternation(T.appositive_title_stems)})`, "i");

/** An all-capitals word of three or more letters ("TEL AVIV" in a wire dateline) is no part of a name. */
const shouting = (w: string) => w.length >= 3 && w === w.toUpperCase() && /\p{Lu}{3}/u.test(w);

function stripPossessive(name: string): string {
  return name.replace(/['’]s?$/u, "");
}

/** A weekday or month after a name ("Netanyahu Wednesday") is no part of it. */
function trimTrailing(words: string[]): string[] {
  let n = words.length;
  while (n > 1 && CALENDAR_WORDS.has(stripPossessive(words[n - 1]!))) n--;
  return words.slice(0, n);
}

/** Words that are part of a capitalised run but not of a person's name. */
function trimNonName(words: string[], afterTitle = false): string[] {
  let i = 0;
  const notName = (w: string, k: number) => {
    const base = stripPossessive(w);
    const place = COUNTRY_BY_DEMONYM.has(base) || PLACE_BY_NAME.has(base);
    return NOT_NAME_WORDS.has(base) || (place && !(afterTitle && k < words.length - 1)) || ORG_HEADS.test(base) || /['’]s$/.test(w);
  };
  while (i < words.length && notName(words[i]!, i)) i++;
  return words.slice(i);
}

/** An unnamed speaker's description without its determiner: "a Hamas official" and "the Hamas official" are one. */
const nameOf = (t: string) => t.replace(/^(?:an?|one|another|the|his|her|their)\s+/i, "").toLowerCase();
const wordsOf = (t: string) => nameOf(t).split(/\s+/);
const headOf = (t: string) => wordsOf(t).pop()!;

/**
 * What the mention rules share: the mentions so far, and which mention covers each character, so that overlap
 * checks and lookups cost the span's length, not the number of mentions (scanning them all made a long document's
 * analysis quadratic). Removed mentions are dropped lazily, when the list is read.
 */
export class MentionState {
  private readonly all: Mention[] = [];
  private readonly idOf = new Map<Mention, number>();
  private readonly removed = new Set<Mention>();
  /** The 1-based index in `all` of the mention covering each character; 0 where none does. */
  private readonly owner: Int32Array;
  /** Which characters lie in a heading. */
  private readonly heading: Uint8Array;
  /** Unnamed speakers by head noun, so "the Hamas official" finds "a Hamas official" without a scan of all mentions. */
  readonly unnamedByHead = new Map<string, Mention[]>();
  private runs: RegExpExecArray[] | null = null;
  constructor(
    private readonly text: string,
    paragraphs: Paragraph[],
    /** The tagged sentences (linguistic/layer.ts), for the rules that read tags and lemmas. */
    readonly layer: LinguisticLayer = new Map(),
  ) {
    this.owner = new Int32Array(text.length + 1);
    this.heading = new Uint8Array(text.length + 1);
    for (const p of paragraphs) if (p.heading) this.heading.fill(1, p.start, p.end);
  }
  /** The mentions found so far, in the order they were found. */
  get mentions(): Mention[] {
    return this.removed.size ? this.all.filter((m) => !this.removed.has(m)) : this.all;
  }
  private unnamedList(m: Mention): Mention[] {
    const head = headOf(m.text);
    let list = this.unnamedByHead.get(head);
    if (!list) {
      list = [];
      this.unnamedByHead.set(head, list);
    }
    return list;
  }
  readonly overlaps = (m: { start: number; end: number }) => this.owner.subarray(m.start, m.end).some((x) => x !== 0);
  /** The mentions that share a character with [start, end), in text order. */
  readonly overlapping = (m: { start: number; end: number }): Mention[] => {
    const out: Mention[] = [];
    let last = 0;
    for (let i = m.start; i < m.end; i++) {
      const o = this.owner[i]!;
      if (o !== 0 && o !== last) {
        out.push(this.all[o - 1]!);
        last = o;
      }
    }
    return [...new Set(out)];
  };
  readonly inHeading = (pos: number) => this.heading[pos] === 1;
  /** The text's capitalised runs (CAPITALISED_RUN), found once for the rules that read them. */
  get capitalisedRuns(): readonly RegExpExecArray[] {
    this.runs ??= matchesOf(CAPITALISED_RUN, this.text) as RegExpExecArray[];
    return this.runs;
  }
  readonly add = (m: Mention) => {
    this.all.push(m);
    this.idOf.set(m, this.all.length);
    this.owner.fill(this.all.length, m.start, m.end);
    if (m.kind === "unnamed") this.unnamedList(m).push(m);
  };
  /** A longer reading wins over a mention found earlier inside it. */
  readonly remove = (m: Mention) => {
    const id = this.idOf.get(m) ?? 0;
    this.removed.add(m);
    for (let i = m.start; i < m.end; i++) if (this.owner[i] === id) this.owner[i] = 0;
    if (m.kind === "unnamed") {
      const list = this.unnamedList(m);
      list.splice(list.indexOf(m), 1);
    }
  };
}

/** A mention rule: an id (the `rule` of the mentions it makes) and a pass over the text. */
export interface MentionRule {
  id: string;
  run(text: string, st: MentionState): void;
}

/** Styles of address in a title ("His Highness", "H.E."), longest first. */
const STYLE_IN_TITLE = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(byLength(T.styles), { spaces: String.raw`\s+` })})(?![\p{L}])`,
  "gu",
);
/** A title that ends in an honorific ("Prince"), and whether the honorific ends a longer title there ("Crown Prince"). */
const ENDING_HONORIFIC = new RegExp(String.raw`\s+(?:${alternation(byLength(T.honorifics))})$`, "u");
const ENDING_TITLE = new RegExp(String.raw`(?<![\p{L}])(?:${TITLE_ALT})$`, "u");
/**
 * The office of a stacked title: without its styles of address, and without honorifics after the office ("President His
 * Highness Sheikh" → "President", "Foreign Minister Prince" → "Foreign Minister", "His Royal Highness Crown Prince" → "Crown
 * Prince"); a title of honorifics only keeps them ("His Majesty Sultan" → "Sultan", "Sheikh").
 */
function officeOf(title: string): string {
  let office = title.replace(STYLE_IN_TITLE, " ").replace(/\s+/g, " ").trim();
  if (!office) return title.trim();
  for (let h = ENDING_HONORIFIC.exec(office); h; h = ENDING_HONORIFIC.exec(office)) {
    const rest = office.slice(0, h.index);
    // "Crown Prince": the honorific ends a longer title.
    if ((ENDING_TITLE.exec(office)?.[0].length ?? 0) > h[0].trim().length) break;
    office = rest.replace(/\s+and$/, "");
  }
  return office;
}

const DEMONYM_BEFORE_TITLE = new RegExp(String.raw`(\p{Lu}\p{L}+)\s+(?:(?:\p{Lu}\p{L}*|and|${alternation(T.lead_words)})\s+)*$`, "u");

/**
 * "Mossad Director David Barnea", "Pentagon chief …": an institution of a country right before a title belongs to the title
 * (a role that names the institution, "the Mossad chief", refers to that person).
 */
const INSTITUTION_BEFORE_TITLE = new RegExp(
  String.raw`(?<![\p{L}])(${alternation(Object.keys(T.institution_countries), { spaces: String.raw`\s+` })})\s+$`,
  "u",
);

/** People with a title before the name: "Prime Minister Benjamin Netanyahu". */
export const titledNames: MentionRule = {
  id: "mention/titled-name",
  run(text, st) {
    const RULE = "mention/titled-name";
    const { add } = st;
    for (const m of matchesOf(TITLED_NAME, text)) {
      const g = m.groups!;
      // After a title, a name may begin with a place word ("Foreign Minister Israel Katz").
      // "Minister Bezalel Smotrich's Religious Zionism party": the name ends at its possessive; what follows is his.
      const owned = /['’]s(?= )/u.exec(g.name!);
      let nameWords = trimTrailing(trimNonName(stripPossessive(owned ? g.name!.slice(0, owned.index) : g.name!).split(/\s+/), true));
      // "Prime Minister Sheikh Mohammed …": an honorific opening the name belongs to the title.
      while (nameWords.length > 1 && HONORIFICS.has(nameWords[0]!)) nameWords = nameWords.slice(1);
      // "Maj. Gen" of "Maj. Gen. (res.) …" read as title and name: a rank's word is no name.
      if (nameWords.length === 0 || nameWords.some(shouting) || nameWords.every((w) => TITLE_WORDS.has(`${w}.`))) continue;
      const name = nameWords.join(" ");
      if (ORG_HEADS.test(name) || PLACE_BY_NAME.has(name)) continue;
      // "Secretary of State of the United States": the title's "of" phrase and the "name" together are a place, not a person.
      const ofPhrase = /\b(?:of|for|to)\s+(?:the\s+)?((?:\p{Lu}\S*\s+)+)$/u.exec(`${g.title!} `)?.[1];
      if (ofPhrase && PLACE_BY_NAME.has(`${ofPhrase}${nameWords[0]}`.replace(/\s+/g, " "))) continue;
      const start = m.index!;
      // The span ends with the name's last kept word ("… Netanyahu" of "… Netanyahu Wednesday").
      const end = start + m[0].lastIndexOf(nameWords[nameWords.length - 1]!) + nameWords[nameWords.length - 1]!.length;
      // The demonym may stand before a longer title ("Qatari Prime Minister and Foreign Minister …").
      // … or before lower-case words of a title ("Israeli military spokesman Rear Adm. Daniel Hagari").
      const before = DEMONYM_BEFORE_TITLE.exec(text.slice(Math.max(0, start - 40), start));
      const institution = INSTITUTION_BEFORE_TITLE.exec(text.slice(Math.max(0, start - 20), start))?.[1];
      const demonym = g.demonym ?? (before && COUNTRY_BY_DEMONYM.has(before[1]!) ? before[1]! : undefined);
      add({
        rule: RULE,
        kind: "person",
        start,
        end,
        text: text.slice(start, end),
        name,
        title: institution && !g.demonym ? `${institution.replace(/\s+/g, " ")} ${officeOf(g.title!)}` : officeOf(g.title!),
        // … or the country after the name ("King Abdullah II of Jordan"), or before it ("Jordan's King Abdullah II").
        country: demonym
          ? (COUNTRY_BY_DEMONYM.get(demonym) ?? null)
          : countryNamed(
              ROLE_OF_COUNTRY.exec(text.slice(end, end + 40))?.[1] ??
                POSSESSIVE_COUNTRY.exec(text.slice(Math.max(0, start - 40), start))?.[1],
            ),
      });
    }
  },
};

/**
 * "His Highness and the US official discussed …": a style of address with no name after it refers back to the person
 * styled so (resolve.ts: a word role, named by its last word).
 */
const STYLE_ALONE = /(?<![\p{L}])(?:His|Her)\s+(?:Royal\s+)?(Highness|Majesty|Excellency)(?![\p{L}])(?!\s+(?:the\s+)?\p{Lu})/gu;

/**
 * "the Spokesperson said:", "the Deputy Spokesman told reporters": an office written with capitals after "the" and no name
 * after it refers back, as UN briefing notes name the Secretary-General's spokesperson (resolve.ts: a word role). Only
 * capitalised: "the spokesman" in lower case is an unnamed speaker's description, which the descriptions rule refers back.
 * Without this a lone capitalised word before "said" became a person named "Spokesperson".
 */
const CAPITALISED_ROLE = new RegExp(
  capitalAhead("t") +
    String.raw`(?=[Tt]he\s)(?<![\p{L}])[Tt]he\s+(${alternation(byLength(T.capitalised_roles), { spaces: String.raw`\s+` })})` +
    String.raw`(?![\p{L}])(?!\s+(?:${NAME_WORD}))`,
  "gu",
);

/** Role nouns that refer back: "the secretary", "America's top diplomat". */
export const referringRoles: MentionRule = {
  id: "mention/referring-role",
  run(text, st) {
    const RULE = "mention/referring-role";
    const { add, overlaps } = st;
    for (const m of matchesOf(STYLE_ALONE, text)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      const style = m[1]!.toLowerCase();
      if (!overlaps(span)) add({ rule: RULE, kind: "role", ...span, text: m[0], name: style, title: style, country: null });
    }
    for (const m of matchesOf(CAPITALISED_ROLE, text)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      const role = m[1]!.toLowerCase().replace(/\s+/g, " ");
      if (!overlaps(span)) add({ rule: RULE, kind: "role", ...span, text: m[0], name: role, title: role, country: null });
    }
    for (const m of matchesOf(ROLE, text)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (overlaps(span)) continue;
      // "the Secretary General" and "the Secretary-General" are one office.
      const role = (m.groups!.role ?? m.groups!.role2 ?? m.groups!.role3 ?? "")
        .toLowerCase()
        .replace(/\s+/g, " ")
        .replace(/^secretary general$/, "secretary-general");
      // "the secretary general of the Arab League": the office of a body named after it (officeOfBody reads it).
      if (role === "secretary-general" && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(span.end, span.end + 12))) continue;
      // "Qatar's emir" names the country: only a person of that country can be meant.
      // … and so does "the president of Egypt".
      const nationality = m.groups!.nationality;
      // "the Egyptian minister" names no office: the descriptions rule reads it as any Egyptian named before.
      if (nationality && role === "minister" && !T.role_nationalities.includes(nationality)) continue;
      const ofCountry = m.groups!.country ? null : ROLE_OF_COUNTRY.exec(text.slice(span.end, span.end + 40));
      const country =
        (nationality ? (COUNTRY_BY_DEMONYM.get(nationality) ?? null) : null) ?? countryNamed(m.groups!.country ?? ofCountry?.[1]);
      const { age, former, body, modifier } = m.groups!;
      // "the general election": "general" refers to a person only with an age, "former" or a nationality before it, or as
      // the subject of a verb ("The general said", "the general added").
      if (role === "general" && !age && !former && !nationality && !VERB_AFTER.test(text.slice(span.end, span.end + 30))) continue;
      // "the White House envoy" is of the United States; "the Hamas leader" names a body of no country.
      // "the Pentagon chief": a role named for an institution is of its country too.
      const bodyKey =
        body?.replace(/\s+/g, " ") ?? Object.keys(T.institution_countries).find((k) => role.startsWith(`${k.toLowerCase()} `));
      const bodyCountry = bodyKey ? ((T.institution_countries as Record<string, string>)[bodyKey] ?? null) : null;
      // "the emir of Qatar, Sheikh Tamim …": the country belongs to the role, so the name in apposition follows the
      // role's mention directly and is the same person.
      if (ofCountry && country) span.end += ofCountry[0].length;
      add({
        rule: RULE,
        kind: "role",
        ...span,
        text: text.slice(span.start, span.end),
        name: role,
        title: role,
        country: country ?? bodyCountry,
        ...(age ? { age: Number(age) } : {}),
        ...(former ? { former: true } : {}),
        ...(modifier ? { described: true } : {}),
        ...(m.groups!.state ? { ofState: true } : {}),
        ...(bodyKey && !bodyCountry ? { body: bodyKey } : {}),
      });
    }
  },
};

const O = lexicon["organisation-heads"];
/**
 * "Ministry of Foreign Affairs", "Office of the Prime Minister", "Ministry of Foreign Affairs and Expatriates": a head
 * noun followed by "of"/"for" and capitalised words names one body; the capitalised run stops at the lower-case "of".
 */
const OF_TAIL = new RegExp(
  String.raw`^ (?:of|for) (?:the )?${NAME_WORD}(?: (?:(?:and|of|for)(?: the)? )?${NAME_WORD}){0,4}(?![\p{L}'’-])`,
  "u",
);
/** "the Likud party", "the opposition Yesh Atid party": a capitalised name and a lower-case noun for a body. */
const LOWER_HEAD_AFTER = new RegExp(String.raw`^ (?:${alternation(O.lower_case_heads)})(?![\p{L}-])`, "u");
/** "Downing Street", "the Élysée": seats of government that stand for the government (Unicode word edges). */
const SEAT = new RegExp(String.raw`${firstCharAhead(O.seats)}(?<![\p{L}'’-])(?:${alternation(O.seats)})(?![\p{L}'’-])`, "gu");
/** "Channel 12", "Kan 11", "Channel 13 News": broadcasters named by a number, which no capitalised run reads. */
const NUMBERED = new RegExp(
  String.raw`${firstCharAhead(O.numbered_names)}(?<![\p{L}'’-])(?:${alternation(O.numbered_names)})\s+\d{1,3}(?:\s+News)?(?![\p{L}\p{N}])`,
  "gu",
);
/** "Committee to Protect Journalists", "Save the Children": bodies whose names no capitalised run reads whole (lexicon). */
const NAMED_BODY = new RegExp(
  String.raw`${firstCharAhead(O.named_bodies)}(?<![\p{L}'’-])(?:${alternation(O.named_bodies)})(?![\p{L}'’-])`,
  "gu",
);
/** A word that may not end a tail after "and": another body, a place or a people ("the Ministry of Health and Hamas"). */
const ownBody = (w: string) => ORG_HEADS.test(w) || PLACE_BY_NAME.has(w) || COUNTRY_BY_DEMONYM.has(w);

/** Organisations: capitalised runs with an organisation head noun ("the Gaza Health Ministry"). */
export const organisations: MentionRule = {
  id: "mention/organisation",
  run(text, st) {
    const RULE = "mention/organisation";
    const { add, overlaps, overlapping, remove } = st;
    for (const m of matchesOf(NAMED_BODY, text)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (!overlaps(span)) add({ rule: RULE, kind: "organization", ...span, text: m[0], name: m[0], title: null, country: null });
    }
    for (const m of matchesOf(NUMBERED, text)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (overlaps(span)) continue;
      const possessor = POSSESSIVE_COUNTRY.exec(text.slice(Math.max(0, span.start - 40), span.start))?.[1];
      add({ rule: RULE, kind: "organization", ...span, text: m[0], name: m[0], title: null, country: countryNamed(possessor) });
    }
    for (const m of matchesOf(ORGANISATION_RUN, text)) {
      const raw = m[0];
      if (/-\p{Ll}+$/u.test(raw)) continue;
      const runEnd = m.index! + raw.length;
      const lowerHead = /['’]s$/.test(raw) ? null : LOWER_HEAD_AFTER.exec(text.slice(runEnd, runEnd + 12));
      if (!ORG_HEADS.test(raw) && !lowerHead) continue;
      const words = stripPossessive(raw).split(/\s+/);
      // "Netanyahu's Likud party": the body starts after its owner's possessive, except a title's ("the Prime Minister's
      // Office" is one name).
      let owner = -1;
      words.slice(0, -1).forEach((w, k) => {
        if (/['’]s$/.test(w) && !TITLE_WORDS.has(stripPossessive(w))) owner = k;
      });
      const lead = words.findIndex(
        (w, k) => k > owner && (!(NOT_NAME_WORDS.has(stripPossessive(w)) || /['’]s$/.test(w)) || ORG_HEADS.test(w)),
      );
      // "The movement said": a lower-case head after no name but an article is no organisation's name.
      if (lowerHead && lead < 0) continue;
      let orgWords = words.slice(Math.max(lead, owner + 1));
      // "the Israeli party" is no name: a lower-case head needs a name that is no people or place.
      if (lowerHead && !ORG_HEADS.test(raw) && (orgWords.every(ownBody) || !orgWords.length)) continue;
      // "EU's Borrell": an organisation in the possessive only modifies what follows.
      if (!lowerHead && !orgWords.some((w, k) => ORG_HEADS.test(w) && !(/['’]s$/.test(w) && k < orgWords.length - 1))) continue;
      let end = m.index! + stripPossessive(raw).length;
      const start = end - orgWords.join(" ").length;
      const last = orgWords[orgWords.length - 1]!;
      if (lowerHead) end += lowerHead[0].length;
      else if (end === runEnd && ORG_HEADS.test(last)) {
        // "Jordan's Ministry of Foreign Affairs and Expatriates": the tail joins the body, unless it names a person, or
        // another body or a place after "and"; a role named inside it ("Office of the Prime Minister") gives way.
        let tail = OF_TAIL.exec(text.slice(end, end + 120))?.[0];
        if (tail) {
          const tailWords = tail.trim().split(/\s+/);
          const and = tailWords.lastIndexOf("and");
          if (and >= 0 && tailWords.slice(and + 1).some(ownBody)) tail = tail.slice(0, tail.lastIndexOf(" and "));
          tail = tail.replace(/['’]s$/u, "");
          const inner = overlapping({ start: end, end: end + tail.length });
          if (inner.every((x) => x.kind === "role")) {
            for (const x of inner) remove(x);
            end += tail.length;
          }
        }
      }
      orgWords = text.slice(start, end).split(/\s+/);
      const orgText = text.slice(start, end);
      const span = { start, end };
      // "The Prime Minister's Office": a role read inside the name gives way to the body.
      const taken = overlapping(span);
      if (taken.length && taken.every((x) => x.kind === "role" && /['’]s$/.test(text.slice(x.end, x.end + 2))))
        for (const x of taken) remove(x);
      if (overlaps(span) || PLACE_BY_NAME.has(orgText)) continue;
      const demonym = words.find((w) => COUNTRY_BY_DEMONYM.has(w));
      // "Kuwait's Ministry of Foreign Affairs", "the Foreign Ministry of Bahrain": a country owns the body.
      const ofCountry = orgWords.find((w, k) => k > 0 && orgWords[k - 1] === "of" && PLACE_BY_NAME.get(w)?.kind === "country");
      const possessor = POSSESSIVE_COUNTRY.exec(text.slice(Math.max(0, start - 40), start))?.[1];
      add({
        rule: RULE,
        kind: "organization",
        ...span,
        text: orgText,
        name: orgText,
        title: null,
        country: demonym ? COUNTRY_BY_DEMONYM.get(demonym)! : countryNamed(ofCountry ?? possessor),
      });
    }
    for (const m of matchesOf(SEAT, text)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (!overlaps(span)) add({ rule: RULE, kind: "organization", ...span, text: m[0], name: m[0], title: null, country: null });
    }
    joinAcronymNames(text, st, RULE);
  },
};

/** "the UN humanitarian office OCHA": a parent body, a lower-case description ending in a body's noun, an acronym. */
const DESCRIBED_ACRONYM = new RegExp(String.raw`^\s+(?:\p{Ll}+\s+){0,2}(?:${alternation(O.acronym_descriptions)})\s+$`, "u");
const ACRONYM_AFTER = /^\s*\((\p{Lu}{2,})\)/u;
/** Capitalised words and "and" right before a body's name ("Food and", "UN Relief and"). */
const CAPITALS_AND = /(?<![\p{L}'’-])(?:\p{Lu}[\p{L}'’-]*\s+){1,4}and\s+$/u;
/** The initials a name gives an acronym: every letter of a word in capitals ("UN"), the first of a capitalised word. */
const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : /^\p{Lu}/u.test(w) ? w[0]! : ""))
    .join("");
/** The acronym's letters are initials of the name, in order, starting with the first. */
const acronymFits = (acronym: string, name: string) => {
  const initials = initialsOf(name);
  let k = 0;
  for (const c of initials) if (c === acronym[k]) k++;
  return acronym[0] === initials[0] && k === acronym.length;
};
/**
 * Organisation names the capitalised runs split:
 * - "the UN humanitarian office OCHA": the acronym after a description names the body; the parent before the
 *   description only places it, so it is no second organisation: one mention of the whole phrase, named OCHA.
 * - "the UN Relief and Works Agency for Palestine Refugees (UNRWA)": two runs joined by "and" are one name when the
 *   acronym in brackets after them is made of their initials.
 */
function joinAcronymNames(text: string, st: MentionState, rule: string): void {
  const orgs = st.mentions.filter((x) => x.kind === "organization" && x.rule === rule).sort((a, b) => a.start - b.start);
  orgs.forEach((b, k) => {
    const a = orgs[k - 1];
    if (a && /^\p{Lu}{3,}$/u.test(b.text) && DESCRIBED_ACRONYM.test(text.slice(a.end, b.start))) {
      // One mention from the parent to the acronym, named by the acronym: "according to the UN humanitarian office OCHA"
      // reads its source right after "according to the".
      st.remove(a);
      st.remove(b);
      st.add({ ...b, start: a.start, text: text.slice(a.start, b.end) });
      return;
    }
    const acronym = ACRONYM_AFTER.exec(text.slice(b.end, b.end + 16))?.[1];
    let before = acronym ? CAPITALS_AND.exec(text.slice(Math.max(0, b.start - 80), b.start))?.[0] : undefined;
    if (!acronym || !before) return;
    // "The Food and Agriculture Organization (FAO)": words before the acronym's first letter ("The") are left out.
    while (before && !acronymFits(acronym, before + b.text)) before = before.replace(/^\S+\s+/, "");
    if (!before || !/^\p{Lu}/u.test(before)) return;
    const start = b.start - before.length;
    const name = text.slice(start, b.end);
    const inside = st.overlapping({ start, end: b.start });
    if (inside.some((x) => x.kind !== "organization")) return;
    for (const x of [...inside, b]) st.remove(x);
    st.add({ rule, kind: "organization", start, end: b.end, text: name, name, title: null, country: b.country });
  });
}

/** Places the gazetteer knows. */
export const gazetteerPlaces: MentionRule = {
  id: "mention/gazetteer-place",
  run(text, st) {
    const RULE = "mention/gazetteer-place";
    const { add, overlaps } = st;
    // "the Saudi capital" is Riyadh, not a town called "Saudi".
    for (const m of matchesOf(CAPITAL_PHRASE_RE, text)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (overlaps(span)) continue;
      const place = CAPITAL_BY_DEMONYM.get(m.groups!.demonym!)!;
      add({ rule: RULE, kind: "place", ...span, text: m[0], name: place.name, title: null, country: place.country, place });
    }
    for (const m of matchesOf(PLACE_NAME_RE, text)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (overlaps(span)) continue;
      const place = PLACE_BY_NAME.get(m[0])!;
      add({ rule: RULE, kind: "place", ...span, text: m[0], name: place.name, title: null, country: place.country, place });
    }
  },
};

const PER_COUNTRY = D.per_country_heads as Record<string, string | null>;
/** "the foreign ministers of", "the leaders of": a plural head whose "of" may start a list of countries. */
const HEAD_OF_COUNTRIES = new RegExp(
  firstCharAhead(["The", "the", ...D.per_country_modifiers, ...Object.keys(PER_COUNTRY)]) +
    String.raw`(?<![\p{L}])(?:[Tt]he\s+)?(?:(?:${alternation(D.per_country_modifiers)})\s+)?` +
    String.raw`(?<head>${alternation(Object.keys(PER_COUNTRY), { spaces: "\\s+" })})\s+of\s+(?=(?:the\s+)?\p{Lu})`,
  "gu",
);
/** What joins the countries of a list: ", ", " and ", ", and ". */
const LIST_GLUE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)/;

/**
 * Officials of a list of countries ("the foreign ministers of Jordan, Egypt and Qatar", "the leaders of Qatar and
 * Egypt"): one unnamed counterpart per country, as the reports mean it ("foreign minister of Jordan", "leaders of
 * Qatar"), not one vague group. The first mention covers the head and its country, the others their country's name;
 * the countries are counterparts here, not places.
 */
export const officialsOfCountries: MentionRule = {
  id: "mention/officials-of-countries",
  run(text, st) {
    const RULE = "mention/officials-of-countries";
    const { add, remove, overlapping, overlaps } = st;
    // The country named at `pos`, with or without its article ("the United Arab Emirates" is one place mention).
    const countryAt = (pos: number): Mention | undefined => {
      const skip = /^the\s+/.exec(text.slice(pos, pos + 8))?.[0].length ?? 0;
      const found = [pos, pos + skip]
        .map((p) => overlapping({ start: p, end: p + 1 })[0])
        .find((x) => x?.start === pos || x?.start === pos + skip);
      return found?.kind === "place" && found.place!.kind === "country" ? found : undefined;
    };
    for (const m of matchesOf(HEAD_OF_COUNTRIES, text)) {
      const head = m.groups!.head!.toLowerCase().replace(/\s+/g, " ");
      const one = PER_COUNTRY[head] ?? null;
      const countries: Mention[] = [];
      for (let c = countryAt(m.index! + m[0].length); c; ) {
        countries.push(c);
        const glue = LIST_GLUE.exec(text.slice(c.end, c.end + 8));
        c = glue ? countryAt(c.end + glue[0].length) : undefined;
      }
      if (!countries.length || overlaps({ start: m.index!, end: m.index! + m[0].length })) continue;
      countries.forEach((c, k) => {
        remove(c);
        const span = { start: k === 0 ? m.index! : c.start, end: c.end };
        add({
          rule: RULE,
          kind: one ? "unnamed" : "group",
          ...span,
          text: text.slice(span.start, span.end),
          name: `${one ?? head} of ${c.place!.name}`,
          title: one,
          country: c.country,
        });
      });
    }
  },
};

/** Offices written in lower case: "secretary general", "director-general", "chairman" (titles without honorifics). */
const OFFICES = TITLES.filter((t) => /^\p{Lu}\p{Ll}/u.test(t) && !/\.$/.test(t) && !HONORIFICS.has(t)).map((t) =>
  t.toLowerCase().replace(/-/g, " "),
);
const OFFICE_OF = new RegExp(
  String.raw`(?<![\p{L}])[Tt]he\s+(?<office>${alternation(OFFICES, { spaces: String.raw`[\s-]+` })})\s+of\s+(?:the\s+)?(?=\p{Lu})`,
  "gu",
);
const officeKey = (t: string) => t.toLowerCase().replace(/[\s-]+/g, " ");

/**
 * The holder of an office of an organisation, unnamed ("the secretary general of the Palestine Liberation
 * Organization"): a counterpart of its own. Where the document names a person with that office, the phrase is
 * left alone: it most likely means that person.
 */
export const officeOfBody: MentionRule = {
  id: "mention/office-of-body",
  run(text, st) {
    const RULE = "mention/office-of-body";
    const { add, remove, overlapping, overlaps } = st;
    let namedOffices: Set<string> | undefined;
    for (const m of matchesOf(OFFICE_OF, text)) {
      const at = m.index! + m[0].length;
      const body = overlapping({ start: at, end: at + 1 })[0];
      if (body?.kind !== "organization" || body.start !== at || overlaps({ start: m.index!, end: at })) continue;
      const office = officeKey(m.groups!.office!);
      namedOffices ??= new Set(st.mentions.filter((x) => x.kind === "person" && x.title).map((x) => officeKey(x.title!)));
      if ([...namedOffices].some((t) => t === office || t.endsWith(` ${office}`))) continue;
      const abbreviation = /^\s*\(\p{Lu}{2,}\)/u.exec(text.slice(body.end, body.end + 12))?.[0] ?? "";
      const span = { start: m.index!, end: body.end + abbreviation.length };
      remove(body);
      add({
        rule: RULE,
        kind: "unnamed",
        ...span,
        text: text.slice(span.start, span.end),
        name: `${office} of ${body.name}`,
        title: office,
        country: null,
      });
    }
  },
};

/**
 * A parliamentary record's answer: a line opened by a label that ends in a name in brackets and a colon ("The Secretary of
 * State for Foreign Affairs (Mr Jane Doe): I met …"). The label is at most a line's first 200 characters.
 */
const LABELLED_LINE = /(?<=^|\n)[^\n:]{3,200}\)\s*:[^\S\n]/gu;
/** A tabled question's opening after its label: "What …", "Whether …", "If …", "How …", "When …", "Which …". */
const TABLED_QUESTION = /^(?:What|Whether|If|How|When|Which)\b/u;
/**
 * "Some of the relatives have said they will travel …", "The families say they …": "they" in what a plural noun phrase of no
 * names says refers to those people, not to people named before it, so it is no plural reference for the extractors to widen.
 * The phrase opens its sentence: a quantifier with "of the", or a determiner, then up to three lower-case words, the last a
 * plural; then a verb of saying (maybe after "have"/"has") and maybe "that". Read on the 100 characters before "they".
 */
const QUANTIFIERS = alternation(lexicon.descriptors.plural_quantifiers.map((q) => q[0]!.toUpperCase() + q.slice(1)));
const PLURAL_NOUN_SAYS = new RegExp(
  String.raw`(?:^|[.!?]["”’]?\s+|\n)(?:(?:${QUANTIFIERS})` +
    String.raw`\s+of\s+(?:the|their|its)|The|Their|Its|Many|Some|Other)\s+(?!(?:two|three|four)\s)(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}+s\s+` +
    String.raw`(?:(?:have|has|had)\s+)?(?:${alternation(inflectAll(lexicon["speech-verbs"].verbs, ["s", "past"]))})\s+(?:that\s+)?$`,
  "u",
);
/** "I" as a word ("I", not "I'm" or "II"). */
const FIRST_PERSON = /(?<![\p{L}'’])I(?![\p{L}\p{N}'’.])/gu;

/** Pronouns and plural references ("he", "the two leaders"). */
export const pronouns: MentionRule = {
  id: "mention/pronoun",
  run(text, st) {
    const RULE = "mention/pronoun";
    const { add, overlaps } = st;
    // "(Mr Jane Doe): I met …": "I" in a labelled answer is the speaker of the label (only there: elsewhere "I" is a
    // quotation's speaker, which the quote extractor reads).
    for (const line of matchesOf(LABELLED_LINE, text)) {
      const labelEnd = line.index! + line[0].length;
      const label = { start: line.index!, end: labelEnd };
      const lineEnd = text.indexOf("\n", labelEnd) < 0 ? text.length : text.indexOf("\n", labelEnd);
      for (const m of matchesOf(FIRST_PERSON, text.slice(labelEnd, lineEnd))) {
        const span = { start: labelEnd + m.index!, end: labelEnd + m.index! + 1 };
        // Inside a quotation "I" is the quoted speaker.
        if (overlaps(span) || /[“"]/.test(text.slice(labelEnd, span.start))) continue;
        add({ rule: RULE, kind: "pronoun", ...span, text: "I", name: "i", title: null, country: null, label });
      }
    }
    // "Mr Jane Doe (Tiverton) (LD): What recent discussions he has had with Qatar …": a tabled question names the minister
    // asked in the third person; "he" is not the member asking, and the text names that minister only in the answer's
    // label, so the pronouns of a labelled question refer to nobody.
    const questions: Array<{ start: number; end: number }> = [];
    for (const line of matchesOf(LABELLED_LINE, text)) {
      const labelEnd = line.index! + line[0].length;
      if (!TABLED_QUESTION.test(text.slice(labelEnd, labelEnd + 12))) continue;
      const lineEnd = text.indexOf("\n", labelEnd);
      questions.push({ start: labelEnd, end: lineEnd < 0 ? text.length : lineEnd });
    }
    let q = 0;
    for (const m of matchesOf(PRONOUN, text)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      // (Questions and pronouns both come in text order: one pass over each.)
      while (q < questions.length && questions[q]!.end < span.end) q++;
      if (overlaps(span) || (q < questions.length && questions[q]!.start <= span.start)) continue;
      if (/^they$/i.test(m[0]) && PLURAL_NOUN_SAYS.test(text.slice(Math.max(0, span.start - 100), span.start))) continue;
      add({ rule: RULE, kind: "pronoun", ...span, text: m[0], name: m[0].toLowerCase(), title: null, country: null });
    }
  },
};

/** Countries written as adjectives or names in a list of modifiers ("Israeli, Qatar, and Egyptian"). */
const COUNTRY_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${DEMONYM_ALT}|${COUNTRY_ALT})(?![\p{L}])`, "gu");
/** A country's adjective for names ("Qatar" → "Qatari"): its first demonym that is no plural noun. */
const ADJECTIVE_OF = new Map<string, string>();
for (const [d, code] of COUNTRY_BY_DEMONYM) if (!/[^s]s$/.test(d) && !ADJECTIVE_OF.has(code)) ADJECTIVE_OF.set(code, d);

/**
 * A plural head after a list of two or more countries ("his Israeli, Qatari and Egyptian counterparts"): one
 * mention per country, each spanning its country's word (the last also the head), named for one holder where the
 * head has one per country ("Qatari counterpart"). Null when the description is no such list.
 */
function perCountryMentions(text: string, span: { start: number; end: number }, head: string): Omit<Mention, "rule">[] | null {
  const key = head.toLowerCase().replace(/\s+/g, " ");
  if (!(key in PER_COUNTRY)) return null;
  const one = PER_COUNTRY[key] ?? null;
  const words = matchesOf(COUNTRY_WORD, text.slice(span.start, span.end));
  if (words.length < 2) return null;
  // Only a list: the words between the countries join them.
  for (let k = 1; k < words.length; k++) {
    const between = text.slice(span.start + words[k - 1]!.index! + words[k - 1]![0].length, span.start + words[k]!.index!);
    if (!/^\s*,?\s*(?:and\s+)?$/.test(between)) return null;
  }
  return words.map((w, k) => {
    const start = span.start + w.index!;
    const end = k === words.length - 1 ? span.end : start + w[0].length;
    const country = COUNTRY_BY_DEMONYM.get(w[0]) ?? PLACE_BY_NAME.get(w[0])?.country ?? null;
    const adjective = (country && ADJECTIVE_OF.get(country)) ?? w[0];
    return {
      kind: one ? ("unnamed" as const) : ("group" as const),
      start,
      end,
      text: text.slice(start, end),
      name: `${adjective} ${one ?? key}`,
      title: one,
      country,
    };
  });
}

/** A named body in the possessive, and nothing else, before a head: "Hezbollah's", "Islamic Jihad's". */
const BODY_POSSESSIVE = new RegExp(String.raw`^((?:(?:${alternation(D.named_groups)})\s+)?\p{Lu}[\p{L}-]+)['’]s\s+$`, "u");
/** Whether a person is named with a spokes* title right after the body's name ("Hezbollah spokesman Mohammad Afif"). */
const namesSpokesperson = (text: string, mentions: readonly Mention[], body: string) =>
  ORG_HEADS.test(body.split(/\s+/).pop()!) === false ||
  mentions.some(
    (p) =>
      p.kind === "person" &&
      /spokes/i.test(p.title ?? text.slice(Math.max(0, p.start - 20), p.start)) &&
      text.slice(Math.max(0, p.start - body.length - 20), p.start).includes(body),
  );

/**
 * "the group", "the militant group", "the Iran-backed movement": a singular head with "the" that refers back to a body
 * the text named. Not before a possessive or "of" ("the group's leader", "the group of seven"), which make it part of
 * another phrase.
 */
const BACK_TO_GROUP = new RegExp(
  String.raw`(?<![\p{L}])[Tt]he\s+(?:(?:${alternation(D.back_reference_modifiers)})\s+){0,2}(?:${alternation(D.back_reference_heads)})` +
    String.raw`(?![\p{L}'’-])(?!\s+of\b)`,
  "gu",
);

/** Descriptions of unnamed speakers and groups ("a senior State Department official", "Israeli officials"). */
export const descriptions: MentionRule = {
  id: "mention/description",
  run(text, st) {
    const RULE = "mention/description";
    const { overlapping, add, remove, unnamedByHead } = st;
    for (const h of matchesOf(DESCRIPTOR_HEAD_RE, text)) {
      let windowStart = h.index!;
      while (windowStart > Math.max(0, h.index! - 160) && mayBeInDescription(text, windowStart)) windowStart--;
      const headEnd = h.index! + h[0].length;
      // A little text after the head, for the head's own lookahead ("members of … as well as").
      const hit = matchesOf(DESCRIPTOR, text.slice(windowStart, headEnd + 30)).find(
        (c) => windowStart + c.index! + c[0].length === headEnd,
      );
      if (!hit) continue;
      const m = Object.assign(hit, { index: windowStart + hit.index });
      let lead = m[0].length - m[0].trimStart().length;
      // Commas join modifiers only in a list that ends with "and" ("Israeli, Qatari and Egyptian
      // counterparts"); otherwise the description starts after the last comma ("… in Gaza, Israeli officials").
      const lastComma = m[0].lastIndexOf(",");
      if (lastComma >= 0 && !/\band\b/.test(m[0].slice(lastComma)))
        lead = lastComma + 1 + (m[0].slice(lastComma + 1).length - m[0].slice(lastComma + 1).trimStart().length);
      const span = { start: m.index! + lead, end: m.index! + m[0].length };
      // A description may contain organisations and places ("a senior State Department official", "Israeli,
      // Qatar, and Egyptian counterparts"): it wins over them.
      const inner = overlapping(span);
      if (inner.some((t) => !["organization", "place", "pronoun"].includes(t.kind) || t.start < span.start || t.end > span.end)) continue;
      const det = (m.groups!.det ?? "").toLowerCase();
      const head = m.groups!.head!;
      const singular = !/^members\b/.test(head) && (!/s$/.test(head) || /^spokes/.test(head));
      const mods = m.groups!.mods ?? "";
      // A singular description needs an indefinite article ("a senior official"); "the foreign minister" and
      // "America's top diplomat" refer back to a named person and are left to the role rule.
      const collective = isCollective(head);
      // "Israel's war cabinet minister Benny Gantz": the group noun only modifies a title or a name.
      // A weekday or month after the head is the time of the clause ("met Jordan's top leaders Tuesday").
      const after = /^\s+(\p{L}+)/u.exec(text.slice(span.end, span.end + 20))?.[1] ?? "";
      if (/^(?:minister|member|spokes\w+|official|secretary|chief|head|\p{Lu})/u.test(after) && !CALENDAR_WORDS.has(after)) continue;
      // "The Qatari official" refers back to a person of that country.
      const demonymOnly = mods.split(/[\s,]+/).find((w) => COUNTRY_BY_DEMONYM.has(w));
      if (
        singular &&
        !collective &&
        det === "the" &&
        demonymOnly &&
        /^(?:official|minister|diplomat|envoy|spokes\w+|leader|mediator|negotiator)$/.test(head)
      ) {
        for (const t of inner) remove(t);
        add({
          rule: RULE,
          kind: "role",
          ...span,
          text: text.slice(span.start, span.end),
          name: "official",
          title: head,
          country: COUNTRY_BY_DEMONYM.get(demonymOnly)!,
        });
        continue;
      }
      // "the Hamas official" after "a Hamas official": the same unnamed speaker.
      // "the spokeswoman" and "the ministry spokeswoman" after "a foreign ministry spokeswoman": a shorter
      // description with the same head and no new modifier refers back to the latest such mention.
      const own = wordsOf(text.slice(span.start, span.end));
      const earlier =
        det === "the" && singular
          ? (unnamedByHead.get(own[own.length - 1]!) ?? [])
              .filter((o) => o.start < span.start && own.every((x) => wordsOf(o.text).includes(x)))
              .reduce<Mention | undefined>((best, o) => (!best || o.start > best.start ? o : best), undefined)
          : undefined;
      if (earlier) {
        for (const t of inner) remove(t);
        add({ ...earlier, rule: RULE, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
        continue;
      }
      // "Hezbollah's spokesman said", "Islamic Jihad's spokesman": the possessive of a body and a spokes* head with no article
      // is an unnamed speaker of that body, unless the text names a spokesperson right after that body's name.
      const owner =
        singular && !det && /^spokes/.test(head) ? BODY_POSSESSIVE.exec(text.slice(span.start, span.end - head.length))?.[1] : undefined;
      if (owner && !namesSpokesperson(text, st.mentions, owner)) {
        for (const t of inner) remove(t);
        const name = `${owner} ${head}`;
        add({ rule: RULE, kind: "unnamed", ...span, text: text.slice(span.start, span.end), name, title: head, country: null });
        continue;
      }
      if (singular && !collective && !["a", "an", "one", "another"].includes(det)) continue;
      if (collective && !det && !mods.trim()) continue;
      const demonym = mods.split(/[\s,]+/).find((w) => COUNTRY_BY_DEMONYM.has(w));
      const kind = ["a", "an", "one", "another"].includes(det) && singular && !collective ? "unnamed" : "group";
      for (const t of inner) remove(t);
      // "his Israeli, Qatari and Egyptian counterparts": one counterpart per country, as with "of" and a list.
      const perCountry = perCountryMentions(text, span, head);
      if (perCountry) {
        for (const x of perCountry) add({ rule: RULE, ...x });
        continue;
      }
      const textSpan = text.slice(span.start, span.end);
      // The name drops articles and possessives: "members of his senior Cabinet" is "members of senior Cabinet".
      const name = textSpan.replace(/^(?:an?|one|another|the|his|her|their)\s+/i, "").replace(/\b(?:his|her|their|its)\s+/gi, "");
      // "Israeli officials" and "Jordan's top leaders" are of a country.
      const possessive = /^(\p{Lu}[\p{L} ]+)['’]s\s/u.exec(mods)?.[1];
      const country = demonym ? COUNTRY_BY_DEMONYM.get(demonym)! : countryNamed(possessive);
      add({ rule: RULE, kind, ...span, text: textSpan, name, title: null, country });
    }
    // "the group said", "the militant movement": a back-reference to an armed group or party (resolve.ts finds which).
    for (const m of matchesOf(BACK_TO_GROUP, text)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (st.overlaps(span)) continue;
      add({ rule: RULE, kind: "group", ...span, text: m[0], name: nameOf(m[0]), title: null, country: null, backToGroup: true });
    }
  },
};

/** Sites the gazetteer does not know ("Erez Crossing", "Kibbutz Nir Oz"). */
export const sites: MentionRule = {
  id: "mention/site",
  run(_text, st) {
    const RULE = "mention/site";
    const { overlapping, add, remove, overlaps } = st;
    for (const m of st.capitalisedRuns) {
      // The patterns below are tried only on runs with a site word: most runs are names.
      if (!SITE_HEAD_LAST_WORDS.has(m[0].slice(m[0].search(/\S+$/))) && !SITE_LEAD_WORD.test(m[0])) continue;
      const site = SITE_RUN.exec(m[0]) ?? SITE_LEAD.exec(m[0]);
      if (!site) continue;
      const words = site[0].split(/\s+/);
      const lead = words.findIndex((w) => !NOT_NAME_WORDS.has(w));
      const name = words.slice(Math.max(lead, 0)).join(" ");
      const end = m.index! + site.index + site[0].length;
      const span = { start: end - name.length, end };
      if (overlaps(span)) {
        // "Kerem Shalom Crossing": the gazetteer's shorter name inside gives way to the whole site.
        const read = overlapping(span);
        const inner = read.filter((t) => t.kind === "place" && t.start >= span.start && t.end <= span.end);
        if (!inner.length || read.some((t) => t.kind !== "place")) continue;
        for (const t of inner) remove(t);
      }
      const known = PLACE_BY_NAME.get(name);
      const inner0 = PLACE_BY_NAME.get(words.slice(Math.max(lead, 0), -1).join(" "));
      const place: PlaceEntry = known ?? { id: slug(name), name, kind: "site", country: inner0?.country ?? null, aliases: [] };
      add({ rule: RULE, kind: "place", ...span, text: name, name: place.name, title: null, country: place.country, place });
    }
  },
};

/** Capitalised past forms of speech verbs ("Said", "Added"), which may open an inverted attribution. */
const INVERTED_SPEECH_VERB: ReadonlySet<string> = new Set(
  inflectAll(lexicon["speech-verbs"].verbs, ["past"]).map((v) => v[0]!.toUpperCase() + v.slice(1)),
);

/**
 * A title in lower case before a name: words that lead titles ("former prime minister", "army chief", "political
 * leader"), ending in a word that heads one, maybe after the body the person speaks for ("Hamas political leader").
 */
const LOWER_CASE_TITLE_HEADS = [...T.referring_roles.filter((r) => /^\p{Ll}+$/u.test(r)), ...T.lower_case_title_heads];
const LOWER_CASE_TITLE = new RegExp(
  String.raw`(?<![\p{L}])((?:(?:${alternation(D.named_groups)}|${ADJECTIVE_ALT})\s+)?` +
    String.raw`(?:(?:${T.lead_words.map(eitherCase).join("|")})\s+){0,3}(?:${alternation(LOWER_CASE_TITLE_HEADS)}))\s+$`,
  "u",
);

/**
 * "(Reporting by A in Cairo; Additional reporting by B and C; Editing by D)": a credit line's lead and the names after
 * it up to its semicolon or bracket (bounded: a credit line is short).
 */
const CREDIT_BEFORE = new RegExp(String.raw`(?:${lexicon["not-names"].credit_leads.map(eitherCase).join("|")})\s+[^;()\n]{0,80}$`, "u");

/** A wire dateline up to its bracket: a place in capitals at a line's start, maybe a date ("CAIRO, Jan 9 ("). */
const DATELINE_OPEN = /(?:^|\n)\p{Lu}{2}[\p{Lu}\s,.'’-]*(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*)?\($/u;

/** "His brother, ", "her eldest son, ": a relative named next by a given name alone. */
const KIN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:older|younger|elder|eldest|youngest)\s+)?` +
    String.raw`(?:${alternation(NAMES.kin_nouns)}),\s*$`,
  "u",
);

/** Untitled names: two to four name words ("Alex Vatanka"). */
export const untitledNames: MentionRule = {
  id: "mention/untitled-name",
  run(text, st) {
    const RULE = "mention/untitled-name";
    const { overlapping, add, remove, overlaps, inHeading } = st;
    for (const m of st.capitalisedRuns) {
      const raw = m[0];
      if (ORG_HEADS.test(raw) || inHeading(m.index!)) continue;
      // A journalist named in a wire story's credit line is none of its actors.
      if (CREDIT_BEFORE.test(text.slice(Math.max(0, m.index! - 120), m.index!))) continue;
      // "ANKARA (Daily Sabah) -": the outlet in a dateline's brackets is no person.
      if (
        DATELINE_OPEN.test(text.slice(Math.max(0, m.index! - 60), m.index!)) &&
        /^\)\s*[-–—]/.test(text.slice(m.index! + raw.length, m.index! + raw.length + 4))
      )
        continue;
      // "Israel-Hamas", "US-PA": compounds of place names are adjectives, not actors.
      if (
        raw
          .split(/\s+/)
          .some((w) => w.includes("-") && w.split("-").some((part) => PLACE_BY_NAME.has(part) || COUNTRY_BY_DEMONYM.has(part)))
      )
        continue;
      const words = trimTrailing(raw.split(/\s+/));
      let kept = trimNonName(words);
      // "foreign minister, Israel Katz", "her Israeli counterpart Israel Katz": after a role noun, maybe a comma, a name
      // may begin with a place word (its last word is no place or common word).
      if (
        kept.length === 1 &&
        words.length === 2 &&
        !NOT_NAME_WORDS.has(kept[0]!) &&
        /\b(?:minister|secretary|president|envoy|ambassador|chief|leader|spokes\w+|counterpart|adviser|advisor),?\s*$/i.test(
          text.slice(Math.max(0, m.index! - 30), m.index!),
        )
      ) {
        kept = words;
        const place = overlapping({ start: m.index!, end: m.index! + 1 }).find((t) => t.kind === "place" && t.start === m.index!);
        if (place) remove(place);
      }
      // "Said Blinken: “…”": a sentence opened by its speech verb, the speaker and a colon before the quote; the verb
      // is no first name.
      if (INVERTED_SPEECH_VERB.has(kept[0]!) && /^\s*:\s*[“"]/.test(text.slice(m.index! + raw.length, m.index! + raw.length + 4)))
        kept = kept.slice(1);
      // "His brother, Mahmoud, said": a given name alone in commas after a relative of someone named is a person.
      if (kept.length === 1 && words.length === 1 && KIN_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!))) {
        const w = kept[0]!;
        const span = { start: m.index!, end: m.index! + w.length };
        if (
          /^\s*,/.test(text.slice(span.end, span.end + 2)) &&
          !overlaps(span) &&
          !NOT_NAME_WORDS.has(w) &&
          !PLACE_BY_NAME.has(w) &&
          !TITLE_WORDS.has(w) &&
          !shouting(w)
        )
          add({ rule: RULE, kind: "person", ...span, text: w, name: w, title: null, country: null });
        continue;
      }
      if (kept.length < 2 || kept.some(shouting) || kept.every((w) => TITLE_WORDS.has(w))) continue;
      // An honorific opening the name ("Sheikh Tamim bin Hamad Al Thani") is no part of it.
      while (kept.length > 2 && HONORIFICS.has(kept[0]!)) kept.shift();
      const name = stripPossessive(kept.join(" "));
      const start = m.index! + words.join(" ").length - kept.join(" ").length;
      const span = { start, end: start + name.length };
      // Inside a name, a month's short form is a name too ("Zhai Jun", "Theresa May").
      if (
        overlaps(span) ||
        kept.some((w, k) => (k > 0 && PLACE_BY_NAME.has(w)) || (NOT_NAME_WORDS.has(w) && !(k > 0 && MONTHS_IN_NAMES.has(w))))
      )
        continue;
      // "his Jordanian counterpart Ayman Safadi": the demonym before a role noun gives the country.
      const lead = /(\p{Lu}\p{L}+)\s+(?:counterpart|colleague|envoy|official|minister|diplomat)\s+$/u.exec(
        text.slice(Math.max(0, span.start - 40), span.start),
      );
      // "former prime minister Ehud Olmert", "Hamas political leader Ismail Haniyeh": a title in lower case right before
      // the name is the person's title, so that a description further on ("the former prime minister") can find him.
      const lowerTitle = LOWER_CASE_TITLE.exec(text.slice(Math.max(0, span.start - 60), span.start))?.[1] ?? null;
      // "China's envoy Fu Cong", "Iran's acting foreign minister Ali Bagheri Kani": a country in the possessive right
      // before that title is the person's country, as a demonym would be.
      const possessor = lowerTitle
        ? POSSESSIVE_COUNTRY.exec(text.slice(Math.max(0, span.start - lowerTitle.length - 41), span.start - lowerTitle.length - 1))?.[1]
        : undefined;
      add({
        rule: RULE,
        kind: "person",
        ...span,
        text: name,
        name,
        title: lowerTitle,
        country: lead
          ? (COUNTRY_BY_DEMONYM.get(lead[1]!) ?? null)
          : (COUNTRY_BY_DEMONYM.get(lowerTitle?.split(" ")[0] ?? "") ?? countryNamed(possessor)),
      });
    }
  },
};

/** A lone capitalised word acting as a subject ("Austin was greeted"). */
export const loneSubjects: MentionRule = {
  id: "mention/lone-subject",
  run(text, st) {
    const RULE = "mention/lone-subject";
    const { add, overlaps, inHeading } = st;
    for (const m of matchesOf(LONE_SUBJECT, text)) {
      const w = m[1]!;
      const span = { start: m.index!, end: m.index! + w.length };
      // "“Progress was made,” Barnea said": the first word of a quotation is a capitalised common word far more often than
      // a person named there by surname alone (someone named in full is found by the surname rule anyway).
      if (
        overlaps(span) ||
        inHeading(span.start) ||
        /[“"]\s*$/.test(text.slice(Math.max(0, span.start - 2), span.start)) ||
        NOT_NAME_WORDS.has(w) ||
        PLACE_BY_NAME.has(w) ||
        COUNTRY_BY_DEMONYM.has(w) ||
        ORG_HEADS.test(w)
      )
        continue;
      add({ rule: RULE, kind: "person", ...span, text: w, name: w, title: null, country: null });
    }
  },
};

/** A lone capitalised word as the object of an encounter ("met Netanyahu"). */
export const loneObjects: MentionRule = {
  id: "mention/lone-object",
  run(text, st) {
    const RULE = "mention/lone-object";
    const { add, overlaps, inHeading } = st;
    for (const m of matchesOf(LONE_OBJECT, text)) {
      const w = m[1]!;
      const start = m.index! + m[0].length - w.length;
      const span = { start, end: start + w.length };
      if (
        overlaps(span) ||
        inHeading(start) ||
        NOT_NAME_WORDS.has(w) ||
        PLACE_BY_NAME.has(w) ||
        COUNTRY_BY_DEMONYM.has(w) ||
        ORG_HEADS.test(w)
      )
        continue;
      add({ rule: RULE, kind: "person", ...span, text: w, name: w, title: null, country: null });
    }
  },
};

/**
 * "The Secretary-General, António Guterres, spoke by phone today with the Foreign Minister of Jordan": the words after the
 * name's second comma are the sentence's predicate, not an office in apposition, when they open with a verb of the lexicon
 * (maybe after an adverb) or a relative pronoun ("…, who met the Foreign Minister").
 */
const PREDICATE_VERBS: ReadonlySet<string> = new Set(SUBJECT_VERBS);
function predicate(phrase: string): boolean {
  const first = /^(?:(?:also|then|later|today|again)\s+)*(\p{Ll}+)/u.exec(phrase)?.[1];
  return !!first && (PREDICATE_VERBS.has(first) || /^(?:who|which|whose)$/.test(first));
}

/** Appositive titles ("Alex Vatanka, director of …") given to untitled names. */
export const appositiveTitles: MentionRule = {
  id: "mention/appositive-title",
  run(text, st) {
    const { mentions } = st;
    for (const p of mentions) {
      // "Sayyid Badr Albusaidi, Minister of Foreign Affairs,": an honorific alone gives way to the office after the name.
      if (p.kind !== "person" || (p.title && !HONORIFICS.has(p.title))) continue;
      const a = APPOSITIVE.exec(text.slice(p.end, p.end + 120));
      if (a && APPOSITIVE_TITLE.test(a[1]!) && !predicate(a[1]!)) {
        p.title = a[1]!.trim();
        // "Antony Blinken, Secretary of State of the United States,": the office's country is the person's.
        p.country ??= countryNamed(APPOSITIVE_COUNTRY.exec(p.title)?.[1]);
      }
    }
  },
};

const KNOWN_PEOPLE = lexicon.people.people as ReadonlyArray<{
  name: string;
  surnames: string[];
  title: string | null;
  country: string | null;
}>;
const KNOWN_BY_SURNAME = new Map(KNOWN_PEOPLE.flatMap((p) => p.surnames.map((s) => [s, p] as const)));
const KNOWN_SURNAME = new RegExp(
  String.raw`${firstCharAhead(KNOWN_BY_SURNAME.keys())}(?<![\p{L}-])(${alternation(KNOWN_BY_SURNAME.keys(), { spaces: " " })})(?![\p{L}-])`,
  "gu",
);

/**
 * People the news of this conflict names by surname alone ("will meet with Herzog and Netanyahu" in a headline,
 * an excerpt that never gives the full name): the lexicon's people, where no other rule took the word. Headings
 * too, where a lone capitalised word is otherwise no name.
 */
export const knownPeople: MentionRule = {
  id: "mention/known-person",
  run(text, st) {
    const RULE = "mention/known-person";
    const { add, overlaps } = st;
    // A person the text names itself ("Tayyip Erdogan") keeps the text's name: the surname rule joins them.
    // … with or without diacritics ("Erdogan" after "Recep Tayyip Erdoğan").
    const named = new Set(
      st.mentions.filter((x) => x.kind === "person").flatMap((x) => x.name.normalize("NFD").replace(/\p{M}/gu, "").split(/\s+/)),
    );
    for (const m of matchesOf(KNOWN_SURNAME, text)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (
        overlaps(span) ||
        m[0]
          .normalize("NFD")
          .replace(/\p{M}/gu, "")
          .split(/\s+/)
          .some((w) => named.has(w))
      )
        continue;
      const p = KNOWN_BY_SURNAME.get(m[0])!;
      add({ rule: RULE, kind: "person", ...span, text: m[0], name: p.name, title: p.title, country: p.country });
    }
  },
};

/** A transcript's speaker label: a line opened by a surname in capitals, maybe after an honorific, and a colon. */
const TRANSCRIPT_LABEL = new RegExp(
  String.raw`(?<=^|\n)(?:(?<honorific>${alternation(HONORIFICS_UPPER)})\.?\s+)?(?<name>\p{Lu}[\p{Lu}'’-]*\p{Lu})(?=\s*:)`,
  "gu",
);

/** Single surnames of people named in full ("Blinken", "Mr Netanyahu"). */
export const surnames: MentionRule = {
  id: "mention/surname",
  run(text, st) {
    const RULE = "mention/surname";
    const { mentions, add, overlaps } = st;
    const surnames = new Set<string>();
    for (const p of mentions)
      if (p.kind === "person")
        // "bin", "Abu": a particle joins name words and is never a person's name alone.
        for (const w of p.name.split(/\s+/))
          if (w.length > 2 && !NAME_SUFFIXES.has(w) && !PARTICLE_WORDS.has(w)) {
            surnames.add(w);
            // "Erdogan" after "Erdoğan": a surname is written with and without its diacritics.
            const plain = w.normalize("NFD").replace(/\p{M}/gu, "");
            if (plain !== w) surnames.add(plain);
          }
    if (surnames.size) {
      const re = new RegExp(
        String.raw`(?<![\p{L}-])(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(${[...surnames]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join("|")})(?:['’]s?)?(?![\p{L}-])`,
        "gu",
      );
      for (const m of matchesOf(re, text)) {
        const end = m.index! + m[0].replace(/['’]s?$/u, "").length;
        const span = { start: m.index!, end };
        if (overlaps(span)) continue;
        add({ rule: RULE, kind: "person", ...span, text: text.slice(span.start, end), name: m[1]!, title: null, country: null });
      }
    }
    // "MR MILLER: “…”": a briefing's transcript labels each speaker by a surname in capitals at the start of a line: a
    // surname of someone named in full, or any word after an honorific ("UPDATE:" alone is no one).
    const known = new Map([...surnames].map((w) => [w.toLowerCase(), w]));
    const titleCase = (w: string) => w.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase());
    for (const m of matchesOf(TRANSCRIPT_LABEL, text)) {
      const label = m.groups!.name!;
      const name = known.get(label.toLowerCase()) ?? (m.groups!.honorific ? titleCase(label) : undefined);
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (name && !overlaps(span)) add({ rule: RULE, kind: "person", ...span, text: m[0], name, title: null, country: null });
    }
  },
};

/**
 * The mentions of a text: each rule of `rules` in order (configuration.ts gives the order and why).
 *
 * Text pasted from the web often has two spaces between words ("Secretary of State  Antony Blinken", "The  United  States").
 * The rules write a space between the words of a title or place literally, so they read a copy of the text with each run
 * of spaces and tabs as one space, and the mentions' offsets are mapped back to the text, which is kept as it is (offsets
 * are the record's). A mention's text is then the text's own, if it differs from the copy's only by those spaces.
 */
export function findMentions(text: string, paragraphs: Paragraph[], rules: readonly MentionRule[], layer?: LinguisticLayer): Mention[] {
  if (!SPACE_RUN_TEST.test(text)) return mentionsOf(text, paragraphs, rules, layer);
  const squeezed = squeezeSpaces(text);
  const here = (o: number) => squeezed.fromText[o]!;
  const back = (o: number) => squeezed.toText[o]!;
  const paras = paragraphs.map((p) => ({ ...p, start: here(p.start), end: here(p.end) }));
  const spans = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: here(x.start), end: here(x.end) });
  const tagged = layer
    ? new Map(
        [...layer.values()].map((s) => {
          const t = {
            ...spans(s),
            tokens: s.tokens.map(spans),
            names: s.names.map(spans),
            nounPhrases: s.nounPhrases.map(spans),
            verbGroups: s.verbGroups.map(spans),
          };
          return [t.start, t] as const;
        }),
      )
    : undefined;
  const found = mentionsOf(squeezed.text, paras, rules, tagged);
  for (const m of found) {
    const start = back(m.start);
    // The end: just after the last character of the mention (not after spaces that followed it).
    const end = m.end > m.start ? back(m.end - 1) + 1 : start;
    const own = text.slice(start, end);
    if (own.replace(SPACE_RUN, " ") === m.text) m.text = own;
    m.start = start;
    m.end = end;
    if (m.label) m.label = { start: back(m.label.start), end: back(m.label.end - 1) + 1 };
  }
  return found;
}

/** Two or more spaces or tabs in a row. */
const SPACE_RUN = /[ \t]{2,}/g;
const SPACE_RUN_TEST = /[ \t]{2}/;

/** The text with each run of spaces and tabs as one space, and each offset's counterpart in either direction. */
function squeezeSpaces(text: string): { text: string; fromText: Int32Array; toText: Int32Array } {
  const fromText = new Int32Array(text.length + 1);
  const toText = new Int32Array(text.length + 1);
  let out = "";
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const inRun = (c === " " || c === "\t") && i > 0 && (text[i - 1] === " " || text[i - 1] === "\t");
    if (inRun) {
      fromText[i] = k; // a space of a run is where the next character of the copy is
      continue;
    }
    fromText[i] = k;
    toText[k] = i;
    out += c === "\t" && (text[i + 1] === " " || text[i + 1] === "\t") ? " " : c;
    k++;
  }
  fromText[text.length] = k;
  toText[k] = text.length;
  return { text: out, fromText, toText: toText.subarray(0, k + 1) };
}

function mentionsOf(text: string, paragraphs: Paragraph[], rules: readonly MentionRule[], layer?: LinguisticLayer): Mention[] {
  const st = new MentionState(text, paragraphs, layer);
  for (const r of rules) r.run(text, st);
  return st.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}
