/**
 * Meeting records: one per encounter. The candidates of one trigger are one encounter with all their
 * counterparts ("met A and B"; joint subjects, "A and B met C", give one record each). An encounter told
 * again later in the article (the headline and the body, the plan and the meeting held) joins the record
 * whose participants it shares, unless its place or day differs: then it is another encounter.
 */
import type { Meeting, Trip } from "@shuttle/core";
import type { PlaceEntry } from "../entities/gazetteer.js";
import type { DocActor } from "../entities/resolve.js";
import type { MeetingCandidate } from "../extractors/MeetingExtractor.js";
import { hashId } from "../ids.js";
import { segmentAt } from "../text/sorted.js";
import type { RecordBuilder } from "../records/builder.js";

/** Places that may be one encounter's: unknown on either side, the same, a country and a place inside it, a site and a city. */
function samePlace(x: PlaceEntry | null, y: PlaceEntry | null): boolean {
  if (!x || !y || x.id === y.id) return true;
  // A site and a city of its country: the gazetteer does not say which city holds a site, and a report names both
  // ("received him at Qasr Al Watan … the talks in Abu Dhabi"). Two sites are two places.
  const site = x.kind === "site" ? x : y.kind === "site" ? y : null;
  if (site) {
    const other = site === x ? y : x;
    if (other.kind === "country") return site.country === other.country;
    return other.kind !== "site" && (!site.country || !other.country || site.country === other.country);
  }
  return !!x.country && x.country === y.country && (x.kind === "country" || y.kind === "country");
}

/**
 * Can two stated dates be of one encounter? A day and a month or a year it falls in can ("met in May" and "met on May 7");
 * "first met Sisi in May 2021" and "met Sisi on Tuesday" (May 7, 2024) cannot. Day against day is judged by the caller.
 */
function sameTime(x: string, xp: string, y: string, yp: string): boolean {
  const width = (p: string) => (p === "year" ? 4 : p === "month" ? 7 : 10);
  if (xp === "week" || yp === "week") {
    // A week is its Monday: a day of it, or the month or the year of its Monday.
    const [week, other, op] = xp === "week" ? [x, y, yp] : [y, x, xp];
    if (op === "day") return other >= week && Date.parse(other) - Date.parse(week) < 7 * 86_400_000;
    const n = op === "week" ? 10 : width(op);
    return week.slice(0, n) === other.slice(0, n);
  }
  const n = Math.min(width(xp), width(yp));
  return x.slice(0, n) === y.slice(0, n);
}

/** Every unordered pair of ids, as keys. */
function pairsOf(ids: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.push([ids[i], ids[j]].sort().join("|"));
  return out;
}

function dateFields(m: MeetingCandidate) {
  const d = m.date;
  return {
    date: d?.date ?? null,
    date_precision: d?.date ? d.precision : null,
    date_basis: d?.date ? d.basis : null,
    date_text: d?.text ?? null,
  };
}

