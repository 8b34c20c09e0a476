/**
 * Round 8 of the mention rules: possessive short country names, British lower-case titles in apposition, a country in
 * the possessive before a lower-case title, two offices joined by "and" before a name, acronym names of agencies, and
 * an object pronoun that is not its own clause's subject. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../analysis.js";
import { extractDocument } from "../extract.js";

/** The actor's name the first mention with this text resolves to (null when none). */
function referent(text: string, mention: string): string | null {
  const a = analyse("t", text, "2024-01-10");
  const i = a.mentions.findIndex((m) => m.text === mention);
  expect(i, `no mention "${mention}"`).toBeGreaterThanOrEqual(0);
  return a.actorOf[i]?.name ?? null;
}

/** The actor named so in the analysis. */
function actor(text: string, name: string) {
  return analyse("t", text, "2024-01-10").actors.find((a) => a.name === name);
}

/** The organisations of the analysis, by name. */
function organisations(text: string): string[] {
  return analyse("t", text, "2024-01-10")
    .actors.filter((a) => a.kind === "organization")
    .map((a) => a.name);
}

/** The speaker's name of the quote that starts with `start`. */
function speaker(text: string, start: string): string | null {
  const r = extractDocument(text, { id: "t", published: "2024-01-10" });
  const q = r.quotes.find((x) => x.text.startsWith(start));
  expect(q, `no quote "${start}"`).toBeDefined();
  return r.actors.find((x) => x.id === q!.speaker_id)?.name ?? null;
}

/** The participants' names of each meeting. */
function meetings(text: string): string[][] {
  const r = extractDocument(text, { id: "t", published: "2024-01-10" });
  const name = (id: string) => r.actors.find((a) => a.id === id)?.name ?? id;
  return r.meetings.map((m) => m.participant_ids.map(name).sort());
}

describe("a country's short name in the possessive", () => {
  it("'Britain's foreign secretary, X,' titles X, and 'the foreign secretary' later is X, not another foreign minister", () => {
    const t =
      "Britain's foreign secretary, Tom Arden, met the Omani foreign minister, Said Harthi, in Muscat on Monday.\n\n" +
      '"We want a ceasefire now," the foreign secretary said.';
    expect(actor(t, "Tom Arden")?.country).toBe("GB");
    expect(speaker(t, "We want a ceasefire now")).toBe("Tom Arden");
  });
  it("'the UK's envoy' is a role of the United Kingdom", () => {
    const a = analyse("t", "The UK's envoy, Clara Wynn, said the council must act.", "2024-01-10");
    const role = a.mentions.find((m) => m.kind === "role");
    expect(role?.country).toBe("GB");
    expect(actor("The UK's envoy, Clara Wynn, said the council must act.", "Clara Wynn")?.country).toBe("GB");
  });
});

describe("a country in the possessive before a lower-case title", () => {
  it("'China's envoy X' and 'Iran's acting foreign minister X' give the person that country", () => {
    expect(actor("China's envoy Li Wenhao told the council that the war must end.", "Li Wenhao")?.country).toBe("CN");
    const t = "Iran's acting foreign minister Reza Karimi met the delegation on Tuesday.";
    expect(actor(t, "Reza Karimi")?.country).toBe("IR");
    expect(actor(t, "Reza Karimi")?.title).toBe("acting foreign minister");
  });
});

describe("two offices of one holder before a name in apposition", () => {
  it("'Qatar's prime minister and foreign minister, Sheikh X,' is one person, no unnamed prime minister", () => {
    const t = "Qatar's prime minister and foreign minister, Sheikh Hamad bin Nasser, received the envoy in Doha.";
    const a = analyse("t", t, "2024-01-10");
    expect(a.actors.filter((x) => x.kind === "unnamed")).toHaveLength(0);
    expect(referent(t, "Qatar's prime minister")).toBe("Hamad bin Nasser");
  });
  it("a comma-less second clause is not read as an apposition", () => {
    const t = "Qatar's prime minister and his aides flew home. Sheikh Hamad bin Nasser stayed.";
    expect(referent(t, "Qatar's prime minister")).not.toBe("Hamad bin Nasser");
  });
});

describe("description adjectives", () => {
  it("'the seasoned diplomat' refers back to the one diplomat named", () => {
    const t = "Foreign Minister Lena Dahl met army chief Eran Tal in Vienna.\n\nThe seasoned diplomat said the talks went well.";
    expect(referent(t, "The seasoned diplomat")).toBe("Lena Dahl");
  });
});

describe("agency names with acronyms", () => {
  it("'the UN humanitarian office OCHA' is one organisation, OCHA", () => {
    const t = "At least 900 people were displaced, the UN humanitarian office OCHA said on Monday.";
    expect(organisations(t)).toEqual(["OCHA"]);
  });
  it("a verb between the two is no description: 'the UN said OCHA' keeps both", () => {
    const t = "The UN said on Monday that OCHA would send teams.";
    expect(organisations(t).sort()).toEqual(["OCHA", "UN"]);
  });
  it("'X and Y (XY)': a name split at 'and' is one when the acronym after it is its initials", () => {
    const t = "The Food and Agriculture Organization (FAO) warned of famine. The Relief and Works Office (RWO) agreed.";
    const orgs = organisations(t);
    expect(orgs).toContain("Food and Agriculture Organization");
    expect(orgs).toContain("Relief and Works Office");
  });
  it("an acronym that is not the initials keeps two bodies apart", () => {
    const t = "The Interior Ministry and Health Ministry (MOH) said the figures were rising.";
    expect(organisations(t)).not.toContain("Interior Ministry and Health Ministry");
  });
});

