/** Helpers the event extractors share: the subject of a clause, the objects after a trigger, tense. */
import { mentionsIn, type Analysis } from "../analysis.js";
import {
  CALLED_OFF_BEFORE,
  CANCELLED,
  CONDITION,
  FUTURE_MARKERS,
  HYPOTHETICAL_MODAL,
  IN_CONDITION,
  POSTPONED,
  REPORT_DENIED,
  YES_NO_QUESTION,
} from "../lexicon/words.js";
import { alternation, lexicon, verbs } from "../lexicon/index.js";
import type { Sentence } from "../text/segment.js";
import type { DocActor } from "../entities/resolve.js";
import { matchesOf } from "../text/regex.js";
import { isDenied, toldInPast } from "./tense.js";

const ACTOR_KINDS = new Set(["person", "organization", "group", "unnamed", "pronoun", "role"]);

export function actorMentions(a: Analysis, start: number, end: number): number[] {
  return mentionsIn(a, start, end).filter((i) => ACTOR_KINDS.has(a.mentions[i]!.kind));
}

/**
 * An organisation right before a person names that person's affiliation ("State Department spokesman
 * Matthew Miller", "Hezbollah leader Hassan Nasrallah"); the person is the actor.
 */
export function isAffiliation(a: Analysis, i: number): boolean {
  const org = a.mentions[i]!;
  const next = a.mentions[i + 1];
  return org.kind === "organization" && next?.kind === "person" && /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(a.text.slice(org.end, next.start));
}

/**
 * The actor doing what the trigger at `pos` says: a possessor right before a noun trigger ("Blinken's
 * meeting", "his visit"), else the first person-like mention of the sentence (news puts the subject first),
 * else the first mention after the trigger in a fronted clause ("Before heading to Israel, Blinken …").
 */
/** A participle or a prepositional phrase that opens a sentence before its main clause. */
const FRONTED = /^\s*(?:\p{L}+ing|On|Upon|In|At|After|Before|Following|During|Ahead of)\b/u;

/** What may stand between a subject and its verb: auxiliaries, adverbs, plan words ("will also", "is expected to"). */
const SUBJECT_GAP = new RegExp(
  String.raw`^\s*,?\s*(?:(?:will|would|is|was|has|had|have|are|were|also|then|later|first|again|expected|set` +
    String.raw`|scheduled|due|planning|planned|going|to|be|been|once|finally|\w+ly)\s+)*$`,
  "i",
);

/** A speech verb right before a clause's subject: "said Israel would …", "told reporters that Egypt will …". */
const REPORTED_SUBJECT = new RegExp(
  String.raw`\b(?:${verbs(lexicon["speech-verbs"].verbs, ["past", "s"])})(?:\s+(?:reporters|journalists|officials))?(?:\s+that)?\s+$`,
  "i",
);

