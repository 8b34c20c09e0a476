/**
 * ActorResolver: groups a document's mentions into actors (coreference).
 * - full names cluster by first name (nicknames folded: Tony → Antony) and surname;
 * - a lone surname ("Blinken", "Mr Netanyahu") joins the most-mentioned person with that name;
 * - a role noun ("the secretary", "America's top diplomat") joins the most-mentioned person whose title is of
 *   the same class, so a wrong title in the source ("the foreign minister") does not create a new actor;
 * - he/she/him/his/her refer to the first person named in the same sentence before them, else to the first
 *   person of the nearest earlier sentence that names one (news prose keeps the subject first).
 */
import type { ActorKind } from "@shuttle/core";
import { alternation, lexicon } from "../lexicon/index.js";
import { NAME_SUFFIXES, NICKNAMES, roleClass } from "../lexicon/words.js";
import type { Sentence } from "../text/segment.js";
import { firstAtOrAfter, segmentAt } from "../text/sorted.js";
import { escapeRegExp } from "../text/regex.js";
import { slug } from "./gazetteer.js";
import type { Mention } from "./mentions.js";

export interface DocActor {
  key: string;
  name: string;
  kind: ActorKind;
  title: string | null;
  country: string | null;
  aliases: Set<string>;
  mentions: number;
  /** The name is the text's own full name, not the lexicon's spelling of a well-known person. */
  nameFromText?: boolean;
  /** Known from a word of a title or name ("Queen Rania", "Mr. Netanyahu"); unknown for most people. */
  gender?: Gender;
  /** The country the lexicon gives a well-known person named with a title of the text's, for matching roles only. */
  lexiconCountry?: string;
  /** The age the text gives ("Mahmoud Abbas, 88,"), which a description with another age does not fit. */
  age?: number;
  /**
   * Every office the text gives the person, in order: titles before the name, the lexicon's, an appositive after a surname
   * ("Gantz, a former defence minister,"). `title` is the first; a description may refer to any of them.
   */
  titles?: string[];
}

type Gender = "female" | "male";
const GENDER_OF_WORD = new Map<string, Gender>(
  Object.entries(lexicon.titles.gendered_words as Record<Gender, string[]>).flatMap(([g, words]) =>
    words.map((w) => [w.toLowerCase(), g as Gender] as const),
  ),
);
const genderOf = (m: Mention): Gender | undefined => {
  for (const w of m.text.split(/[\s.]+/)) {
    const g = GENDER_OF_WORD.get(w.toLowerCase());
    if (g) return g;
  }
  return undefined;
};
/** The gender a pronoun asks for. */
const PRONOUN_GENDER: Record<string, Gender> = { he: "male", him: "male", his: "male", she: "female", her: "female" };

/**
 * The antecedent a pronoun takes among candidate people, in order: "she" takes a woman named so if there is one,
 * else the first who is not named a man; "he" the first who is not named a woman. Most people's gender is not
 * written, so an unknown gender agrees with both.
 */
/** Between a clause's subject and an object pronoun: one to three lower-case words, no comma or clause word. */
const OWN_CLAUSE_VERB = /^\s+(?!(?:that|who|which|said|says|and|but|as|when|after|before)\s)(?:\p{Ll}+\s+){1,3}$/u;

function agreeing(candidates: number[], personAt: (j: number) => DocActor | undefined, wanted: Gender): number {
  const gender = (j: number) => personAt(j)?.gender;
  if (wanted === "female") {
    const woman = candidates.find((j) => gender(j) === "female");
    if (woman !== undefined) return woman;
  }
  return candidates.find((j) => gender(j) === undefined || gender(j) === wanted) ?? -1;
}

export interface Resolution {
  actors: DocActor[];
  /** Actor of each mention (by index into the mentions array); undefined for places and unresolved ones. */
  actorOf: Array<DocActor | undefined>;
}