describe("an object pronoun is never its own clause's subject", () => {
  it("'X arrived. President Y welcomed him': him is X, and X met Y", () => {
    const t = "Emir Karim arrived in Ankara on Tuesday. President Demir welcomed him at the palace.";
    expect(referent(t, "him")).toBe("Karim");
    expect(meetings(t)).toContainEqual(["Demir", "Karim"]);
  });
  it("'A said B told him': him is A", () => {
    const t = "Minister Paul Brandt said Minister Omar Haddad told him the crossing would open.";
    expect(referent(t, "him")).toBe("Paul Brandt");
  });
});

describe("a wire story's credit line", () => {
  it("names after 'Reporting by' and 'Editing by' are no actors; a name in the body still is", () => {
    const t =
      "Minister Omar Haddad met envoy Lisa Brandt in Amman on Monday.\n\n(Reporting by Kate Moran in Amman; Additional reporting by " +
      "Sami Nouri and Jo Pell; Editing by Mark Dean)";
    const names = analyse("t", t, "2024-01-10").actors.map((a) => a.name);
    expect(names).toContain("Lisa Brandt");
    for (const staff of ["Kate Moran", "Sami Nouri", "Jo Pell", "Mark Dean"]) expect(names).not.toContain(staff);
  });
});

describe("a tabled parliamentary question", () => {
  it("'he' in a labelled question is not the member asking", () => {
    const t =
      "Mr Paul Ashby (Northfield) (Lab): What recent discussions he has had with Egypt on aid.\n\n" +
      "The Minister for the Middle East (Ms Jo Dunne): I met the Egyptian foreign minister last week.";
    const a = analyse("t", t, "2024-01-10");
    const he = a.mentions.findIndex((m) => m.text === "he");
    expect(he < 0 || a.actorOf[he]?.name !== "Paul Ashby").toBe(true);
  });
  it("a labelled statement that is no question keeps its pronouns", () => {
    const t = "Mr Paul Ashby (Northfield) (Lab): The minister said he would reply.";
    expect(analyse("t", t, "2024-01-10").mentions.some((m) => m.text === "he")).toBe(true);
  });
});

describe("an agency named by its acronym after a description", () => {
  it("'according to the UN humanitarian office OCHA' gives the figure OCHA as its source", () => {
    const r = extractDocument("At least 40 people were killed in Gaza, according to the UN humanitarian office OCHA.", {
      id: "t",
      published: "2024-01-10",
    });
    const src = r.casualty_figures[0]?.attributed_to_id;
    expect(r.actors.find((a) => a.id === src)?.name).toBe("OCHA");
  });
});

describe("a relative named by a given name alone", () => {
  it("'His brother, Karim, said …' makes Karim the speaker, not the person 'his' refers to", () => {
    const t = 'Nabil Darwish, a nurse, was killed on Sunday. His brother, Karim, said he "never stopped working."';
    expect(speaker(t, "never stopped working")).toBe("Karim");
  });
  it("a capitalised word after a relative with no commas is no name of its own", () => {
    const a = analyse("t", "Nabil Darwish was killed on Sunday. His brother Karim Darwish survived.", "2024-01-10");
    expect(a.actors.map((x) => x.name)).not.toContain("Karim");
  });
});

describe("ranks and title words of military statements", () => {
  it("a hyphenated rank 'Lt.-Gen.' does not end the sentence, so the meeting is read", () => {
    const t = "Chief of Staff Lt.-Gen. Avi Dror met Gen. Ray Collins in Tel Aviv on Wednesday.";
    expect(meetings(t)).toContainEqual(["Avi Dror", "Ray Collins"]);
  });
  it("'commander' before a name is a title word: 'met CENTCOM commander X' is a meeting with X", () => {
    const t = "Avi Dror met CENTCOM commander Ray Collins in Tel Aviv on Wednesday.";
    expect(meetings(t)).toContainEqual(["Avi Dror", "Ray Collins"]);
  });
});

describe("words that are no people", () => {
  it("'Al Jazeera' is an organisation, not a person named Al Jazeera", () => {
    const a = analyse("t", "In an interview with Al Jazeera, Omar Haddad spoke about the war.", "2024-01-10");
    expect(a.actors.find((x) => x.name === "Al Jazeera")?.kind).toBe("organization");
  });
  it("a nationality noun ('The Spaniard added') and a heading's 'Key' are no people", () => {
    const t = '1. Key highlights\n\nJuan Ortega met the envoy. "We agree," Ortega said. The Spaniard added that talks would go on.';
    const names = analyse("t", t, "2024-01-10").actors.map((x) => x.name);
    expect(names).not.toContain("Spaniard");
    expect(names).not.toContain("Key");
  });
});

describe("a well-known full name written with another particle capital", () => {
  it("'Abdel Fattah El-Sisi' is the lexicon's 'Abdel Fattah el-Sisi', with its country", () => {
    const a = actor("Abdel Fattah El-Sisi received the delegation in Cairo on Monday.", "Abdel Fattah El-Sisi");
    expect(a?.country).toBe("EG");
  });
});
