/**
 * Name forms of agency, readout and military prose: stacked titles and honorifics, particles, ranks, "the Secretary", back
 * references to an armed group, spellings with and without diacritics. Sentences and names written for these tests.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../analysis.js";
import { extractDocument } from "../extract.js";

const PUBLISHED = "2024-03-12";

/** The actor each mention with this text resolves to (null when none). */
function referent(text: string, mention: string): string | null {
  const a = analyse("t", text, PUBLISHED);
  const i = a.mentions.findIndex((m) => m.text === mention);
  expect(i, `no mention "${mention}"`).toBeGreaterThanOrEqual(0);
  return a.actorOf[i]?.name ?? null;
}

/** The people of a text: name | title | country, one per actor. */
function people(text: string): string[] {
  return analyse("t", text, PUBLISHED)
    .actors.filter((a) => a.kind === "person")
    .map((a) => `${a.name} | ${a.title ?? "-"} | ${a.country ?? "-"}`);
}

/** The mentions of persons, by their text. */
function personMentions(text: string): string[] {
  return analyse("t", text, PUBLISHED)
    .mentions.filter((m) => m.kind === "person")
    .map((m) => m.text);
}

/** The speaker's name of the quote that starts with `start` (null when none). */
function speaker(text: string, start: string): string | null {
  const r = extractDocument(text, { id: "t", published: PUBLISHED });
  const q = r.quotes.find((x) => x.text.startsWith(start));
  expect(q, `no quote "${start}"`).toBeDefined();
  return r.actors.find((x) => x.id === q!.speaker_id)?.name ?? null;
}

/** The meetings of a text as "A + B", names in the record's order. */
function meetings(text: string): string[] {
  const r = extractDocument(text, { id: "t", published: PUBLISHED });
  const name = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.meetings.map((m) => m.participant_ids.map((id) => name.get(id)).join(" + "));
}

describe("stacked titles, honorifics and particles", () => {
  it("two offices joined by 'and' are one title before one name", () => {
    const t = "Crown Prince and Prime Minister Khalid bin Faris Al Mansour received the envoy on Monday.";
    expect(people(t)).toEqual(["Khalid bin Faris Al Mansour | Crown Prince and Prime Minister | -"]);
  });
  it("an office, a style and an honorific stack; the office is the title, the name keeps its particles", () => {
    const t = "President His Highness Sheikh Saif bin Rashid Al Marri received a delegation today.";
    expect(people(t)).toEqual(["Saif bin Rashid Al Marri | President | -"]);
    expect(personMentions(t)).toEqual(["President His Highness Sheikh Saif bin Rashid Al Marri"]);
  });
  it("a style of address is dropped from the title; an honorific after an office too, not one that ends a title", () => {
    expect(people("His Majesty Sultan Tariq bin Nasser received the minister.")).toEqual(["Tariq bin Nasser | Sultan | -"]);
    expect(people("Foreign Minister Prince Fahd bin Saad Al Harbi arrived.")).toEqual(["Fahd bin Saad Al Harbi | Foreign Minister | -"]);
    expect(people("His Royal Highness Crown Prince Nawaf bin Ali Al Saleh arrived.")).toEqual([
      "Nawaf bin Ali Al Saleh | Crown Prince | -",
    ]);
  });
  it("ranks stack after an office ('Chief of Staff Lt. Gen.'): none of them is a name", () => {
    const t = "Army Chief of Staff Lt. Gen. Amos Tal met Rear Adm. Dan Levy and Lt. Col. Noa Peretz. Tal thanked them.";
    expect(personMentions(t).filter((m) => !/^(?:Tal)$/.test(m))).toEqual([
      "Chief of Staff Lt. Gen. Amos Tal",
      "Rear Adm. Dan Levy",
      "Lt. Col. Noa Peretz",
    ]);
  });
  it("a reservist's mark after a rank ('Maj. Gen. (res.)') is no name; the rank's words are none either", () => {
    expect(personMentions("Maj. Gen. (res.) Ilan Shaked said the plan would fail.")).toEqual(["Maj. Gen. (res.) Ilan Shaked"]);
  });
  it("'the general' as a verb's subject is the one general by rank named before", () => {
    const t = "Brig. Gen. Ilan Shaked told reporters troops were advancing. The general said the fighters had fled.";
    expect(referent(t, "The general")).toBe("Ilan Shaked");
    expect(analyse("t", "The general election is near.", PUBLISHED).mentions.some((m) => m.kind === "role")).toBe(false);
  });
  it("a demonym before lower-case words of a title gives the country ('Israeli military spokesman Rear Adm.')", () => {
    expect(people("Israeli military spokesman Rear Adm. Dan Levy said troops had advanced.")).toEqual([
      "Dan Levy | spokesman Rear Adm. | IL",
    ]);
  });
  it("a title ending a line takes no name from the next paragraph", () => {
    const t = "Office of the Spokesperson\n\nSecretary of State Mary Doe met Foreign Minister Omar Haddad today.";
    expect(people(t)).toContain("Mary Doe | Secretary of State | -");
  });
  it("a particle ('bin', 'Abu') is never a surname alone", () => {
    const t = "Sheikh Saif bin Rashid Al Marri met Abu Karim Haddad. A statement named him as bin Rashid; abu Karim left.";
    expect(personMentions(t)).not.toContain("bin");
    expect(personMentions(t)).not.toContain("Abu");
  });
  it("'His Highness' alone refers back to the person styled so", () => {
    const t =
      "His Highness Sheikh Saif bin Rashid Al Marri received Foreign Minister Omar Haddad. His Highness and the minister discussed aid.";
    expect(referent(t, "His Highness")).toBe("Saif bin Rashid Al Marri");
  });
  it("an honorific alone gives way to the office in apposition", () => {
    expect(people("Sayyid Hamad bin Faisal Al Saidi, Minister of Foreign Affairs, arrived in Cairo.")).toEqual([
      "Hamad bin Faisal Al Saidi | Minister of Foreign Affairs | -",
    ]);
  });
  it("a regnal number names only a person who bears it: 'King Faisal II' is not 'Sheikh Faisal bin Omar'", () => {
    const t = "Sheikh Faisal bin Omar Al Kaabi met King Faisal II of Jordan. King Faisal II thanked him.";
    expect(people(t)).toHaveLength(2);
  });
});

