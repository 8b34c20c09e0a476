/**
 * Round 8b of the mention rules and the resolver: runs of spaces between words, a role's country against the lexicon's
 * country of a titled person, the possessor of a subject as a pronoun's antecedent, "they" in what a plural noun says, a
 * role noun between a possessor and a name, the lexicon's office as one more office, hyphenated titles and the outlet of a
 * dateline. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../analysis.js";
import { extractDocument } from "../extract.js";

const PUBLISHED = "2024-05-14";
const run = (text: string) => extractDocument(text, { id: "t", published: PUBLISHED });

/** The actor's name the first mention with this text resolves to (null when none). */
function referent(text: string, mention: string): string | null {
  const a = analyse("t", text, PUBLISHED);
  const i = a.mentions.findIndex((m) => m.text === mention);
  expect(i, `no mention "${mention}"`).toBeGreaterThanOrEqual(0);
  return a.actorOf[i]?.name ?? null;
}

/** Actors, meetings (participants) and quote speakers of a text, by name, for comparing two spellings of one text. */
function records(text: string) {
  const r = run(text);
  const name = (id: string | null) => r.actors.find((a) => a.id === id)?.name ?? null;
  return {
    actors: r.actors.map((a) => a.name).sort(),
    meetings: r.meetings.map((m) => m.participant_ids.map(name).join(" + ")),
    speakers: r.quotes.map((q) => name(q.speaker_id)),
    trips: r.trips.map(
      (t) => `${name(t.traveler_id)}: ${t.destinations.map((d) => r.places.find((p) => p.id === d.place_id)?.name).join(", ")}`,
    ),
  };
}

describe("runs of spaces between words", () => {
  const single =
    "Secretary of State Antony Blinken arrived in Saudi Arabia on Monday and met Foreign Minister Prince Faisal bin Farhan. " +
    '"We are making progress," Mr. Blinken said. The United States wants a pause.';
  it("reads two spaces as one: the same actors, meetings, speakers and trips", () => {
    const double = single.replace(/ (?=\p{Lu})/gu, "  ");
    expect(double).toContain("State  Antony  Blinken");
    expect(records(double)).toEqual(records(single));
    expect(records(single).actors).toContain("Antony Blinken");
  });
  it("keeps the text's offsets and spelling in a mention", () => {
    const text = "Foreign Minister  Ayman  Safadi met Blinken in Amman on Sunday.";
    const a = analyse("t", text, PUBLISHED);
    const m = a.mentions.find((x) => x.kind === "person" && x.text.includes("Safadi"))!;
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.text).toBe("Foreign Minister  Ayman  Safadi");
    expect(a.actorOf[a.mentions.indexOf(m)]?.name).toBe("Ayman Safadi");
  });
});

describe("a role that names its country", () => {
  it("is not a titled person whom the lexicon gives another country", () => {
    const text =
      "CIA Director William Burns met Qatar's prime minister in Doha on Monday. " +
      "Prime Minister Benjamin Netanyahu said the war would go on.";
    expect(referent(text, "Qatar's prime minister")).not.toBe("Benjamin Netanyahu");
  });
  it("still is a titled person of that country", () => {
    const text = "Prime Minister Benjamin Netanyahu met Burns in Jerusalem. Israel's prime minister said the talks were useful.";
    expect(referent(text, "Israel's prime minister")).toBe("Benjamin Netanyahu");
  });
});

describe("a pronoun after a possessive subject", () => {
  const text =
    "German Chancellor Olaf Scholz met Prime Minister Benjamin Netanyahu in Jerusalem on Tuesday. " +
    '"We will prevail," Netanyahu said. Scholz\'s office said he would fly to Amman on Wednesday. He also called King Abdullah II.';
  it("refers to the possessor, in its sentence and the next", () => {
    const a = analyse("t", text, PUBLISHED);
    const he = a.mentions.map((m, i) => [m, i] as const).filter(([m]) => /^he$/i.test(m.text));
    expect(he.map(([, i]) => a.actorOf[i]?.name)).toEqual(["Olaf Scholz", "Olaf Scholz"]);
  });
  it("gives the possessor the trip", () => {
    expect(records(text).trips.join(" | ")).toMatch(/Olaf Scholz: .*Amman/);
    expect(records(text).trips.join(" | ")).not.toMatch(/Benjamin Netanyahu: .*Amman/);
  });
});

describe("'they' in what a plural noun phrase says", () => {
  it("is not the people named before", () => {
    const text =
      "President Joe Biden met King Abdullah II at the White House on Monday. " +
      "Many of the families have said they will fly to Cairo next week.";
    const r = records(text);
    expect(r.trips.join(" | ")).not.toMatch(/Biden: Cairo|Abdullah II: Cairo/);
    expect(analyse("t", text, PUBLISHED).mentions.some((m) => m.text === "they")).toBe(false);
  });
  it("still widens after named people", () => {
    const text = "Blinken met Safadi in Amman on Monday. They said they would meet again in Cairo.";
    expect(analyse("t", text, PUBLISHED).mentions.filter((m) => /^they$/i.test(m.text))).toHaveLength(2);
  });
});

describe("a role noun between a possessor and a name", () => {
  it("is an office of the person, which 'the envoy' refers to", () => {
    const text =
      "Trump envoy Witkoff heads to Cairo\n\nSteve Witkoff met Egyptian officials in Cairo on Monday. " +
      "The envoy is expected to travel to Doha on Wednesday.";
    expect(referent(text, "The envoy")).toBe("Steve Witkoff");
  });
});

describe("the lexicon's office of a person the text titles otherwise", () => {
  it("lets a description by nationality and office refer back to him", () => {
    const text =
      'EU foreign policy chief Josep Borrell toured the crossing on Monday. "The trucks must move," the Spanish diplomat told reporters.';
    const r = run(text);
    expect(r.actors.find((a) => a.id === r.quotes[0]?.speaker_id)?.name).toBe("Josep Borrell");
  });
});

describe("hyphenated titles and dateline outlets", () => {
  it("reads 'Commissioner-General' and 'Director General' whole", () => {
    const a = analyse("t", "UNRWA Commissioner-General Jane Roe and WHO Director General John Doe visited Rafah.", PUBLISHED);
    const titles = a.mentions.filter((m) => m.kind === "person").map((m) => m.title);
    expect(titles).toEqual(["Commissioner-General", "Director General"]);
  });
  it("makes no person of the outlet in a dateline's brackets", () => {
    const a = analyse("t", "ISTANBUL (Levant Today) - Foreign Minister Hakan Fidan met Hamas officials on Monday.", PUBLISHED);
    const people = a.actors.filter((x) => x.kind === "person").map((x) => x.name);
    expect(people).toEqual(["Hakan Fidan"]);
  });
});
