import { describe, expect, it } from "vitest";
import { analyse } from "../analysis.js";
import { extractQuotes } from "./QuoteExtractor.js";
import { quotedIn as quoted } from "../testkit.js";

/** The quotes of a text whose first line is its headline (quotesIn puts a headline of its own before the body). */
const headlined = (text: string) =>
  extractQuotes(analyse("t", text, "2024-02-06")).map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null, rule: q.rule }));

describe("quotes round 8b: unnamed sources of wire copy", () => {
  it("reads 'one of the sources' after a quote as one unnamed source", () => {
    const body = "Mediators traded drafts overnight. “The gap is narrowing, but slowly,” one of the sources told Reuters.";
    expect(quoted(body, "The gap")).toMatchObject({ speaker: "source", kind: "unnamed", mention: "one of the sources" });
  });

  it("reads 'one of' before a described group as the subject of a cue before the quote, of that group's country", () => {
    const body = "One of the Egyptian officials said the proposal would “fall apart within days” without guarantees.";
    expect(quoted(body, "fall apart")).toMatchObject({ speaker: "Egyptian official", kind: "unnamed", country: "EG" });
  });

  it("names people described by how they know after the phrase, as a group when plural", () => {
    const body = "“Both sides have moved on the sequencing,” two people briefed on the negotiations told the newspaper.";
    expect(quoted(body, "Both sides")).toMatchObject({ speaker: "people briefed on the negotiations", kind: "group" });
  });

  it("reads one person familiar with something as one unnamed source", () => {
    const body = "“We are not there yet,” a person close to the Qatari mediators said on Sunday.";
    expect(quoted(body, "We are not")).toMatchObject({ speaker: "person close to the Qatari mediators", kind: "unnamed" });
  });

  it("reads such people as the subject before a fragment", () => {
    const body = "Three people familiar with the plan said Hamas had “not yet replied” to the latest text.";
    expect(quoted(body, "not yet replied")).toMatchObject({ speaker: "people familiar with the plan", kind: "group" });
  });

  it("leaves people with no phrase of knowing alone ('two people were hurt' is no source)", () => {
    const body = "Two people were hurt in the blast, and “the whole street shook for a minute,” a witness told the radio.";
    expect(quoted(body, "the whole street")?.speaker).toBe("witness");
  });
});

describe("quotes round 8b: 'but added' continues the clause's subject", () => {
  it("gives the words after 'but added:' to the subject of the clause before it", () => {
    const body =
      "Lammy told the Egyptian president that Britain supported the truce talks, but added: " +
      "“Aid must reach Gaza at a far greater scale.”";
    expect(quoted(body, "Aid must")).toMatchObject({ speaker: "Lammy", rule: "QuoteExtractor/cue-before" });
  });

  it("keeps a subject named right before the verb after 'but'", () => {
    const body = "Hamas welcomed the proposal, but Israel rejected it and Netanyahu said: “We will fight on until the end.”";
    expect(quoted(body, "We will fight")?.speaker).toBe("Netanyahu");
  });
});

describe("quotes round 8b: headline labels with a place", () => {
  it("reads 'Name in Place and Place:' as the speaker's label", () => {
    const qs = headlined(
      "Sanna Marin in Jordan and Egypt: 'We must keep the crossings open'\n\nFormer Finnish leader Sanna Marin arrived in Amman on Monday.",
    );
    expect(qs[0]).toMatchObject({ text: "We must keep the crossings open", speaker: "Sanna Marin" });
  });

  it("reads a fragment after a country's possessive, with an apostrophe inside the single marks", () => {
    const qs = headlined(
      "Lammy in Cairo: Britain's 'role is at Egypt's side'\n\nForeign Secretary David Lammy arrived in Cairo on Monday.",
    );
    expect(qs[0]).toMatchObject({ text: "role is at Egypt's side", speaker: "David Lammy", rule: "QuoteExtractor/speaker-label-place" });
  });

  it("does not read a person's possessive after the colon as a label's tail", () => {
    const qs = headlined(
      "Lammy in Cairo: Sisi's 'red lines are clear'\n\nForeign Secretary David Lammy met President Abdel Fattah al-Sisi.",
    );
    expect(qs.find((q) => q.text.startsWith("red lines"))?.speaker ?? null).not.toBe("David Lammy");
  });
});

describe("quotes round 8b: British single marks after a plural's 's'", () => {
  it("closes a single mark after an 's' before a conjunction", () => {
    const body =
      "The foreign secretary, David Lammy, said in a statement that Britain had 'condemned the killings of aid workers' and would " +
      "press for answers. 'We will not look away from this,' Mr Lammy said.";
    expect(quoted(body, "condemned the killings")).toMatchObject({ text: "condemned the killings of aid workers", speaker: "David Lammy" });
  });

  it("still reads a plural possessive inside the words as no closing mark", () => {
    const body = "'The ministers' talks ran late into the night,' Mr Lammy said.";
    expect(quoted(body, "The ministers")?.text).toBe("The ministers' talks ran late into the night");
  });
});

describe("quotes round 8b: a nationality description refers back to the person whose office it fits", () => {
  it("gives 'the Spanish diplomat' to the subject before, a diplomat by the lexicon's office, not a new unnamed speaker", () => {
    const body =
      "European Union foreign policy chief Josep Borrell visited a hospital in El-Arish on Friday.\n\n" +
      "Borrell, who met doctors there, said the needs were “enormous”.\n\n" +
      "“No one can stay silent about this,” the Spanish diplomat told reporters.";
    // The resolver (entities/resolve.ts, round 8b) now reads the description as Borrell itself, so the plain cue rule
    // gives the words; this rule is the fallback where the resolver makes a new unnamed speaker (the cases below).
    expect(quoted(body, "No one can")?.speaker).toBe("Josep Borrell");
  });

  it("else gives it to the one person of that country named before, by an office of that country said of them", () => {
    const body =
      "Sheikh Tamim Al Khalifa, Bahrain's prime minister, met the envoys in Manama on Monday.\n\n" +
      "“We will host the next round if asked,” the Bahraini diplomat told a news conference.";
    expect(quoted(body, "We will host")).toMatchObject({ speaker: "Tamim Al Khalifa", rule: "QuoteExtractor/description-subject" });
  });

  it("keeps the unnamed speaker when the subject before has no fitting office", () => {
    const body = "Ahmed Hassan arrived in Doha on Monday. “The talks are serious,” the Qatari diplomat said.";
    expect(quoted(body, "The talks")?.speaker).toBe("Qatari diplomat");
  });
});