export function subjectOf(a: Analysis, s: Sentence, pos: number): number | null {
  // Within a clause's reach: many triggers in one very long "sentence" cost no more than one each.
  const before = actorMentions(a, Math.max(s.start, pos - CLAUSE_WINDOW), pos);
  const lastBefore = before[before.length - 1];
  if (lastBefore !== undefined) {
    const m = a.mentions[lastBefore]!;
    const possessive = /^(his|her|their)$/i.test(m.text) || /^['’]s?\s/.test(a.text.slice(m.end, m.end + 3));
    const gap = a.text.slice(m.end, pos).replace(/^['’]s?/, "");
    if (possessive && /^\s*(?:[\w-]+\s+){0,3}$/.test(gap)) return lastBefore;
  }
  // "A delegation led by Khalil al-Hayya arrived": the leader named in a modifier is not the subject.
  if (
    lastBefore !== undefined &&
    /\b(?:led|headed|accompanied|chaired|joined) by\s+$/i.test(
      a.text.slice(Math.max(s.start, a.mentions[lastBefore]!.start - 20), a.mentions[lastBefore]!.start),
    )
  ) {
    const earlier = before[before.length - 2];
    if (earlier !== undefined) return earlier;
  }
  // The mention right before the verb group ("he will also meet", "Blinken is expected to travel").
  if (lastBefore !== undefined) {
    const gap = a.text.slice(a.mentions[lastBefore]!.end, pos);
    // A comma before the verb closes an appositive ("The Foreign Secretary, David Cameron, has arrived"), so
    // the name must open one; an object in a list ("meet Gallant and Hanegbi, visit …") does not.
    const m = a.mentions[lastBefore]!;
    const opensAppositive = !gap.trimStart().startsWith(",") || /(?:^|,)\s*$/.test(a.text.slice(s.start, m.start));
    if (opensAppositive && SUBJECT_GAP.test(gap)) return lastBefore;
  }
  // "Netanyahu said Israel would go into Rafah": a country reported as the subject of what someone said is the
  // subject; countries do not travel, and the speaker is not the one who goes.
  const last = mentionsIn(a, Math.max(s.start, pos - CLAUSE_WINDOW), pos).at(-1);
  const lastMention = last === undefined ? undefined : a.mentions[last];
  if (
    lastMention?.kind === "place" &&
    lastMention.place?.kind === "country" &&
    SUBJECT_GAP.test(a.text.slice(lastMention.end, pos)) &&
    !a.text.slice(lastMention.end, pos).includes(",") &&
    REPORTED_SUBJECT.test(a.text.slice(Math.max(s.start, lastMention.start - 40), lastMention.start))
  )
    return null;
  const people = before.filter((i) => ["person", "pronoun", "role"].includes(a.mentions[i]!.kind));
  if (people.length) return people[0]!;
  if (before.length) return before[0]!;
  // A participle or a prepositional phrase opening the sentence ("Speaking alongside Abbas in Ramallah,
  // Blinken said …", "On arrival in Israel, Baerbock will …") has the main clause's subject, after its comma.
  if (FRONTED.test(a.text.slice(s.start, s.end))) {
    const comma = a.text.indexOf(",", pos);
    if (comma >= 0 && comma < s.end) {
      const main = actorMentions(a, comma, s.end).find((i) => ["person", "pronoun", "role"].includes(a.mentions[i]!.kind));
      if (main !== undefined && /^[\s,]*$/.test(a.text.slice(comma, a.mentions[main]!.start))) return main;
    }
  }
  // A fronted phrase ("In addition to talks with Netanyahu, he will …"): the subject follows its clause.
  const [, clauseEnd] = clauseAfter(a, s, pos);
  const fronted = a.text.slice(clauseEnd, s.end).search(/,/);
  const from = fronted >= 0 ? clauseEnd + fronted : clauseEnd;
  const after = actorMentions(a, from, s.end).filter((i) => ["person", "pronoun", "role"].includes(a.mentions[i]!.kind));
  return after[0] ?? null;
}

const PLURAL_REFERENCE = /^(?:they|the (?:two|three) \w+|both \w+|the pair|the duo)$/i;
/**
 * What may join two coordinated people: "and", with the words of a title the mention rules did not take into
 * the second name ("William Burns and Mossad chief David Barnea", "Blinken and Jordan's foreign minister …").
 */
const COORDINATION = new RegExp(
  String.raw`^\s+and\s+(?:(?:the|his|her|\p{Lu}[\p{L}.'’-]*|${alternation(lexicon.titles.lead_words)})\s+){0,4}$`,
  "u",
);

/**
 * "King Abdullah II of Jordan and Sisi": a country or a body after the first name ("of Jordan", "of Hamas") is part of
 * that name's phrase, not of the sentence; the "and" after it still joins the two people.
 */
const OF_PHRASE = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?=\s+and\s)/u;
/** "Blinken and his wife Evan Ryan", "Fidan and his Egyptian counterpart Badr Abdelatty": any few words after the possessive. */
const AND_POSSESSIVE = /^\s+and\s+(?:his|her|their)\s+(?:[\p{L}'’.-]+\s+){1,4}$/u;
const joined = (text: string) => COORDINATION.test(text.replace(OF_PHRASE, "")) || AND_POSSESSIVE.test(text);
/**
 * "Fidan and his Egyptian counterpart Badr Abdelatty": a possessive pronoun opening the second person's title refers back
 * to the first person; it is part of the title, not a third mention. What may stand between it and the name: title words.
 */
const POSSESSIVE_TITLE = /^\s+(?:[\p{L}'’.-]+\s+){1,4}$/u;
const isPossessive = (a: Analysis, i: number) => a.mentions[i]!.kind === "pronoun" && /^(?:his|her|their)$/i.test(a.mentions[i]!.text);

/** The distinct people named in a sentence before `end`, in order. */
function peopleIn(a: Analysis, s: Sentence, end: number): DocActor[] {
  const out: DocActor[] = [];
  for (const i of actorMentions(a, s.start, end)) {
    const actor = a.actorOf[i];
    if (actor?.kind === "person" && !out.includes(actor)) out.push(actor);
  }
  return out;
}

/**
 * Everyone doing what the trigger at pos says: the subject, widened to both people of a coordinated subject
 * ("Sánchez and De Croo met …") and to the people a plural reference points back to ("The two leaders met
 * …", "where they held talks": the people named in the sentence's or the previous sentence's subject).
 */
export function subjectsOf(a: Analysis, s: Sentence, pos: number): DocActor[] {
  const i = subjectOf(a, s, pos);
  if (i === null) return [];
  const m = a.mentions[i]!;
  if (m.kind === "pronoun" && PLURAL_REFERENCE.test(m.text)) {
    // The sentence's own plural subject first ("The two leaders met …, where they held talks"), then earlier.
    const first = actorMentions(a, Math.max(s.start, m.start - CLAUSE_WINDOW), m.start)[0];
    if (first !== undefined && first !== i && PLURAL_REFERENCE.test(a.mentions[first]!.text))
      return subjectsOf(a, s, a.mentions[first]!.end);
    for (let k = s.index - 1; k >= Math.max(0, s.index - 2); k--) {
      const people = peopleIn(a, a.sentences[k]!, a.sentences[k]!.end);
      if (people.length >= 2) return people.slice(0, 2);
    }
    return [];
  }
  const actor = a.actorOf[i];
  if (!actor) return [];
  // The actor mentions on either side (a country between them, "and Egypt's President Sisi", is no actor).
  const afterSubject = actorMentions(a, m.end, pos);
  let nextIndex = afterSubject[0];
  // "Fidan and his counterpart Abdelatty travelled": the name after the possessive's title is the second person.
  if (
    nextIndex !== undefined &&
    isPossessive(a, nextIndex) &&
    afterSubject[1] !== undefined &&
    POSSESSIVE_TITLE.test(a.text.slice(a.mentions[nextIndex]!.end, a.mentions[afterSubject[1]]!.start))
  )
    nextIndex = afterSubject[1];
  const next = nextIndex === undefined ? undefined : a.mentions[nextIndex];
  if (next && a.actorOf[nextIndex!]?.kind === "person" && a.actorOf[nextIndex!] !== actor && joined(a.text.slice(m.end, next.start)))
    return [actor, a.actorOf[nextIndex!]!];
  const beforeSubject = actorMentions(a, Math.max(s.start, m.start - CLAUSE_WINDOW), m.start);
  let prevIndex = beforeSubject.pop();
  // "Fidan and his Egyptian counterpart Badr Abdelatty": the possessive is the title's; the person before it is the first.
  if (prevIndex !== undefined && isPossessive(a, prevIndex) && POSSESSIVE_TITLE.test(a.text.slice(a.mentions[prevIndex]!.end, m.start)))
    prevIndex = beforeSubject.pop();
  const prev = prevIndex === undefined ? undefined : a.mentions[prevIndex];
  const gap = prev ? a.text.slice(prev.end, m.start) : "";
  if (prev && a.actorOf[prevIndex!]?.kind === "person" && a.actorOf[prevIndex!] !== actor && joined(gap))
    return [a.actorOf[prevIndex!]!, actor];
  return [actor];
}

/** Where the object list of a trigger ends: the end of the clause. */
// Sentences are already split, so a full stop inside one belongs to "a.m." or "U.S.": only the last ends a clause.
const SPEAKING = verbs(lexicon["speech-verbs"].verbs, ["ing"]);
const NEXT_EVENT = alternation([
  ...lexicon["travel-verbs"].to_destination,
  ...lexicon["travel-verbs"].touring,
  ...lexicon["meeting-verbs"].with,
  ...lexicon["meeting-verbs"].hold,
]);
const CLAUSE_END = new RegExp(
  String.raw`[;!?]|:(?=\s)|\.\s*$|,\s+(?:${SPEAKING})\b|,\s+(?:and\s+)?(?:${NEXT_EVENT})\b|\s+(?:and` +
    String.raw`|but)\s+(?:will|would|is|was|has|had|later|also)\b|,\s+(?:where|which|who|while|as|after|before|but` +
    String.raw`|saying|in order)\b|\s+to\s+(?!the\b)\p{Ll}+\b|(?<!\bwell)\s+as\s+(?!well\s+as\b)|\s+(?:as part of` +
    String.raw`|in order to|after|before|while|because|amid|where|which|when|who|that|following|said|says|told` +
    String.raw`|tells|added|according)\b`,
  "u",
);

/** Parenthetical relative clauses (", who is allied with Hezbollah,") do not end a list; they are skipped. */
const RELATIVE_CLAUSE = String.raw`,\s+(?:who|which|whose)\b[^,;.]*`;
const RELATIVE = new RegExp(`${RELATIVE_CLAUSE},`, "g");
/** A relative clause still open at the end of a text, and one whole from the start of a text. */
const RELATIVE_OPEN = new RegExp(`${RELATIVE_CLAUSE}$`);
const RELATIVE_FROM_START = new RegExp(`^${RELATIVE_CLAUSE},`);

/** How far a clause reaches at most: the bound keeps many triggers in one very long "sentence" linear, not quadratic. */
export const CLAUSE_WINDOW = 600;

export function clauseAfter(a: Analysis, s: Sentence, pos: number): [number, number] {
  // A trigger inside a relative clause ("Blinken, who met Netanyahu on Tuesday, will fly to Cairo") ends with it.
  const relative = relativeAround(a, s, pos);
  const to = Math.min(s.end, pos + CLAUSE_WINDOW, relative ? relative[1] - 1 : s.end);
  // A window cut short ends in a NUL, so "$" (the sentence's end) cannot match at the cut.
  // Relative clauses and short parentheses ("Turkey (or Türkiye, as it spells it), Greece") end no clause.
  const rest =
    a.text
      .slice(pos, to)
      .replace(RELATIVE, (r) => " ".repeat(r.length))
      .replace(/\([^()]{0,60}\)/g, (r) => " ".repeat(r.length)) + (to < s.end ? "\u0000" : "");
  const m = CLAUSE_END.exec(rest);
  return [pos, m ? pos + m.index : to];
}

/** The parenthetical relative clause of the sentence that holds pos, as [start, end) with its commas. */
function relativeAround(a: Analysis, s: Sentence, pos: number): [number, number] | null {
  // Within a clause's reach of pos, so that many triggers in one long sentence cost no more than one each.
  const from = Math.max(s.start, pos - CLAUSE_WINDOW);
  const open = a.text.slice(from, pos).search(RELATIVE_OPEN);
  if (open < 0) return null;
  const r = RELATIVE_FROM_START.exec(a.text.slice(from + open, Math.min(s.end, pos + CLAUSE_WINDOW)));
  return r ? [from + open, from + open + r[0].length] : null;
}

/** Mentions inside parenthetical relative clauses between from and to (not counterparts or destinations). */
export function insideRelative(a: Analysis, from: number, to: number, at: number): boolean {
  for (const r of matchesOf(RELATIVE, a.text.slice(from, to))) {
    const start = from + r.index!;
    if (at > start && at < start + r[0].length) return true;
  }
  return false;
}

/** "…, where he is set to hold talks": what may stand between a "where" clause's subject and its trigger. */
const WHERE_CLAUSE = new RegExp(
  String.raw`^\s*,\s*(?:where|when)\s+\S+\s+(?:(?:${alternation([
    ...lexicon["tense-markers"].be_forms,
    ...lexicon["tense-markers"].expectation,
    ...lexicon["tense-markers"].verb_group_fillers,
  ])})\s+)*$`,
  "i",
);

/**
 * "… for talks with Sisi, officials said last week": a date right after the speech verb that closes the clause is the day of
 * the saying, not of the event (it may still date a held event as its sentence's scene: refiners/eventDates.ts).
 */
const SAID_BEFORE = new RegExp(
  String.raw`\b(?:${verbs(lexicon["speech-verbs"].verbs, ["past", "s"])})(?:\s+(?:reporters|journalists|\p{Lu}\p{L}+))?\s*,?\s*$`,
  "iu",
);

/**
 * The date of an event whose trigger is at pos: a date phrase in the trigger's clause, or right before the
 * trigger ("On Monday, Blinken met …"), or opening the sentence. Dates elsewhere in the sentence (a relative
 * clause: "who became foreign secretary in November"; a period: "since October 7") belong to other events.
 */
export function dateNear<T extends { start: number; end: number }>(
  a: Analysis,
  s: Sentence,
  pos: number,
  clauseEnd: number,
  dates: T[],
): T | null {
  // A date inside a relative clause the trigger is not in ("The meeting, which had been set for Monday, took place
  // on Tuesday") dates the clause's own event.
  const inOtherRelative = (d: T) => {
    const r = relativeAround(a, s, d.start);
    return r !== null && !(pos >= r[0] && pos < r[1]);
  };
  const usable = dates.filter(
    (d) =>
      !/\b(?:since|until|before|after)\s+(?:the\s+)?$/i.test(a.text.slice(Math.max(s.start, d.start - 12), d.start)) && !inOtherRelative(d),
  );
  const after = usable.find(
    (d) => d.start >= pos && d.start <= clauseEnd + 40 && !(d.start > clauseEnd && SAID_BEFORE.test(a.text.slice(clauseEnd, d.start))),
  );
  const before = usable.find(
    (d) =>
      d.end <= pos &&
      // "on Thursday, where he is set to hold talks": the "where" clause happens at the place and day before it, a
      // plan or a schedule ("wraps up its tour in Doha on Wednesday, where he will meet …") as much as a report.
      // A plan in a "where" clause after a report ("landed on Monday, where he will join …") has a day of its own.
      ((pos - d.end < 25 && !a.text.slice(d.end, pos).includes(",")) ||
        (pos - d.end < 40 &&
          WHERE_CLAUSE.test(a.text.slice(d.end, pos)) &&
          !(FUTURE_MARKERS.test(a.text.slice(d.end, pos)) && toldInPast(a, s, d.start)))),
  );
  // "would fly to Riyadh later on Thursday to meet the crown prince, and to Cairo on Friday", "arrive in Cairo on Wednesday
  // and hold talks with officials before travelling to Israel on Thursday": a day after the trigger that a new conjunct or a
  // clause of another time introduces is that leg's; the day told right before the trigger is the event's.
  if (after && before && NEXT_LEG.test(a.text.slice(pos, after.start))) return before;
  return after ?? before ?? usable.find((d) => d.start - s.start < 4) ?? null;
}

/** What opens another leg or event between a trigger and a later date: ", and", "before", "after", "then". */
const NEXT_LEG = /,\s*(?:and|then)\b|\b(?:before|after|then)\b/i;

export function cancelledOrPostponed(text: string): "postponed" | "cancelled" | null {
  if (POSTPONED.test(text)) return "postponed";
  if (CANCELLED.test(text)) return "cancelled";
  return null;
}

/** "Will Netanyahu visit Washington?": an opener at the sentence's start and a question mark at its end. */
function isYesNoQuestion(a: Analysis, s: Sentence): boolean {
  if (!/\?\W*$/.test(a.text.slice(Math.max(s.start, s.end - 4), s.end))) return false;
  return YES_NO_QUESTION.test(a.text.slice(s.start, Math.min(s.end, s.start + 12)));
}

/**
 * True when the event of the trigger at [pos, end) is denied or only hypothetical, so no record comes of it: denied
 * or undone as its verb group tells (grammar/tense.ts: "did not meet", "was not invited to meet", "refused to
 * meet"), or a modal with a condition after it ("would meet Abbas if the Authority carried out reforms").
 */
export function isUnrealised(a: Analysis, s: Sentence, pos: number, end: number): boolean {
  if (isDenied(a, s, pos) || isYesNoQuestion(a, s)) return true;
  // Within a clause's reach before the trigger (a window cut short starts with a letter, so "^" is no clause start):
  // many triggers in one long sentence cost no more than one each.
  const from = Math.max(s.start, pos - CLAUSE_WINDOW);
  if (IN_CONDITION.test((from > s.start ? "x" : "") + a.text.slice(from, pos))) return true;
  // "Netanyahu met a Qatari envoy last week, a report his office denied": told only to be denied.
  if (REPORT_DENIED.test(a.text.slice(end, Math.min(s.end, end + CLAUSE_WINDOW)))) return true;
  const before = a.text.slice(Math.max(s.start, pos - 80), pos);
  return HYPOTHETICAL_MODAL.test(before) && CONDITION.test(a.text.slice(end, Math.min(s.end, end + CLAUSE_WINDOW)));
}

/** True when the journey noun at pos is the object of a verb that calls it off ("postponed his trip to Israel"). */
export function isCalledOff(a: Analysis, s: Sentence, pos: number): boolean {
  return CALLED_OFF_BEFORE.test(a.text.slice(Math.max(s.start, pos - 80), pos));
}
