/**
 * The house styles of outlets other than the US/UK wires: state agencies (Anadolu, Xinhua), Palestinian, Gulf,
 * Israeli, Iranian and South Asian English. Casualty words ("martyred", "succumbed to their wounds", "sustained
 * injuries", "abductees", "the number of injuries has risen to", "35,000-plus", "claimed … lives") and speech verbs
 * ("underlined", "highlighted", "pointed out"). Words as written are kept; no judgement is added. Every sentence
 * here was written for these tests.
 */
import { describe, expect, it } from "vitest";
import { quotedIn } from "../testkit.js";
import { analyse } from "../analysis.js";
import { extractCasualties, parseCount, qualifierOf } from "./CasualtyExtractor.js";

const figures = (text: string) =>
  extractCasualties(analyse("t", text, "2024-03-20")).map((c) => ({
    kind: c.kind,
    count: c.count,
    countText: c.countText,
    qualifier: c.qualifier,
    population: c.population,
    part_of: c.partOf,
    source: c.attributedText,
  }));
const brief = (text: string) => figures(text).map((f) => [f.kind, f.count, f.qualifier]);

const quoted = (body: string, start: string) => quotedIn(body, start, "2024-03-20");

describe("outlet styles: 'martyred' and 'martyrs' as written", () => {
  it("reads 'were martyred' as killed and keeps the population as written", () => {
    expect(figures("Eleven worshippers and four citizens were martyred in the shelling of the mosque at dawn.")).toMatchObject([
      { kind: "killed", count: 4, population: "citizens" },
    ]);
    expect(brief("Seven Palestinians were martyred near the Kissufim road on Friday.")).toEqual([["killed", 7, "exact"]]);
  });

  it("reads the active 'martyred' with its object", () => {
    expect(brief("Occupation drones martyred at least 14 people in Khan Younis overnight.")).toEqual([["killed", 14, "at_least"]]);
  });

  it("reads 'the number of martyrs has risen to' as a death toll", () => {
    expect(brief("Medics said the number of martyrs in the camp has risen to 61.")).toEqual([["killed", 61, "exact"]]);
  });

  it("makes 'among the martyrs were' a part of the figure before it", () => {
    expect(figures("Nine Palestinians were martyred in Tubas. Among the martyrs were three children.").map((f) => f.part_of)).toEqual([
      null,
      0,
    ]);
  });
});

describe("outlet styles: the running total of the wounded", () => {
  it("reads 'the number of injuries has risen to' as wounded, not killed", () => {
    expect(brief("The number of injuries has risen to 4,410 since the start of the offensive, the ministry said.")).toEqual([
      ["wounded", 4410, "exact"],
    ]);
  });

  it("reads 'raising the number of wounded to'", () => {
    expect(brief("Another 80 people were injured, raising the number of wounded to 12,019.")).toEqual([
      ["wounded", 80, "exact"],
      ["wounded", 12019, "exact"],
    ]);
  });

  it("does not take a share for a count of the wounded", () => {
    expect(brief("The number of injuries among children is at 40 percent of the total.")).toEqual([]);
  });
});

describe("outlet styles: verb phrases of what befell people", () => {
  it("reads 'succumbed to their wounds' as killed", () => {
    expect(brief("Two more Palestinians succumbed to their wounds at the Indonesian Hospital.")).toEqual([["killed", 2, "exact"]]);
  });

  it("reads a bare number before 'sustained injuries' and 'lost their lives'", () => {
    expect(brief("At least 6 people lost their lives and 19 sustained injuries when the shelter was shelled.")).toEqual([
      ["killed", 6, "at_least"],
      ["wounded", 19, "exact"],
    ]);
  });

  it("reads a degree adverb between the auxiliary and the verb", () => {
    expect(brief("Two soldiers were killed and another 7 were critically injured in the ambush.")).toEqual([
      ["killed", 2, "exact"],
      ["wounded", 7, "exact"],
    ]);
    expect(brief("Four medics were severely wounded in the strike.")).toEqual([["wounded", 4, "exact"]]);
  });

  it("reads 'murdered' as the verb of an Israeli outlet's figure, as written", () => {
    expect(figures("Terrorists murdered 17 civilians in the kibbutz.")).toMatchObject([
      { kind: "killed", count: 17, population: "civilians" },
    ]);
  });
});