/** A sentence (maybe after a wire dateline) that opens with a phrase of time around a participle or noun. */
const FRONTED_PHRASE = /^(?:\p{Lu}[\p{Lu}\s,.'’-]*(?:\([^)]*\))?\s*[-–—]\s+)?(?:After|Before|Following|Upon|Since)\s/u;

const KNOWN_BY_SURNAME = new Map(
  (lexicon.people.people as ReadonlyArray<{ name: string; surnames: string[]; title: string | null; country: string | null }>).flatMap(
    (p) => p.surnames.map((s) => [s, p] as const),
  ),
);

// Keyed in lower case: "Abdel Fattah El-Sisi" is the lexicon's "Abdel Fattah el-Sisi" (a particle's capital varies by outlet).
const KNOWN_BY_NAME = new Map(
  (lexicon.people.people as ReadonlyArray<{ name: string; title: string | null; country: string | null }>).map(
    (p) => [p.name.toLowerCase(), p] as const,
  ),
);

const EXACT_ROLES: ReadonlySet<string> = new Set(lexicon.titles.exact_roles);
/** A title's words as word roles compare them: lower case, a hyphen as a space ("Secretary-General" → "secretary general"). */
const titleWords = (t: string) => ` ${t.toLowerCase().replace(/[\s-]+/g, " ")} `;
const WORD_ROLES: ReadonlySet<string> = new Set(lexicon.titles.word_roles);

function nameTokens(name: string): string[] {
  return name.split(/\s+/).filter((w) => !NAME_SUFFIXES.has(w));
}

const LETTERS = lexicon.names.letters as Record<string, string>;
/** Letters that Unicode does not decompose ("ø", "ı"): spelt as the lexicon says. */
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join("")}]`, "gu");
/**
 * A name word as names are compared: lower case, without the Arabic article that spellings attach in different
 * ways ("al-Sisi", "el-Sisi" and "Sisi" are one surname; "Al-Thani" and "Thani" too), and without the diacritics that
 * one outlet writes and another drops ("Erdoğan" and "Erdogan", "António" and "Antonio").
 */
const foldWord = (w: string) =>
  w
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
    .toLowerCase()
    .replace(/^(?:al|el)-(?=\p{L})/u, "");
/**
 * Folded words, kept: the resolver folds every known person's name again for each new mention, and the folding
 * (a Unicode normalisation and three replacements) was 2% of an extraction. Cleared when large, so a long run over
 * many documents does not grow it without end.
 */
const FOLDED = new Map<string, string>();
const fold = (w: string) => {
  let f = FOLDED.get(w);
  if (f === undefined) {
    if (FOLDED.size > 20_000) FOLDED.clear();
    f = foldWord(w);
    FOLDED.set(w, f);
  }
  return f;
};

/** A first name as names are compared, nicknames and spellings folded ("Tony" → "antony", "Muhammad" → "mohammed"). */
const firstName = (w: string) => NICKNAMES[fold(w)] ?? fold(w);

export function resolveActors(mentions: Mention[], sentences: Sentence[]): Resolution {
  const actors: DocActor[] = [];
  const actorOf: Array<DocActor | undefined> = new Array(mentions.length);
  const byKey = new Map<string, DocActor>();
  const people: DocActor[] = [];

  const getOrCreate = (key: string, m: Mention, kind: ActorKind): DocActor => {
    let a = byKey.get(key);
    if (!a) {
      a = { key, name: "", kind, title: null, country: null, aliases: new Set(), mentions: 0 };
      byKey.set(key, a);
      actors.push(a);
      if (kind === "person") people.push(a);
    }
    a.mentions++;
    if (!a.name) a.name = m.name;
    if (kind === "person") {
      // The text's own spelling of a full name wins over the lexicon's ("al-Sisi" in the text, "el-Sisi" in
      // people.json); among names of the same source, the longest.
      const fromText = m.rule !== "mention/known-person" && nameTokens(m.name).length >= 2;
      if ((fromText && !a.nameFromText) || (fromText === !!a.nameFromText && m.name.length > a.name.length)) {
        a.name = m.name;
        a.nameFromText = fromText;
      }
    }
    if (kind === "person") a.gender ??= genderOf(m);
    if (m.title && !/^(Mr|Mrs|Ms|Dr)\.?$/.test(m.title)) {
      a.title ??= m.title;
      addTitle(a, m.title);
    }
    if (m.country && !a.country) a.country = m.country;
    a.aliases.add(m.text);
    return a;
  };

  // Pass 1: full names define the people.
  mentions.forEach((m, i) => {
    if (m.kind !== "person") return;
    const tokens = nameTokens(m.name);
    if (tokens.length < 2) return;
    const last = fold(tokens[tokens.length - 1]!);
    const first = firstName(tokens[0]!);
    // The same person: same first name (nicknames folded) and surname, or a shorter form of a longer name
    // ("Bruins Slot" for "Hanke Bruins Slot").
    const lower = tokens.map(fold).join(" ");
    const existing = people.find((p) => {
      const pt = nameTokens(p.name);
      const pl = pt.map(fold).join(" ");
      return (
        (pt.length > 0 && fold(pt[pt.length - 1]!) === last && firstName(pt[0]!) === first) ||
        pl.endsWith(" " + lower) ||
        lower.endsWith(" " + pl)
      );
    });
    // "Mahmoud Abbas received …": a full name of the lexicon's people has the lexicon's title and country where the text
    // gives none, so that a description ("the Palestinian president") can refer to him, as a lone surname does.
    const known = KNOWN_BY_NAME.get(m.name.toLowerCase());
    const a = getOrCreate(
      existing?.key ?? `${first} ${last}`,
      known && !m.title ? { ...m, title: known.title, country: m.country ?? known.country } : m,
      "person",
    );
    // "Prime Minister Benjamin Netanyahu": a title in the text does not hide the lexicon's country from the roles, so that
    // "Qatar's prime minister" never refers to him. Kept apart from `country`, which decides home and abroad for trips.
    if (known?.country) a.lexiconCountry ??= known.country;
    // "EU foreign policy chief Josep Borrell": the lexicon's office is one more office of his, which "the Spanish diplomat"
    // may describe where the text's own title ("chief") says no class.
    if (known) addTitle(a, known.title);
    actorOf[i] = a;
    // "Mahmoud Abbas, 88, met …": the age in commas after the name.
    const s = segmentAt(sentences, m.end);
    const age = s ? /^,\s*(\d{2,3}),/.exec(s.text.slice(m.end - s.start, m.end - s.start + 8))?.[1] : undefined;
    if (age) a.age ??= Number(age);
    if (!m.title) addTitle(a, appositiveOffice(m, s) ?? leadingRole(m, s));
  });
  // Pass 2: single names join a full name, else stand alone ("King Abdullah").
  mentions.forEach((m, i) => {
    if (m.kind !== "person" || actorOf[i]) return;
    const tokens = nameTokens(m.name);
    const w = fold(tokens[0] ?? m.name); // a name of regnal numbers only ("II") has no other token
    // "King Salman" is not "Mohammed bin Salman": a name after bin/ibn is the father's, not a surname.
    const candidates = people.filter((p) => {
      const pt = nameTokens(p.name).map(fold);
      const k = pt.lastIndexOf(w);
      return k >= 0 && !/^(?:bin|ibn|bint|ben)$/.test(pt[k - 1] ?? "");
    });
    candidates.sort((a, b) => b.mentions - a.mentions);
    // "Netanyahu met …" with no full name in the text: a surname of the lexicon's people has the lexicon's title (the
    // name stays the text's), so that a role ("Israel's prime minister") can refer to him.
    // "King Abdullah II" is not "Abdullah bin Zayed": a regnal number names only a person who bears it.
    const regnal = m.name.split(/\s+/).filter((x) => /^[IVX]+$/.test(x) && NAME_SUFFIXES.has(x));
    if (regnal.length)
      candidates.splice(0, candidates.length, ...candidates.filter((p) => regnal.every((r) => p.name.split(/\s+/).includes(r))));
    const known = candidates.length ? undefined : KNOWN_BY_SURNAME.get(m.name);
    actorOf[i] = getOrCreate(candidates[0]?.key ?? w, known && !m.title ? { ...m, title: known.title } : m, "person");
    if (!m.title) addTitle(actorOf[i]!, appositiveOffice(m, segmentAt(sentences, m.end)) ?? leadingRole(m, segmentAt(sentences, m.start)));
  });
  // Pass 3: organisations, groups and unnamed speakers by their normalised text. The organisations named so far are
  // kept as the pass goes (the latest armed group, the latest body for each collective head), so a back-reference
  // costs a lookup, not a scan of every mention before it (which made a long document quadratic).
  const before = new OrganisationsBefore();
  mentions.forEach((m, i) => {
    resolveOrganisation(m, i);
    before.add(m, actorOf[i]);
  });
  function resolveOrganisation(m: Mention, i: number): void {
    // "Hamas said … “…,” the group said": the latest armed group or party named before, or nobody.
    if (m.backToGroup) {
      actorOf[i] = before.armedGroup;
      if (actorOf[i]) {
        actorOf[i]!.mentions++;
        actorOf[i]!.aliases.add(m.text);
      }
      return;
    }
    if (m.kind === "organization" || m.kind === "group" || m.kind === "unnamed") {
      const body = m.kind === "group" ? before.namedBody(m) : undefined;
      if (body) {
        body.mentions++;
        body.aliases.add(m.text);
        actorOf[i] = body;
        return;
      }
      actorOf[i] = getOrCreate(`${m.kind}:${slug(m.name)}`, m, m.kind);
    }
  }
  // Where each actor is first mentioned: a description refers back, never forward, so only people named before it are
  // its antecedents ("the US official" is not the President named two paragraphs later).
  const firstAt = new Map<DocActor, number>();
  mentions.forEach((m, i) => {
    const a = actorOf[i];
    if (a && !firstAt.has(a)) firstAt.set(a, m.start);
  });
  // Pass 4: role nouns and pronouns, in text order so a pronoun can follow a resolved role.
  const sentenceOf = (pos: number) => segmentAt(sentences, pos);
  const isPersonRef = (j: number) => actorOf[j]?.kind === "person";
  // "Scholz's office said he would meet …", "Netanyahu's spokesman said he …": the person a possessive names at the head of
  // a body or spokesperson is who the pronouns after it refer to, as if named there (the body is no person, and the man
  // named last before it is not the subject).
  const possessorOf = new Map<number, DocActor>();
  mentions.forEach((m, i) => {
    if (m.kind !== "group" && m.kind !== "organization" && m.kind !== "unnamed") return;
    const w = POSSESSOR.exec(m.text)?.[1];
    if (!w) return;
    const f = fold(w);
    const owner = people
      .filter((p) => (firstAt.get(p) ?? Number.POSITIVE_INFINITY) < m.start && nameTokens(p.name).map(fold).includes(f))
      .sort((a, b) => b.mentions - a.mentions)[0];
    if (owner) possessorOf.set(i, owner);
  });
  const personAt = (j: number) => (isPersonRef(j) ? actorOf[j] : possessorOf.get(j));
  // The antecedent scans below are linear in the document, not in mentions × pronouns: mentions are in text order
  // and a mention's actor is final once passed, so the first subject of a sentence is found in one pass (`scan`),
  // and an earlier sentence's people are listed once (`peopleOf`).
  const scan = { sentence: undefined as Sentence | undefined, next: 0, found: [] as number[] };
  const peopleOf = new Map<Sentence, number[]>();
  // Where the main clause's subject starts in a sentence that opens with a phrase of time around a participle
  // ("After meeting Qatar's emir, Sheikh Tamim, in Doha, Blinken flew …"): the first person after a comma followed by
  // a lower-case word (a verb). 0 for other sentences. The people of the fronted phrase are no antecedents of choice.
  const subjectStart = new Map<Sentence, number>();
  const mainSubjectStart = (sent: Sentence): number => {
    let at = subjectStart.get(sent);
    if (at !== undefined) return at;
    at = 0;
    if (FRONTED_PHRASE.test(sent.text)) {
      for (let j = firstAtOrAfter(mentions, sent.start); j < mentions.length && mentions[j]!.end <= sent.end; j++) {
        const o = mentions[j]!;
        if (
          isPersonRef(j) &&
          /,\s*$/.test(sent.text.slice(0, o.start - sent.start)) &&
          /^\s+(?:\p{Ll}+\s+)?\p{Ll}/u.test(sent.text.slice(o.end - sent.start, o.end - sent.start + 30))
        ) {
          at = o.start;
          break;
        }
      }
    }
    subjectStart.set(sent, at);
    return at;
  };
  mentions.forEach((m, i) => {
    // "Egypt's foreign minister, Sameh Shoukry, said": a role with a name in apposition is that person.
    const named = m.kind === "role" ? appositiveName(mentions, i, sentences, actorOf) : undefined;
    if (named) {
      actorOf[i] = named;
      named.title ??= m.title;
      addTitle(named, m.title);
      named.country ??= m.country;
      named.aliases.add(m.text.replace(/^The /, "the "));
      return;
    }
    if (m.kind === "role") {
      // "the minister" names no office: any minister or secretary will do; other roles match their class.
      const generic = m.name === "minister";
      // "the Qatari official": any person of that country.
      const byCountry = m.name === "official";
      const cls = roleClass(m.name);
      // "the emir", "the king": a monarch's title, not any head of state ("President Sisi" is no emir).
      const exact = EXACT_ROLES.has(m.name);
      // "the Secretary", "the Secretary-General", "His Highness": only a person whose title holds those words, never
      // another office of the class ("the Secretary" is no foreign minister).
      const byWord = WORD_ROLES.has(m.name) ? ` ${m.name.replace(/-/g, " ")} ` : undefined;
      // A description that names no one office ("the US official", "the minister", "the Israeli leader") refers back only,
      // to someone named before it: it is not the President named two paragraphs later. An office may be named before its
      // holder ("Israel's prime minister met Milei. Netanyahu thanked him.").
      const backOnly = byCountry || generic || m.name === "leader" || m.name === "general";
      // An office fits the description by its class, or for the roles below by its words.
      const officeFits = (t: string) =>
        generic
          ? /minister|secretary/i.test(t)
          : m.name === "leader"
            ? // "the Israeli leader": a head of government or state, or a leader by title ("opposition leader"); "the Hamas
              // leader" also the head of that body by another word ("head of the Hamas political bureau").
              /\bleader\b/i.test(t) || LEADER_CLASSES.has(roleClass(t) ?? "") || (!!m.body && headOf(t, m.body))
            : m.name === "general"
              ? // … or a general by rank ("Brig. Gen.", "Maj. Gen.").
                /\b(?:general\b|gen\.)/i.test(t) && !/(?:secretary|attorney|director|consul)[\s-]+general/i.test(t)
              : !!cls && roleClass(t) === cls && (!exact || t.toLowerCase().includes(m.name));
      const fitting = people
        .filter((p) => !backOnly || (firstAt.get(p) ?? Number.POSITIVE_INFINITY) < m.start)
        .filter((p) =>
          byWord
            ? [...officesOf(p), ...p.aliases].some((t) => titleWords(ownOffice(t)).includes(byWord)) && describedAny(m, p)
            : byCountry
              ? p.country === m.country && describedAny(m, p)
              : generic && m.country && p.country === m.country
                ? describedAny(m, p)
                : officeParts(p).some((t) => officeFits(t) && describes(m, t)),
        )
        // A role that names its country never goes to a person of another country; one of that country wins.
        // A person of no known country whose title names an institution of one ("CIA Director") is of that country here.
        .filter((p) => !m.country || countryOf(p) === null || countryOf(p) === m.country)
        .filter((p) => m.age === undefined || p.age === undefined || p.age === m.age);
      const ofCountry = m.country ? fitting.filter((p) => p.country === m.country) : [];
      const pool = ofCountry.length ? ofCountry : fitting;
      // A description that says more than an office (an age, "former", a body, a nationality alone, "leader") refers to
      // the one person it fits, and to nobody when two do: a wrong link is worse than none.
      const strict =
        byCountry ||
        (generic && !!m.country) ||
        m.age !== undefined ||
        !!m.former ||
        !!m.body ||
        !!m.described ||
        // "the kingdom's foreign minister" says which state only by a noun: the one holder of the office named, or nobody.
        !!m.ofState ||
        !!byWord ||
        m.name === "leader" ||
        m.name === "general";
      const match = strict && pool.length > 1 ? undefined : pool.sort((a, b) => b.mentions - a.mentions)[0];
      if (match) {
        actorOf[i] = match;
        match.aliases.add(m.text.replace(/^The /, "the "));
      } else if (m.country && m.name !== "official" && !fitting.length && !m.former && m.age === undefined) {
        // "Qatar's prime minister said", and the text never names him: an unnamed office holder of that country.
        const name = m.text.replace(/^[Tt]he\s+/, "");
        actorOf[i] = getOrCreate(`unnamed:${slug(name)}`, { ...m, name }, "unnamed");
      }
      return;
    }
    // "(Mr Jane Doe): I met …": the last person named in the answer's label.
    if (m.label) {
      for (let j = i - 1; j >= 0 && mentions[j]!.start >= m.label.start; j--) {
        if (mentions[j]!.end <= m.label.end && isPersonRef(j)) {
          actorOf[i] = actorOf[j];
          break;
        }
      }
      return;
    }
    // "His office said": the office of the person "his" refers to, the same actor as "Netanyahu's office".
    const office = m.kind === "group" ? /^(his|her)\s+office$/i.exec(m.text) : null;
    // Plural references ("they", "the two leaders") are widened by the extractors.
    if (!office && (m.kind !== "pronoun" || !/^(?:he|she|him|his|her)$/i.test(m.text))) return;
    const pronoun = office ? office[1]! : m.text;
    const refer = (person: DocActor | undefined) => {
      // "Baerbock met Gallant. “…,” she said. “…,” he said.": once "she" of a quote's cue has taken a person whose
      // gender the text did not write, a later "he" looks past her (and "she" past him). Only right after a quote,
      // where the speaker was named just before: a pronoun elsewhere may refer wrongly and would spread the error.
      const at = sentenceOf(m.start);
      const afterQuote = !!at && /[”"]\s*$/.test(at.text.slice(Math.max(0, m.start - at.start - 4), m.start - at.start));
      if (person && !person.gender && afterQuote && /^(?:he|she)$/i.test(pronoun)) person.gender = PRONOUN_GENDER[pronoun.toLowerCase()];
      if (!office || !person) {
        actorOf[i] = person;
        // "He is a former defence minister": an office said of the person the pronoun refers to.
        if (person && /^(?:he|she)$/i.test(pronoun)) addTitle(person, appositiveOffice(m, at));
        return;
      }
      const name = `${nameTokens(person.name).pop()}'s office`;
      actorOf[i] = getOrCreate(`organization:${slug(name)}`, { ...m, name, kind: "organization" }, "organization");
    };
    const s = sentenceOf(m.start);
    if (!s) return;
    // Same-sentence antecedents, except objects of a preposition in a fronted phrase ("In addition to talks
    // with Netanyahu, he will …": "he" is the previous sentence's subject).
    // Same-sentence antecedents that are subjects: a person after a preposition ("After his talk with
    // Herzog, Blinken met …, where he …") is passed over.
    if (scan.sentence !== s) Object.assign(scan, { sentence: s, next: firstAtOrAfter(mentions, s.start), found: [] });
    for (; scan.next < i; scan.next++) {
      const o = mentions[scan.next]!;
      const lead = s.text.slice(Math.max(0, o.start - s.start - 8), o.start - s.start);
      const afterPreposition = /\b(?:with|to|by|for|from|of|at|about|than|between)\s+$/i.test(lead);
      if (personAt(scan.next) && !afterPreposition && o.start >= mainSubjectStart(s)) scan.found.push(scan.next);
    }
    const wanted = PRONOUN_GENDER[pronoun.toLowerCase()]!;
    // "Tamim arrived in Ankara. President Erdogan welcomed him": an object pronoun is never the subject of its own clause,
    // the person right before it with nothing but a verb (maybe with a particle or preposition) between them.
    const candidates = /^him$/i.test(pronoun)
      ? scan.found.filter((j) => !OWN_CLAUSE_VERB.test(s.text.slice(mentions[j]!.end - s.start, m.start - s.start)))
      : scan.found;
    const inSentence = agreeing(candidates, personAt, wanted);
    if (inSentence >= 0) {
      refer(personAt(inSentence));
      return;
    }
    for (let k = s.index - 1; k >= Math.max(0, s.index - 4); k--) {
      const prev = sentences[k];
      if (!prev) break;
      let people = peopleOf.get(prev);
      if (people === undefined) {
        people = [];
        for (let jj = firstAtOrAfter(mentions, prev.start); jj < mentions.length && mentions[jj]!.start < prev.end; jj++) {
          if (mentions[jj]!.end <= prev.end && personAt(jj)) people.push(jj);
        }
        // "After meeting the emir, Blinken flew on": the main clause's subject first, then the fronted phrase's people.
        const main = mainSubjectStart(prev);
        people = [...people.filter((j) => mentions[j]!.start >= main), ...people.filter((j) => mentions[j]!.start < main)];
        peopleOf.set(prev, people);
      }
      const j = agreeing(people, personAt, wanted);
      if (j >= 0) {
        refer(personAt(j));
        return;
      }
    }
  });
  return { actors, actorOf };
}

