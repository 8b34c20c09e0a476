/**
 * Matching the dataset's actors to the record's people: by name (first and last name, nicknames folded:
 * "Tony Blinken" is Antony John Blinken) over the actor's name and every alias, and by role where the
 * actor's title names one ("Secretary of State", "President"); a lone surname needs the title.
 */
import type { Actor } from "@shuttle/core";
import { NICKNAMES } from "@shuttle/parsers";
import { remembered, type OfficialRecord, type RecordPerson } from "./record.js";

const fold = remembered((s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z\s-]/g, " ")
    .replace(/\s+/g, " ")
    .trim(),
);

/** Title words that precede names in the texts ("Secretary of State Antony Blinken"). */
const TITLE = /^(?:(?:us|u s|american|former|then|secretary|of|state|president|mr|mrs|ms|dr|madam|the|top|diplomat)\s+)+/;

function nameKey(name: string): { first: string; last: string } | null {
  const words = fold(name)
    .replace(TITLE, "")
    .split(" ")
    .filter((w) => w && !/^(?:jr|sr|ii|iii|iv)$/.test(w) && w.length > 1);
  if (words.length < 2) return null;
  const first = words[0]!;
  return { first: NICKNAMES[first] ?? first, last: words[words.length - 1]! };
}

function roleOf(title: string | null): RecordPerson["role"] | "other" | null {
  if (!title) return null;
  const t = title.toLowerCase();
  if (/vice[\s-]president|president-elect|deputy|under secretary|assistant secretary/.test(t)) return "other";
  if (/secretary of state|\bsecretary\b|top diplomat/.test(t)) return "secretary";
  if (/\bpresident\b/.test(t)) return "president";
  return null;
}

const matchers = new WeakMap<OfficialRecord, PersonMatcher>();

export class PersonMatcher {
  /** The matcher of a record, made once: its name index is the same for every document. */
  static of(record: OfficialRecord): PersonMatcher {
    let m = matchers.get(record);
    if (!m) {
      m = new PersonMatcher(record);
      matchers.set(record, m);
    }
    return m;
  }

  private readonly byName = new Map<string, RecordPerson[]>();
  private readonly bySurname = new Map<string, RecordPerson[]>();

  constructor(private readonly record: OfficialRecord) {
    for (const p of record.people) {
      const k = nameKey(p.name);
      if (!k) continue;
      const key = `${k.first} ${k.last}`;
      this.byName.set(key, [...(this.byName.get(key) ?? []), p]);
      this.bySurname.set(k.last, [...(this.bySurname.get(k.last) ?? []), p]);
    }
  }

  /**
   * The record's person an actor is, or null. `when` (a date the records are about) settles namesakes
   * (two Presidents George Bush): the one whose record covers it, within a year.
   */
  match(actor: Pick<Actor, "name" | "aliases" | "title" | "kind" | "country">, when: string | null = null): RecordPerson | null {
    if (actor.kind !== "person" || (actor.country && actor.country !== "US")) return null;
    const role = roleOf(actor.title);
    if (role === "other") return null;
    const inOffice = (p: RecordPerson) => {
      const c = this.record.coverage(p.id);
      return (
        !!c &&
        !!when &&
        c.first.slice(0, 4) <= String(Number(when.slice(0, 4)) + 1) &&
        c.last.slice(0, 4) >= String(Number(when.slice(0, 4)) - 1)
      );
    };
    const fits = (ps: RecordPerson[]) => {
      const r = role ? ps.filter((p) => p.role === role) : ps;
      return r.length > 1 && when ? r.filter(inOffice) : r;
    };
    for (const n of [actor.name, ...actor.aliases]) {
      const k = nameKey(n);
      if (!k) continue;
      const found = fits(this.byName.get(`${k.first} ${k.last}`) ?? []);
      if (found.length === 1) return found[0]!;
    }
    // A lone surname ("Blinken") is enough only with the role in the title, and only when one person fits.
    if (role) {
      const surname = fold(actor.name).split(" ").pop() ?? "";
      const found = fits(this.bySurname.get(surname) ?? []);
      if (found.length === 1) return found[0]!;
    }
    return null;
  }
}
