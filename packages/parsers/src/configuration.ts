/**
 * The configuration: every mention rule, extractor and refiner, in the order they run, and why that order.
 * (chrono-node's Configuration of parsers and refiners is the model.) `extractDocument` runs exactly this.
 *
 * Data flows one way: document → analysis (sentences, quotes, mentions, actors) → extractors (candidates) →
 * refiners (within the document) → records. A rule's id is the `rule` its records and mentions carry, and what
 * `shuttle extract --explain` prints.
 */
import {
  appositiveTitles,
  descriptions,
  gazetteerPlaces,
  knownPeople,
  loneObjects,
  officialsOfCountries,
  loneSubjects,
  type MentionRule,
  officeOfBody,
  organisations,
  pronouns,
  referringRoles,
  sites,
  surnames,
  titledNames,
  untitledNames,
} from "./entities/mentions.js";
import { unknownPlaces } from "./entities/unknownPlaces.js";

/**
 * Mention rules. A rule never takes characters an earlier rule took, except where it says so (a description wins
 * over the organisations and places inside it; a site over the gazetteer's shorter name). Hence:
 * - titled names first: "Foreign Minister Israel Katz" is a person before "Israel" can be a place;
 * - referring roles and organisations before places: "the Gaza Health Ministry" is one organisation;
 * - places before pronouns and descriptions, which may contain them ("Israeli officials in Gaza");
 * - officials of a list of countries right after the places, whose countries they take ("the leaders of Qatar and
 *   Egypt" are two counterparts, not two places), and before the descriptions, which would take "the leaders";
 *   offices of an organisation ("the secretary general of the PLO") after the organisations they take;
 * - untitled names, lone subjects and lone objects after everything that may claim their words;
 * - places the gazetteer does not know after the names: a run after "visited" may be a person, and only where a
 *   journey goes ("travelled to", "the town of") does the place win over an untitled name;
 * - appositive titles once the names are known; then the lexicon's well-known people by surname, where no rule read
 *   the word otherwise; surnames last, from all the full names found.
 */
export const MENTION_RULES: readonly MentionRule[] = [
  titledNames,
  referringRoles,
  organisations,
  gazetteerPlaces,
  officialsOfCountries,
  officeOfBody,
  pronouns,
  descriptions,
  sites,
  untitledNames,
  loneSubjects,
  loneObjects,
  unknownPlaces,
  appositiveTitles,
  knownPeople,
  surnames,
];

/** A stage of `extractDocument` after the analysis: its id and why it stands where it does. */
export interface Stage {
  id: string;
  why: string;
}

/**
 * Extractors, in order: quotes first, because a figure inside a quote is its speaker's claim; trips before
 * meetings' records, because a meeting links to its participant's trip.
 */
export const EXTRACTORS: readonly Stage[] = [
  { id: "QuoteExtractor", why: "quotation spans and their speakers; casualty figures inside a quote are the speaker's" },
  { id: "CasualtyExtractor", why: "figures, with the speaker of the quote they stand in" },
  { id: "TripExtractor", why: "stops and journey counts" },
  { id: "MeetingExtractor", why: "encounter candidates, one per trigger and counterpart" },
];

/**
 * Refiners within the document, in order: dates before implicit stops (an implicit stop takes its meeting's
 * date), stops before trips, trips before meetings (a meeting links to its trip), evidence merged last.
 */
export const REFINERS: readonly Stage[] = [
  { id: "refiner/same-quote", why: "the same words quoted twice (a pull quote) are one quote with both spans" },
  { id: "refiner/headline-figure", why: "a headline's figure that the body repeats is the body's claim" },
  { id: "refiner/event-dates", why: "undated held events take their scene's date: a same-day report, a continuation" },
  { id: "refiner/implicit-stop", why: "a meeting held abroad puts the visitor there when the text does not say so" },
  { id: "refiner/trip", why: "one trip per traveller: stops merged by place, ordered, dated, with a status" },
  { id: "refiner/encounter", why: "one meeting per encounter: an encounter told again joins the first telling" },
  { id: "refiner/evidence", why: "evidence spans of a record united and sorted" },
];