export function meetingRecords(
  rb: RecordBuilder,
  cands: readonly MeetingCandidate[],
  datedMeetings: ReadonlySet<MeetingCandidate>,
  tripOf: ReadonlyMap<DocActor, Trip>,
): Meeting[] {
  const meetings: Meeting[] = [];
  const encounters = new Map<string, { first: MeetingCandidate; participants: DocActor[] }>();
  const contextDated = new Set<Meeting>();
  const placeOf = new Map<Meeting, PlaceEntry>();
  const byPair = new Map<string, Meeting[]>();
  const usedIds = new Set<string>();
  /** Records told so far only in a headline. */
  const fromHeadline = new Set<Meeting>();
  const inHeadline = (m: MeetingCandidate) => segmentAt(rb.a.paragraphs, m.sentence.start)?.heading === true;
  const index = (r: Meeting) => {
    for (const k of pairsOf(r.participant_ids)) {
      const list = byPair.get(k) ?? byPair.set(k, []).get(k)!;
      if (!list.includes(r)) list.push(r);
    }
  };
  for (const m of cands) {
    const key = `${m.sentence.start}|${m.trigger}|${m.encounter}|${m.participants[0]!.key}`;
    const e = encounters.get(key);
    if (!e) encounters.set(key, { first: m, participants: [...m.participants] });
    else for (const p of m.participants) if (!e.participants.includes(p)) e.participants.push(p);
  }
  for (const { first: m, participants } of encounters.values()) {
    // Two names of one actor are one participant; an encounter needs two.
    const ids = [...new Set(participants.map((p) => rb.actor(p)!))];
    if (ids.length < 2) {
      rb.a.trace?.veto("refiner/encounter", m.sentence.start, m.sentence.end, "fewer than two participants (two names of one actor)");
      continue;
    }
    const evidence = [rb.span(m.sentence.start, m.sentence.end)];
    const place = rb.place(m.place);
    // The same encounter shares a pair of participants (the headline's "Biden meets Abbas" and the body's).
    // Records are found by their pairs of participants (a map, not a scan of every meeting so far).
    const sharing = new Set(pairsOf(ids).flatMap((k) => byPair.get(k) ?? []));
    const existing = [...sharing]
      .sort((x, y) => meetings.indexOf(x) - meetings.indexOf(y))
      .find(
        (r) =>
          samePlace(m.place, placeOf.get(r) ?? null) &&
          !(
            m.date?.date &&
            r.date &&
            !datedMeetings.has(m) &&
            !contextDated.has(r) &&
            ((m.date.precision === "day" && r.date_precision === "day" && m.date.date !== r.date) ||
              !sameTime(m.date.date, m.date.precision, r.date, r.date_precision ?? "day"))
          ),
      );
    if (existing) {
      existing.evidence.push(...evidence); // united once at the end: merging at every repeat is quadratic
      rb.a.trace?.refine(existing, "refiner/encounter");
      for (const x of ids) if (!existing.participant_ids.includes(x)) existing.participant_ids.push(x);
      index(existing);
      // A headline's present tense tells past and coming events alike ("Netanyahu heads to Washington for talks with
      // Biden"): the body's verb group decides ("… is set to meet Biden on Tuesday").
      if (fromHeadline.has(existing) && !inHeadline(m)) {
        existing.status = m.status;
        fromHeadline.delete(existing);
      } else if (m.status === "held") existing.status = "held";
      if ((!existing.date || contextDated.has(existing)) && m.date?.date && !datedMeetings.has(m)) {
        Object.assign(existing, dateFields(m));
        contextDated.delete(existing);
      } else if (!existing.date && m.date?.date) {
        Object.assign(existing, dateFields(m));
        contextDated.add(existing);
      }
      // The more specific place wins: "in Tel Aviv" over "in Israel".
      const before = placeOf.get(existing);
      if (m.place && (!before || (before.kind === "country" && m.place.kind !== "country"))) {
        existing.place_id = place;
        placeOf.set(existing, m.place);
      }
      if (existing.kind === "meeting" && m.kind !== "meeting") existing.kind = m.kind;
      continue;
    }
    // The id is stable across versions: the sentence and the participants. Two encounters of the same people told in
    // one sentence ("met Netanyahu in Tel Aviv on Monday and again in Jerusalem on Wednesday") would share it, and an
    // id is a key: the second takes its trigger's position into the hash.
    let id = hashId("meeting", rb.id, m.sentence.start, [...ids].sort().join("|")) as Meeting["id"];
    if (usedIds.has(id)) id = hashId("meeting", rb.id, m.sentence.start, m.trigger, [...ids].sort().join("|")) as Meeting["id"];
    usedIds.add(id);
    const rec: Meeting = {
      id,
      participant_ids: ids,
      place_id: place,
      ...dateFields(m),
      status: m.status,
      kind: m.kind,
      trip_id: tripOf.get(m.participants[0]!)?.id ?? null,
      document_ids: [rb.id as Meeting["document_ids"][number]],
      conflicts: [],
      evidence,
      rule: m.rule,
    };
    if (inHeadline(m)) fromHeadline.add(rec);
    if (datedMeetings.has(m)) {
      contextDated.add(rec);
      rb.a.trace?.refine(rec, "refiner/event-dates");
    }
    meetings.push(rec);
    if (m.place) placeOf.set(rec, m.place);
    index(rec);
  }
  return meetings;
}