describe("what is no person", () => {
  it("'Secretary of State of the United States' names an office and a country, and gives the country", () => {
    const t = "The emir received Mary Doe, Secretary of State of the United States, and her delegation.";
    expect(personMentions(t)).toEqual(["Mary Doe"]);
    expect(people(t)).toEqual(["Mary Doe | Secretary of State of the United States | US"]);
  });
  it("a palace named 'Qasr …' is a place; 'General Assembly' and 'General Intelligence' are bodies", () => {
    const t =
      "The president received the envoy at Qasr Al Noor today, with General Intelligence chief Adel Fawzi. " +
      "He later addressed the General Assembly.";
    expect(personMentions(t)).toEqual(["Adel Fawzi"]);
    expect(analyse("t", t, PUBLISHED).mentions.find((m) => m.text === "Qasr Al Noor")?.kind).toBe("place");
  });
  it("'Federal' opens no name ('Federal Minister for Foreign Affairs of the Federal Republic of Germany')", () => {
    const t = "The prince received a call from Ms. Eva Lenz, Federal Minister for Foreign Affairs of the Federal Republic of Germany.";
    expect(personMentions(t)).toEqual(["Ms. Eva Lenz"]);
  });
  it("the first word of a quotation is no person ('“Progress was made,” …')", () => {
    expect(personMentions("“Progress was made,” Dan Levy said.")).toEqual(["Dan Levy"]);
  });
  it("after 'counterpart' a name may begin with a place word", () => {
    expect(personMentions("Ms Berg met her Israeli counterpart Israel Adler in Jerusalem.")).toContain("Israel Adler");
  });
});