/** "Scholz's office", "Netanyahu’s spokesman": a capitalised name with a possessive at the start of a mention. */
const POSSESSOR = /^(\p{Lu}[\p{L}-]*)['’]s\s/u;

const LEADER_CLASSES: ReadonlySet<string> = new Set(["head_of_government", "head_of_state"]);
const FORMER = new RegExp(String.raw`^(?:an?\s+|the\s+)?(?:${alternation(lexicon.titles.former_words)})\b`, "i");
/** Each named body ("Hamas", "Hezbollah") and the pattern that finds it as a word of a title, compiled once. */
const NAMED_BODIES: ReadonlyArray<[string, RegExp]> = lexicon.descriptors.named_groups.map((b) => [
  b,
  new RegExp(String.raw`\b${escapeRegExp(b)}\b`),
]);

const INSTITUTIONS: ReadonlyArray<[RegExp, string]> = Object.entries(lexicon.titles.institution_countries as Record<string, string>).map(
  ([k, c]) => [new RegExp(String.raw`\b${escapeRegExp(k)}\b`), c],
);
/** The country of an institution a person's title names ("CIA Director": US), or null. */
const institutionCountry = (p: DocActor): string | null => {
  for (const t of officesOf(p)) for (const [re, c] of INSTITUTIONS) if (re.test(t)) return c;
  return null;
};

/** A person's country for a role naming one: the text's, the lexicon's, or that of an institution the title names. */
const countryOf = (p: DocActor): string | null => p.country ?? p.lexiconCountry ?? institutionCountry(p);

/** A title or other office to a person's list of offices, once. */
function addTitle(a: DocActor, t: string | null | undefined): void {
  if (!t) return;
  a.titles ??= [];
  if (!a.titles.includes(t)) a.titles.push(t);
}

/** A person's offices as the text gives them; the title alone for a person made before the list. */
const officesOf = (p: DocActor): string[] => p.titles ?? (p.title ? [p.title] : []);

/**
 * A title of several offices is each of them ("Prime Minister and Foreign Minister" is a premier and a top diplomat;
 * "the British foreign secretary and a former prime minister" a former premier). A deputy's office in such a list is not
 * the office itself ("Deputy Prime Minister and Foreign Minister" is no prime minister). One office is as written.
 */
function officeParts(p: DocActor): string[] {
  const out: string[] = [];
  for (const t of officesOf(p)) {
    const parts = t.split(/\s+and\s+|\s*[,;]\s+/).filter(Boolean);
    if (parts.length < 2) out.push(t);
    else out.push(...parts.filter((x) => !/^(?:an?\s+|the\s+)?(?:deputy|assistant|under)\b/i.test(x)));
  }
  return out.length ? out : [""];
}

/**
 * The office of the person themself in a title that names another's: "Spokesperson for the Secretary-General" is no
 * Secretary-General, "Adviser to the President" no president.
 */
const ownOffice = (t: string) => t.replace(/\s+(?:for|to|of)\s+the\s+.*$/is, "");

/** "head of the Hamas political bureau", "Hamas political chief": the head of that body by another word than "leader". */
const headOf = (t: string, body: string) =>
  NAMED_BODIES.some(([b, re]) => b === body && re.test(t)) && /\b(?:head|chief|chairman|chair|leader)\b/i.test(t);

/**
 * What a description says besides the office, checked against one office of a person: "the former prime minister" is only
 * someone whose office is a past one (and "the prime minister" never is); "the Hamas leader" not someone whose title names
 * another body.
 */
function describes(m: Mention, title: string): boolean {
  if (!!m.former !== FORMER.test(title)) return false;
  if (m.body && NAMED_BODIES.some(([b, re]) => b !== m.body && re.test(title))) return false;
  return true;
}
/** The description fits one of the person's offices. */
const describedAny = (m: Mention, p: DocActor) => officeParts(p).some((t) => describes(m, t));

/**
 * An office in apposition after a name that has no title ("Gantz, a former defence minister, said"), or said of the person
 * by "is"/"was" ("He is a former defence minister and a member of the cabinet", as a correction puts it): a phrase with an
 * article and an office of a known class or a head's word, up to a comma, a full stop or a conjunction.
 */
const OFFICE_PHRASE = String.raw`((?:an?|the)\s+[^,;:.!?“”"()\n]{3,80}?)`;
const APPOSITIVE_OFFICE = new RegExp(
  String.raw`^(?:,\s+${OFFICE_PHRASE}\s*,|\s+(?:is|was)\s+${OFFICE_PHRASE}(?=[,;.]|\s+(?:and|but|who|since|until)\b))`,
  "u",
);
function appositiveOffice(m: Mention, s: Sentence | undefined): string | undefined {
  if (!s) return undefined;
  const found = APPOSITIVE_OFFICE.exec(s.text.slice(m.end - s.start, m.end - s.start + 90));
  const phrase = found?.[1] ?? found?.[2];
  if (!phrase) return undefined;
  return roleClass(phrase) || /\b(?:leader|chief|head|minister|secretary|president|general)\b/i.test(phrase) ? phrase : undefined;
}

/**
 * "Biden envoy Hochstein lands in Beirut", "Erdogan adviser Ibrahim Kalin": a role noun in lower case between a capitalised
 * word (whose envoy) and a name the mention rules read without a title. It is an office of that person, so that a later
 * "the envoy" refers to him. Read on the 40 characters before the name.
 */
const LEADING_ROLE = new RegExp(
  String.raw`(?:^|[\s(])\p{Lu}[\p{L}'’.-]*\s+(${alternation(lexicon.titles.referring_roles.filter((r) => !/\p{Lu}/u.test(r)))})\s+$`,
  "u",
);
function leadingRole(m: Mention, s: Sentence | undefined): string | undefined {
  if (!s) return undefined;
  return LEADING_ROLE.exec(s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start))?.[1];
}

