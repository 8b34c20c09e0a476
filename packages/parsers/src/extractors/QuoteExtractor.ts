/**
 * QuoteExtractor: one candidate per quotation span, then SpeakerRefiner rules in this order:
 * 1. cue right after the quote: “…,” Blinken said / “…,” said Alex Vatanka / “…,” he told reporters;
 * 2. cue before the quote in its sentence: Blinken said: “…” / He said that Biden made it “crystal clear”;
 * 3. "according to X" or a later cue anywhere in the rest of the sentence;
 * 4. no cue: a whole-sentence quote continues the previous speaker's words (pull quotes, quotes that run on
 *    over several paragraphs), looking back at most four paragraphs.
 * Scare quotes (one or two words with no cue close by: a “genocide”) are dropped.
 */
import { SPEECH_VERBS } from "../lexicon/words.js";
import { alternation, lexicon, verbs } from "../lexicon/index.js";
import { segmentAt } from "../text/sorted.js";
import type { Analysis } from "../analysis.js";
import { unquoted } from "../analysis.js";
import { actorMentions, isAffiliation } from "../grammar/clauses.js";
import { findDates, type ResolvedDate } from "../dates/DateResolver.js";
import type { DocActor } from "../entities/resolve.js";
import type { Mention } from "../entities/mentions.js";
import type { QuoteSpan } from "../text/quoteSpans.js";
import { matchesOf } from "../text/regex.js";

export interface QuoteCandidate {
  span: QuoteSpan;
  text: string;
  partial: boolean;
  speaker: DocActor | null;
  speakerMention: Mention | null;
  cue: string | null;
  date: ResolvedDate | null;
  rule: string;
}

const VERB = `(?:${alternation(SPEECH_VERBS)})`;
/** A speech verb right after the quote, before its speaker: "…," said Blinken. */
const INVERTED_CUE = new RegExp(`^\\s*[,.!?…—-]*\\s*(${VERB})\\s+`, "i");
const VERB_AT_END = new RegExp(`\\b${VERB}\\s*$`, "i");
const VERB_ANY = new RegExp(`\\b(${VERB})\\b`, "gi");
const VERB_ANY_TEST = new RegExp(`\\b(${VERB})\\b`, "i");
const VERB_AFTER_SUBJECT = new RegExp(
  `^\\s*(?:,[^,;“”"]{2,100},\\s*)?(?:also |then |later |again |has |had |have |previously |once )?(${VERB})\\b(\\s+reporters)?`,
  "i",
);
/** "met X", "told X", "with X": a name after these is an object, not the speaker. */
const OBJECT_BEFORE = new RegExp(`\\b(?:${verbs(lexicon["meeting-verbs"].lone_object)}|with|to|by|for|of)\\s+$`, "i");
/** Adverbs and auxiliaries that may stand between a subject and its speech verb. */
const SUBJECT_GAP = new RegExp(
  `^\\s*,?\\s*(?:,[^,;“”"]{2,100},\\s*)?(?:(?:also|then|later|again|has|had|have|previously|once|repeatedly|\\w+ly|${VERB},?)\\s+)*$`,
  "i",
);

/** "a Palestinian state", "his remarks", "the calls": a determiner makes the word a noun, not a cue. */
const isNoun = (text: string, index: number) =>
  /\b(?:a|an|the|this|that|these|those|his|her|its|their|our|one|any|no)\s+(?:[\p{L}-]+\s+)?$/iu.test(
    text.slice(Math.max(0, index - 40), index),
  );

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

interface Attribution {
  mentionIndex: number | null;
  cue: string;
  rule: string;
}

/**
 * The subject of a speech verb at verbStart: the mention right before it, or a person before an appositive;
 * else, in a coordinated predicate ("Borrell visited the crossing and called …"), the one actor named before
 * the verb in the clause.
 */
function subjectBefore(a: Analysis, clauseStart: number, verbStart: number): number | null {
  const cands = actorMentions(a, clauseStart, verbStart);
  for (let k = cands.length - 1; k >= 0; k--) {
    const m = a.mentions[cands[k]!]!;
    // An object ("meets Blinken, warns …") is no subject.
    if (OBJECT_BEFORE.test(a.text.slice(Math.max(clauseStart, m.start - 12), m.start))) continue;
    if (SUBJECT_GAP.test(a.text.slice(m.end, verbStart))) return cands[k]!;
  }
  // A coordinated predicate or a participle ("Borrell visited … and called …", "…, warning of …") has the
  // clause's subject: its first person.
  // Named people before pronouns ("For his part, Qatari Prime Minister … stressed …, saying").
  const named = cands.filter((i) => ["person", "role"].includes(a.mentions[i]!.kind));
  const people = named.length ? named : cands.filter((i) => a.mentions[i]!.kind === "pronoun");
  const subjects = people.length ? people : cands;
  // (A past participle after a comma is passive — "…, described in the Declaration as" — and has no subject here.)
  const head = a.text.slice(clauseStart, verbStart);
  const verb = /^\w+/.exec(a.text.slice(verbStart))?.[0] ?? "";
  if (subjects.length && (/\band\s+(?:\w+ly\s+)?$/.test(head) || (/,\s+(?:\w+ly\s+)?$/.test(head) && !/ed$/i.test(verb))))
    return subjects[0]!;
  return null;
}