describe("'the Secretary' and 'the Secretary-General'", () => {
  it("'the Secretary' is the one person whose title holds 'Secretary', never the foreign minister just named", () => {
    const t =
      "Secretary of State Mary Doe met with Foreign Minister Omar Haddad in Cairo today. Haddad welcomed the visit, and Haddad " +
      "hosted a dinner. Later, the Secretary met with President Adel Nasr.";
    expect(meetings(t)).toEqual(["Mary Doe + Omar Haddad", "Mary Doe + Adel Nasr"]);
  });
  it("with no one titled 'Secretary' named, 'the Secretary' is nobody", () => {
    const t = "Foreign Minister Omar Haddad arrived in Amman. “We want calm,” the Secretary said.";
    expect(speaker(t, "We want calm")).toBeNull();
  });
  it("'the Secretary-General' is one office, not 'the Secretary'", () => {
    const t =
      "UN Secretary-General Paulo Serra met Foreign Minister Omar Haddad on Friday. " + "“Aid must flow,” the Secretary-General said.";
    expect(referent(t, "the Secretary-General")).toBe("Paulo Serra");
    expect(speaker(t, "Aid must flow")).toBe("Paulo Serra");
  });
  it("with no Secretary-General named, 'The Secretary-General met with X' gives no meeting of X with someone else", () => {
    const t = "Foreign Minister Omar Haddad arrived. The Secretary-General met today with Foreign Minister Ana Ruiz.";
    expect(meetings(t)).toEqual([]);
  });
});

describe("descriptions refer back", () => {
  it("'the US official' is no one named only after it", () => {
    const t =
      "The US official declined to give a timeline. “We are not there yet,” the US official said.\n\n" +
      "Later, US President Joe Smith spoke with Qatar's emir.";
    expect(speaker(t, "We are not there yet")).toBeNull();
  });
  it("… and is a person of that country named before", () => {
    const t = "US envoy Dan Brooks met Omar Haddad. “We are not there yet,” the US official said.";
    expect(speaker(t, "We are not there yet")).toBe("Dan Brooks");
  });
});

describe("'the group' refers back to an armed group or party", () => {
  it("'the group said' after Hamas is Hamas", () => {
    const t = "Hamas said on Wednesday it had received the proposal. “We are studying it,” the group said.";
    expect(speaker(t, "We are studying it")).toBe("Hamas");
  });
  it("the latest group named wins; modifiers may stand before the head", () => {
    const t = "Hamas welcomed the text. Islamic Jihad rejected it. “This plan is a trap,” the militant group said.";
    expect(speaker(t, "This plan is a trap")).toBe("Islamic Jihad");
  });
  it("'The movement' is no organisation of its own but the group named before", () => {
    const t = "Hezbollah fired rockets on Sunday. The movement said “our operations will continue”.";
    expect(referent(t, "The movement")).toBe("Hezbollah");
  });
  it("with no group named, 'the group' is nobody", () => {
    const t = "Protests spread on Sunday. “We will not stop,” the group said.";
    expect(speaker(t, "We will not stop")).toBeNull();
  });
  it("'the group's leader' and 'the group of seven' are other phrases", () => {
    const a = analyse("t", "Hamas met. The group of seven nations spoke.", PUBLISHED);
    expect(a.mentions.some((m) => m.backToGroup)).toBe(false);
  });
});

describe("spellings of one name", () => {
  it("a surname with and without diacritics is one person", () => {
    const t = "Foreign Minister Jürgen Kühn arrived in Ankara. “We are ready,” Kuhn said.";
    expect(people(t)).toEqual(["Jürgen Kühn | Foreign Minister | -"]);
    expect(speaker(t, "We are ready")).toBe("Jürgen Kühn");
  });
  it("a full name with and without diacritics is one person", () => {
    expect(people("José Núñez met Ana Ruiz. Later Jose Nunez left.")).toHaveLength(2);
  });
  it("Muhammad, Mohammad and Mohammed are one first name", () => {
    expect(people("Muhammad Nasser met Ana Ruiz in Cairo. Mohammed Nasser later left for Doha.")).toHaveLength(2);
  });
});

describe("bodies whose names hold lower-case or people words", () => {
  const sourceOf = (text: string) =>
    extractDocument(text, { id: "b", published: "2024-02-06" }).casualty_figures.map((c) => c.attributed_to_text);
  it("is read whole as the figure's source", () => {
    expect(sourceOf("The Committee to Protect Journalists said at least 40 journalists have been killed.")).toEqual([
      "Committee to Protect Journalists",
    ]);
    expect(sourceOf("Reporters Without Borders said 12 journalists were killed.")).toEqual(["Reporters Without Borders"]);
    expect(sourceOf("Save the Children said more than 9,000 children have been killed.")).toEqual(["Save the Children"]);
  });
});
