/**
 * Places the gazetteer does not know, found from the linguistic layer: proper-noun runs where a journey goes
 * ("travelled to Jenin and Tulkarm", "visited Nuseirat", "arrived in Deir al-Balah") and after a settlement noun
 * ("the town of Beit Hanoun"). Such a place has no country; its kind is a city (most such places in the news are
 * towns; a country the gazetteer lacks is added there instead).
 */
import { alternation, inflectAll, lexicon } from "../lexicon/index.js";
import { NOT_NAME_WORDS, ORG_HEADS } from "../lexicon/words.js";
import type { TaggedSentence } from "../linguistic/layer.js";
import { PLACE_BY_NAME, slug, type PlaceEntry } from "./gazetteer.js";
import type { Mention, MentionRule, MentionState } from "./mentions.js";
import { matchesOf } from "../text/regex.js";

const T = lexicon["travel-verbs"];
/** Verbs whose destination follows "to"/"in"/"for" ("travelled to", "arrived in", "headed for"). */
const DESTINATION_VERBS = new Set([...T.motion, ...T.heading, ...T.departing].map((v) => v.split(" ")[0]!));
/** Verbs whose object is the destination ("visited Jenin", "toured Rafah"). */
const VISIT_VERBS = new Set(T.touring);
const SETTLEMENTS = new Set([...T.settlement_nouns, "camp"]);
const PREPOSITIONS = new Set(["to", "in", "into", "for", "at"]);

/**
 * A cheap test of a sentence before it is tagged: a journey word, then a capitalised word where a destination
 * would stand ("travelled to J…", "visited N…", "the town of B…"). Tagging costs more than the rest of the
 * analysis of a sentence, and few sentences name a place this way.
 */
const JOURNEY_HINT = new RegExp(
  String.raw`\b(?:(?:${alternation(inflectAll([...T.motion, ...T.heading, ...T.departing]))})\s+(?:to|in|into|for|at` +
    // "flew from Ankara to Crete": the destination after the place left.
    String.raw`|from\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+to)` +
    String.raw`|(?:${alternation(inflectAll(T.touring))})|(?:${alternation([...T.settlement_nouns, "camp"])})\s+of)\s+(?:the\s+)?` +
    String.raw`(?=\p{Lu})`,
  "gu", // not "i": a capital letter must follow
);
/** A destination list: capitalised runs joined by commas and "and" ("Jenin, Tulkarm and Nablus"). */
const LIST_ITEM = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(,\s*(?:and\s+)?|\s+and\s+)?/u;

/**
 * Does a sentence name, where a journey goes, a capitalised word that does not begin a place the gazetteer knows
 * (in the destination or the list it opens)? Only such sentences are tagged.
 */
export function mayNameUnknownPlace(sentence: string): boolean {
  for (const m of matchesOf(JOURNEY_HINT, sentence)) {
    let rest = sentence.slice(m.index + m[0].length);
    for (let item = LIST_ITEM.exec(rest); item; item = item[2] ? LIST_ITEM.exec(rest) : null) {
      const words = item[1]!.split(/\s+/);
      const known = words.some((_, k) => PLACE_BY_NAME.has(words.slice(0, k + 1).join(" ")));
      if (!known && !NOT_NAME_WORDS.has(words[0]!)) return true;
      rest = rest.slice(item[0].length);
    }
  }
  return false;
}

/**
 * Proper-noun runs from token `i` on, as a list ("Jenin, Tulkarm and Nablus"), with the gazetteer's places in it.
 * Commas make a list only when an "and" closes it: in "the city of Ramallah, Annalena Baerbock said" the comma
 * ends the place's phrase.
 */
function listFrom(s: TaggedSentence, i: number): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  let closed = false;
  let k = i;
  while (k < s.tokens.length) {
    if (s.tokens[k]!.text.toLowerCase() === "the") k++;
    const run = s.names.find((n) => n.first === k);
    if (!run) break;
    out.push(run);
    k = run.last + 1;
    const comma = s.tokens[k]?.text === ",";
    if (comma) k++;
    const and = s.tokens[k]?.text.toLowerCase() === "and";
    if (and) k++;
    if (!comma && !and) break;
    if (and) closed = true;
    if (closed && !and) break;
  }
  return closed ? out : out.slice(0, 1);
}