describe("outlet styles: lives claimed", () => {
  it("reads 'claimed N lives' and 'took the lives of N people' as killed", () => {
    expect(brief("The fighting has claimed more than 600 lives in the south, officials said.")).toEqual([["killed", 600, "more_than"]]);
    expect(figures("The strike took the lives of 23 people.")).toMatchObject([{ kind: "killed", count: 23, population: "people" }]);
  });

  it("leaves lives that were not taken alone", () => {
    expect(brief("The convoy saved 300 lives, the charity said.")).toEqual([]);
    expect(brief("The war will cost 3 billion dollars.")).toEqual([]);
  });
});

describe("outlet styles: numbers and asides", () => {
  it("reads '35,000-plus' as more than the number", () => {
    expect(parseCount("35,000-plus")).toBe(35000);
    expect(qualifierOf(undefined, "35,000-plus")).toBe("more_than");
    expect(figures("The 2,300-plus Palestinians killed in the city were counted by volunteers.")).toMatchObject([
      { kind: "killed", count: 2300, countText: "2,300-plus", qualifier: "more_than" },
    ]);
  });

  it("passes over an aside opened by 'mostly' between the people and the verb", () => {
    expect(brief("Over 900 Palestinians, mostly women and children, have been killed in Rafah.")).toEqual([["killed", 900, "more_than"]]);
  });

  it("reads a modifier of the people: 'IDF soldiers', 'displaced Palestinians'", () => {
    expect(brief("Three IDF soldiers were wounded near the border.")).toEqual([["wounded", 3, "exact"]]);
    expect(brief("Twelve displaced Palestinians were killed in the tent camp.")).toEqual([["killed", 12, "exact"]]);
  });
});

describe("outlet styles: captives and detainees", () => {
  it("reads 'abductees' as people held hostage", () => {
    expect(figures("Hamas still holds 88 abductees, the army said.")).toMatchObject([
      { kind: "hostages", count: 88, population: "abductees" },
    ]);
  });

  it("does not make detainees or prisoners hostages", () => {
    expect(brief("Israeli forces detained 40 Palestinians and 12 detainees were released from Ofer prison.")).toEqual([]);
  });
});

describe("outlet styles: sources of a figure", () => {
  it("keeps the source before ', adding that …' (agency style)", () => {
    const found = figures("Israeli attacks killed 54 Palestinians on Monday, the statement said, adding that 96 others were hurt.");
    expect(found.map((f) => [f.count, f.source]).sort()).toEqual([
      [54, "the statement"],
      [96, "the statement"],
    ]);
  });

  it("reads 'added' as a verb of giving figures", () => {
    expect(figures("Eight children were among the dead, the agency added.")).toMatchObject([{ count: 8, source: "the agency" }]);
  });
});

describe("outlet styles: speech verbs of agency copy", () => {
  it("reads 'underlined', 'highlighted' and 'pointed out' as cues", () => {
    const body =
      "Foreign Minister Hakan Fidan underlined that Ankara “will not remain silent.” Fidan also highlighted the " +
      "need for “a lasting ceasefire.” He pointed out that “the aid trucks are waiting at the border.”";
    expect(quoted(body, "will not remain")).toMatchObject({ speaker: "Hakan Fidan", cue: "underlined" });
    expect(quoted(body, "a lasting ceasefire")).toMatchObject({ speaker: "Hakan Fidan", cue: "highlighted" });
    expect(quoted(body, "the aid trucks")).toMatchObject({ speaker: "Hakan Fidan" });
  });

  it("still reads 'the highlight of' as a noun, no cue", () => {
    const body = "The highlight of the summit was a “peace garden” near the hall.";
    expect(quoted(body, "peace garden")).toBeUndefined();
  });
});

describe("outlet styles: a spokesperson speaking for a state", () => {
  it("gives the words to the person who reports what the state calls for", () => {
    const body = "Spokesperson Lin Jian said China urges “an end to collective punishment.”";
    expect(quoted(body, "an end to")).toMatchObject({ speaker: "Lin Jian", rule: "QuoteExtractor/cue-before-reporter" });
  });

  it("does not reach past a named speaker of the reported clause", () => {
    const body = "Lin Jian said Antony Blinken urged “restraint on all sides.”";
    expect(quoted(body, "restraint")).toMatchObject({ speaker: "Antony Blinken" });
  });
});
