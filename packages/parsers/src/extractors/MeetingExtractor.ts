/**
 * MeetingExtractor: one candidate per (subject, counterpart) pair of each meeting trigger outside quotes.
 * Triggers: verbs (met, will meet, held talks with, hosted, received, greeted, welcomed, visited with,
 * sat down with, spent … with), nouns ("a meeting with", "talks with", "his meetings in Israel with") and
 * passives ("was greeted by"). Kind from the words and the counterpart (a cabinet is a cabinet session);
 * status from tense ("will", "is expected to") and words like "postponed".
 */
import type { Analysis } from "../analysis.js";
import { insideQuote, unquoted } from "../analysis.js";
import { findDates, type ResolvedDate } from "../dates/DateResolver.js";
import type { DocActor } from "../entities/resolve.js";
import type { PlaceEntry } from "../entities/gazetteer.js";
import { actorMentions, cancelledOrPostponed, clauseAfter, isPlanned, subjectOf } from "./clauses.js";

export interface MeetingCandidate {
  participants: DocActor[];
  kind: "meeting" | "greeting" | "cabinet_session" | "call" | "summit";
  status: "held" | "planned" | "postponed" | "cancelled";
  place: PlaceEntry | null;
  date: ResolvedDate | null;
  sentence: { start: number; end: number };
  rule: string;
}

const TRIGGERS: Array<{ re: RegExp; rule: string; passive?: boolean; kind?: MeetingCandidate["kind"] }> = [
  { re: /\b(?:met|meet|meets|meeting|to meet|visited|visit|visits|sat down|sit down|sits down|conferred|confer|huddled)\s+with\b/gi, rule: "verb-with" },
  { re: /\b(?:met|meet|meets|hosted|hosts|host|hosting|received|receives|receive)\s+(?=[\p{Lu}]|the\s|his\s|her\s|their\s|members)/gu, rule: "verb" },
  { re: /\b(?:held|hold|holds|holding|had|have|has)\s+(?:talks|a meeting|meetings|discussions)\s+with\b/gi, rule: "held-talks" },
  { re: /\b(?:meeting|meetings|talks|encounter|a sit-down)\b(?:\s+(?:in|at)\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?)?\s+with\b/giu, rule: "noun-with" },
  { re: /\b(?:spent|spend|spends)\s+(?:[\w-]+\s+){0,6}with\b/gi, rule: "spent-with" },
  { re: /\b(?:greeted|welcomed|received)\s+by\b/gi, rule: "passive", passive: true, kind: "greeting" },
  { re: /\b(?:greeted|greets|greet|welcomed|welcomes|welcome)\s+(?=[\p{Lu}]|the\s|his\s|her\s)/gu, rule: "greeting", kind: "greeting" },
  { re: /\b(?:spoke|speaks|spoken|speak|talked|talks)\s+(?:by phone|on the phone|by telephone)\s+(?:with|to)\b|\b(?:a |the )?(?:phone |telephone )?call\s+(?:with|between)\b/gi, rule: "call", kind: "call" },
];

function kindOf(trigger: string, counterpart: string, given?: MeetingCandidate["kind"]): MeetingCandidate["kind"] {
  if (/cabinet/i.test(counterpart)) return "cabinet_session";
  if (given) return given;
  if (/summit/i.test(trigger)) return "summit";
  return "meeting";
}

/** The place of a meeting: a city named with "in"/"at" in the sentence, else a country, else a site. */
function placeIn(a: Analysis, start: number, end: number): PlaceEntry | null {
  const places = a.mentions.filter((m) => m.kind === "place" && m.start >= start && m.end <= end && /\b(?:in|at)\s+(?:the\s+)?$/.test(a.text.slice(Math.max(0, m.start - 8), m.start)));
  const rank = (p: PlaceEntry) => ({ site: 0, city: 1, territory: 2, country: 3, region: 4 })[p.kind];
  return places.map((m) => m.place!).sort((x, y) => rank(x) - rank(y))[0] ?? null;
}

export function extractMeetings(a: Analysis): MeetingCandidate[] {
  const out: MeetingCandidate[] = [];
  for (const s of a.sentences) {
    if (a.paragraphs[s.paragraph]!.heading) continue;
    const plain = unquoted(a, s);
    const seen = new Set<string>();
    for (const t of TRIGGERS) {
      for (const m of plain.matchAll(t.re)) {
        const pos = s.start + m.index!;
        if (insideQuote(a, pos)) continue;
        const triggerEnd = pos + m[0].length;
        const [objStart, objEnd] = clauseAfter(a, s, triggerEnd);
        let objects = actorMentions(a, objStart, objEnd).filter((i) => !/^other\b/i.test(a.mentions[i]!.text));
        let subject = subjectOf(a, s, pos);
        if (t.passive) {
          // "He was greeted … by X": the agents greet the subject.
          subject = subjectOf(a, s, pos);
        }
        if (subject === null || objects.length === 0) continue;
        const subj = a.actorOf[subject];
        if (!subj) continue;
        const planned = isPlanned(a, s, pos, m[0]);
        const status = cancelledOrPostponed(plain) ?? (planned ? "planned" : "held");
        const dates = findDates(plain, s.start, a.published, { future: planned });
        const place = placeIn(a, s.start, s.end);
        for (const o of objects) {
          const other = a.actorOf[o];
          if (!other || other === subj) continue;
          const key = `${subj.key}|${other.key}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({
            participants: [subj, other],
            kind: kindOf(m[0], a.mentions[o]!.text, t.kind),
            status,
            place,
            date: dates[0] ?? null,
            sentence: { start: s.start, end: s.end },
            rule: `MeetingExtractor/${t.rule}`,
          });
        }
      }
    }
  }
  return out;
}