/**
 * Token indices where a destination list starts: after a journey verb and its preposition, "the town of", or a
 * visiting verb. Only after a visiting verb may the run be a person ("visited Alex Vatanka"): no one travels to,
 * arrives in or lives in the town of a person, so there the place wins over an untitled name read before it.
 */
function destinationStarts(s: TaggedSentence): Array<{ at: number; placeWins: boolean }> {
  const out: Array<{ at: number; placeWins: boolean }> = [];
  const tokens = s.tokens;
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.pos === "VERB" && DESTINATION_VERBS.has(t.lemma) && next && PREPOSITIONS.has(next.text.toLowerCase()))
      out.push({ at: i + 2, placeWins: true });
    else if (t.pos === "VERB" && DESTINATION_VERBS.has(t.lemma) && next?.text.toLowerCase() === "from") {
      // "flew from Ankara to Crete": the destination follows the place left.
      const left = s.names.find((n) => n.first === i + 2);
      if (left && tokens[left.last + 1]?.text.toLowerCase() === "to") out.push({ at: left.last + 2, placeWins: true });
    } else if (SETTLEMENTS.has(t.lemma) && next?.text.toLowerCase() === "of") out.push({ at: i + 2, placeWins: true });
    else if (t.pos === "VERB" && VISIT_VERBS.has(t.lemma)) out.push({ at: i + 1, placeWins: false });
  });
  return out;
}

const isPlaceWord = (w: string) => !NOT_NAME_WORDS.has(w) && !ORG_HEADS.test(w);

/** A wire dateline with a city and its country: "AL-ULA, Saudi Arabia, Jan 8 (Reuters) -". */
const DATELINE_CITY_COUNTRY =
  /^([\p{Lu}][\p{Lu}.'’ -]{2,30}?),\s*(\p{Lu}[\p{L}.' ]{2,30}?)\s*(?:,[^\n—–]{1,20}?)?\s*(?:\([^)]{1,30}\))?\s*[—–-]\s/mu;

/** The country a known country's name right after a place gives it ("Arish, Egypt"), or null. */
function countryAfter(text: string, end: number): string | null {
  const m = /^,\s+((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})/u.exec(text.slice(end, end + 40));
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  for (let k = words.length; k > 0; k--) {
    const p = PLACE_BY_NAME.get(words.slice(0, k).join(" "));
    if (p) return p.kind === "country" ? p.country : null;
  }
  return null;
}

/**
 * Places the dateline gives a country that the gazetteer does not know, by id: "AL-ULA, Saudi Arabia (Reuters) -" puts
 * the body's "Al-Ula" in Saudi Arabia. Only the first 2,000 characters are read, where a dateline stands.
 */
function datelineCountries(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const m = DATELINE_CITY_COUNTRY.exec(text.slice(0, 2000));
  if (!m) return out;
  const country = PLACE_BY_NAME.get(m[2]!.trim());
  if (country?.kind === "country" && country.country) out.set(slug(m[1]!), country.country);
  return out;
}

export const unknownPlaces: MentionRule = {
  id: "mention/unknown-place",
  run(text: string, st: MentionState) {
    const countries = datelineCountries(text);
    for (const s of st.layer.values()) {
      for (const { at, placeWins } of destinationStarts(s)) {
        for (const run of listFrom(s, at)) {
          const span = { start: s.tokens[run.first]!.start, end: s.tokens[run.last]!.end };
          const words = text.slice(span.start, span.end).split(/[\s-]+/);
          if (!words.every(isPlaceWord)) continue;
          // A run another rule already read is left to it (the list goes on after it), except an untitled name
          // where a journey goes: "arrived in Deir al-Balah" is no person.
          const read = st.overlapping(span);
          const untitled =
            read.length > 0 && read.every((t) => t.rule === "mention/untitled-name" && t.start >= span.start && t.end <= span.end);
          if (read.length && !(placeWins && untitled)) continue;
          for (const t of read) st.remove(t);
          const name = text.slice(span.start, span.end);
          // The country a dateline or the text puts the place in: "AL-ULA, Saudi Arabia (Reuters) -", "in Arish, Egypt".
          const country = countries.get(slug(name)) ?? countryAfter(text, span.end);
          const place: PlaceEntry = { id: slug(name), name, kind: "city", country, aliases: [] };
          const m: Mention = { kind: "place", ...span, text: name, name, title: null, country: null, place, rule: "mention/unknown-place" };
          st.add(m);
        }
      }
    }
  },
};