const ARMED_GROUPS = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(lexicon.descriptors.armed_groups)})(?![\p{L}])`, "u");

const COLLECTIVE_HEADS: readonly string[] = lexicon.descriptors.collective_heads;
const wordsOfName = (t: string) =>
  t
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/**
 * The organisations named so far in text order, as back-references need them:
 * - "Hamas said … “…,” the group said", "Islamic Jihad … the militant group said": the latest organisation named before
 *   that is an armed group or party of the lexicon. A back-reference with none before refers to nobody (not to a group
 *   of its own).
 * - "Kuwait's Ministry of Foreign Affairs said … The ministry called for …": a collective head with only "the" before it
 *   ("the ministry", "the foreign ministry", "the office", "the agency") refers back to the latest named organisation
 *   whose name holds all its words, not to a body of its own.
 */
class OrganisationsBefore {
  armedGroup: DocActor | undefined;
  private readonly byHead = new Map<string, DocActor>();
  private static readonly HEAD_WORDS = COLLECTIVE_HEADS.map((h) => [h, h.split(" ")] as const);

  add(m: Mention, a: DocActor | undefined): void {
    if (m.kind !== "organization" || a?.kind !== "organization") return;
    if (ARMED_GROUPS.test(a.name)) this.armedGroup = a;
    const name = new Set(wordsOfName(m.name));
    for (const [head, words] of OrganisationsBefore.HEAD_WORDS) if (words.every((w) => name.has(w))) this.byHead.set(head, a);
  }

  namedBody(m: Mention): DocActor | undefined {
    const head = /^the\s+(.+)$/i.exec(m.text)?.[1]?.toLowerCase().replace(/\s+/g, " ");
    return head ? this.byHead.get(head) : undefined;
  }
}

/** The person named right after a role, set off by a comma ("the Egyptian foreign minister, Sameh Shoukry,"). */
function appositiveName(mentions: Mention[], i: number, sentences: Sentence[], actorOf: Array<DocActor | undefined>): DocActor | undefined {
  const m = mentions[i]!;
  const next = mentions[i + 1];
  const s = segmentAt(sentences, m.start);
  if (!next || !s || next.end > s.end || next.kind !== "person" || actorOf[i + 1]?.kind !== "person") return undefined;
  // "Qatar's prime minister and foreign minister, Sheikh Mohammed …": a second office of the same holder, joined by
  // "and" in lower case, may stand between the role and the comma.
  return /^(?:\s+and\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+)?\s*,\s*$/u.test(s.text.slice(m.end - s.start, next.start - s.start))
    ? actorOf[i + 1]
    : undefined;
}

/** A person's id leaves out middle initials, so "Antony J. Blinken" and "Antony Blinken" are one id. */
export function actorId(a: DocActor): string {
  return a.kind === "person" ? slug(a.name.replace(/ \p{Lu}\.(?= )/gu, "")) : slug(a.name) || slug(a.key);
}