function attribute(a: Analysis, before: [number, number], after: [number, number], short: boolean, partial: boolean): Attribution | null {
  const text = a.text;
  const afterText = text.slice(after[0], after[1]);
  const cueAfter = (): Attribution | null => {
    // 1. Cue right after the quote.
    const lead = /^\s*[,.!?…—-]*\s*/.exec(afterText)![0].length;
    const first = actorMentions(a, after[0] + lead, after[1])[0];
    if (first !== undefined && a.mentions[first]!.start - (after[0] + lead) <= 1) {
      const v = VERB_AFTER_SUBJECT.exec(text.slice(a.mentions[first]!.end, after[1]));
      if (v) return { mentionIndex: first, cue: v[1]! + (v[2] ?? ""), rule: "QuoteExtractor/cue-after" };
    }
    const inverted = INVERTED_CUE.exec(afterText);
    if (inverted) {
      const next = actorMentions(a, after[0] + inverted[0].length, after[1])[0];
      // A possessive may stand between the cue and the speaker ("said Jordan's King Abdullah II").
      const gap = next === undefined ? "" : text.slice(after[0] + inverted[0].length, a.mentions[next]!.start);
      if (next !== undefined && (gap === "" || /^(?:the\s+)?\p{Lu}[\p{L}.\s-]{0,40}['’]s\s+$/u.test(gap))) {
        // "said State Department spokesman Matthew Miller": the organisation is the speaker's affiliation.
        return { mentionIndex: isAffiliation(a, next) ? next + 1 : next, cue: inverted[1]!, rule: "QuoteExtractor/cue-after-inverted" };
      }
    }
    // "described as “…” by the prime minister's office": the agent of a passive cue speaks.
    const agent = /^\s*[,.]?\s*by\s+(?:the\s+)?/i.exec(afterText);
    if (agent && /\b(?:described|called|labell?ed|termed|dubbed)\s+(?:\S+\s+){0,3}as\s*$/i.test(text.slice(before[0], before[1]))) {
      const m = actorMentions(a, after[0] + agent[0].length - 4, after[1])[0];
      if (m !== undefined) return { mentionIndex: m, cue: "described", rule: "QuoteExtractor/passive-agent" };
    }
    return null;
  };
  const cueBefore = (): Attribution | null => {
    // 2. Cue before the quote, in the same sentence.
    const beforeText = text.slice(before[0], before[1]);
    const according = /\baccording to\s+/i.exec(beforeText);
    const verbs = matchesOf(VERB_ANY, beforeText).filter((v) => !isNoun(beforeText, v.index!));
    const lastVerb = verbs[verbs.length - 1];
    // A short fragment belongs to the cue's subject only when nobody else is named in between ("echoing the
    // calls of officials for a “flood” of aid" quotes the officials, not the subject).
    const shortOk = (verbIndex: number) =>
      beforeText.length - verbIndex <= 100 &&
      actorMentions(a, before[0] + verbIndex, before[1]).every(
        (i) => !/\b(?:of|from|by)\s+(?:the\s+)?$/i.test(a.text.slice(Math.max(0, a.mentions[i]!.start - 10), a.mentions[i]!.start)),
      );
    if (lastVerb && (!short || shortOk(lastVerb.index!))) {
      const verbStart = before[0] + lastVerb.index!;
      const subject = subjectBefore(a, before[0], verbStart);
      return {
        mentionIndex: subject,
        cue: lastVerb[1]!,
        rule: subject === null ? "QuoteExtractor/cue-before-no-subject" : "QuoteExtractor/cue-before",
      };
    }
    if (according) {
      const m = actorMentions(a, before[0] + according.index! + according[0].length, before[1])[0];
      if (m !== undefined) return { mentionIndex: m, cue: "according to", rule: "QuoteExtractor/according-to" };
    }
    return null;
  };
  // A fragment inside reported speech ("Netanyahu told Sullivan that Israel would fight “until complete
  // victory”, his office said") belongs to the reported speaker; a whole quote to the cue that follows it.
  const b = cueBefore();
  const found = partial ? (b && b.mentionIndex !== null ? b : (cueAfter() ?? b)) : (cueAfter() ?? b);
  if (found) return found;
  if (short) return null;
  // 3. "according to X" or a later cue in the rest of the sentence.
  const acc = /\baccording to\s+/i.exec(afterText);
  if (acc) {
    const m = actorMentions(a, after[0] + acc.index! + acc[0].length, after[1])[0];
    if (m !== undefined) return { mentionIndex: m, cue: "according to", rule: "QuoteExtractor/according-to-after" };
  }
  for (const v of matchesOf(VERB_ANY, afterText)) {
    if (isNoun(afterText, v.index!)) continue;
    const verbStart = after[0] + v.index!;
    const subject = subjectBefore(a, after[0], verbStart);
    if (subject !== null) return { mentionIndex: subject, cue: v[1]!, rule: "QuoteExtractor/cue-later" };
  }
  return null;
}

/** Words that join two quoted fragments of one clause ("“…,” as well as “…,” the spokeswoman said"). */
const COORDINATION = /^[\s,]*(?:as well as|and also|and|or|but also)\s*$/i;

export function extractQuotes(a: Analysis): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  const spans = a.quoteSpans;
  // A fragment with no cue of its own, coordinated with the next quote: it shares that quote's speaker.
  const waiting = new Map<QuoteSpan, { span: QuoteSpan; text: string; partial: boolean }>();
  const push = (c: QuoteCandidate) => {
    const first = waiting.get(c.span);
    if (first && c.speaker) out.push({ ...c, ...first, rule: "QuoteExtractor/coordinated" });
    out.push(c);
  };
  spans.forEach((q, qi) => {
    const para = a.paragraphs[q.paragraph]!;
    const sFirst = segmentAt(para.sentences, q.open) ?? para.sentences[0]!;
    const sLast = segmentAt(para.sentences, q.close) ?? para.sentences[para.sentences.length - 1]!;
    const prev = spans[qi - 1]?.paragraph === q.paragraph ? spans[qi - 1] : undefined;
    const next = spans[qi + 1]?.paragraph === q.paragraph ? spans[qi + 1] : undefined;
    const before: [number, number] = [Math.max(sFirst.start, prev ? prev.close + 1 : 0), q.open];
    const after: [number, number] = [Math.min(q.close + 1, sLast.end), Math.min(sLast.end, next ? next.open : Infinity)];
    const quoted = a.text.slice(q.start, q.end);
    const words = wordCount(quoted);
    const beforeTrim = a.text.slice(before[0], before[1]).trimEnd();
    const introduced = beforeTrim === "" || /[:,]$/.test(beforeTrim) || VERB_AT_END.test(beforeTrim);
    const partial = !(/^[\p{Lu}\d]/u.test(quoted) && introduced);
    const short = words <= 2;
    const callConstruction =
      /\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|label(?:l?ed|s)|term(?:ed|s)|dubb(?:ed|s))\b(?:\s+\S+){0,6}\s*$/i.test(beforeTrim);

    let att = attribute(a, before, after, short && !callConstruction, partial);
    // Coordinated reported speech: “…” and that Israel would “…” — the same speaker, when nobody else is
    // named in between.
    const prevInSentence = prev && prev.close >= sFirst.start ? out.find((c) => c.span === prev) : undefined;
    const between = prev ? a.text.slice(prev.close, q.open) : "";
    if (
      !att &&
      prevInSentence?.speaker &&
      /\b(?:and|but|or)\s+(?:that\s+)?/i.test(between) &&
      !VERB_ANY_TEST.test(between) &&
      actorMentions(a, prev!.close, q.open).length === 0
    ) {
      att = {
        mentionIndex: a.mentions.indexOf(prevInSentence.speakerMention!),
        cue: prevInSentence.cue ?? "",
        rule: "QuoteExtractor/same-sentence",
      };
    }
    if (!att && !partial) {
      // 4. Continuation of the last attributed speaker.
      const last = [...out].reverse().find((c) => c.speaker && q.paragraph - c.span.paragraph <= 4);
      if (last) {
        push({
          span: q,
          text: quoted,
          partial,
          speaker: last.speaker,
          speakerMention: last.speakerMention,
          cue: null,
          date: null,
          rule: "QuoteExtractor/continuation",
        });
        return;
      }
    }
    if (!att && partial && !short && next && COORDINATION.test(a.text.slice(q.close + 1, next.open)))
      waiting.set(next, { span: q, text: quoted, partial });
    if (!att && (short || partial)) {
      // A scare quote, or a phrase the writer quotes without saying whose.
      a.trace?.veto("QuoteExtractor/veto-scare-quote", q.open, q.close + 1, "a short or partial quote with no speech cue near it");
      return;
    }
    if (att && att.mentionIndex === null) {
      // A cue with no subject in the clause ("Emphasizing that …, “…”"): the previous speaker goes on.
      const last = [...out].reverse().find((c) => c.speaker && q.paragraph - c.span.paragraph <= 1);
      if (last) {
        push({
          span: q,
          text: quoted,
          partial,
          speaker: last.speaker,
          speakerMention: last.speakerMention,
          cue: att.cue,
          date: null,
          rule: "QuoteExtractor/cue-previous-speaker",
        });
        return;
      }
    }
    const mention = att?.mentionIndex != null ? a.mentions[att.mentionIndex]! : null;
    const speaker = att?.mentionIndex != null ? (a.actorOf[att.mentionIndex] ?? null) : null;
    const context = unquoted(a, sFirst) + (sLast !== sFirst ? " " + unquoted(a, sLast) : "");
    const date = att ? (findDates(context, sFirst.start, a.published, { future: false })[0] ?? null) : null;
    push({
      span: q,
      text: quoted,
      partial,
      speaker,
      speakerMention: mention,
      cue: att?.cue ?? null,
      date: date && sLast === sFirst ? date : null,
      rule: att?.rule ?? "QuoteExtractor/unattributed",
    });
  });
  return out.sort((x, y) => x.span.open - y.span.open);
}
