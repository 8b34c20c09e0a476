/**
 * Round 7, who is who: descriptions that refer to one of several offices a person holds or held ("Prime Minister and
 * Foreign Minister", "a former prime minister" in apposition), the head of a body by another word than "leader",
 * intelligence chiefs, a title that names another's office ("Spokesperson for the Secretary-General"), and descriptions
 * that refer back only. Sentences and names written for these tests.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../analysis.js";
import { quotedIn } from "../testkit.js";

const PUBLISHED = "2024-03-12";

/** The actor the n-th mention (0-based) with this text resolves to (null when none). */
function referent(text: string, mention: string, nth = 0): string | null {
  const a = analyse("t", text, PUBLISHED);
  const found = a.mentions.flatMap((m, i) => (m.text === mention ? [i] : []));
  expect(found.length, `no mention "${mention}" #${nth}`).toBeGreaterThan(nth);
  const actor = a.actorOf[found[nth]!];
  return actor?.kind === "person" ? actor.name : null;
}

/** The speaker's name of the quote that starts with `start` (null when none or no person). */
function speaker(text: string, start: string): string | null {
  const q = quotedIn(text, start);
  expect(q, `no quote "${start}"`).toBeDefined();
  return q!.kind === "person" ? q!.speaker : null;
}

describe("a title of several offices", () => {
  it("'Prime Minister and Foreign Minister' is referred to as the premier and as the foreign minister", () => {
    const t =
      "Qatari Prime Minister and Foreign Minister Sheikh Khalid bin Faris Al Mansour arrived in Paris on Monday. " +
      "The Qatari premier said the talks were moving. Later the foreign minister met the French envoy.";
    expect(referent(t, "The Qatari premier")).toBe("Khalid bin Faris Al Mansour");
    expect(referent(t, "the foreign minister")).toBe("Khalid bin Faris Al Mansour");
  });
  it("a deputy's office in the list is not the office itself", () => {
    const t =
      "Deputy Prime Minister and Foreign Minister Omar Haddad met the envoy in Amman on Monday. " +
      "The foreign minister said aid must flow. The prime minister said nothing.";
    expect(referent(t, "The foreign minister")).toBe("Omar Haddad");
    expect(referent(t, "The prime minister")).toBeNull();
  });
  it("'the British foreign secretary and a former prime minister' is the former prime minister, not the prime minister", () => {
    const t =
      "Harold Penrose, the British foreign secretary and a former prime minister, met the emir in Doha on Wednesday. " +
      "“We need a pause now,” the former prime minister said after the talks.";
    expect(speaker(t, "We need a pause now")).toBe("Harold Penrose");
    const now = "Harold Penrose, the British foreign secretary and a former prime minister, met the emir. The prime minister spoke later.";
    expect(referent(now, "The prime minister")).toBeNull();
  });
});

describe("an office in apposition after a surname", () => {
  it("'Aharoni, a former defence minister,' is the former defence minister; his colleague is not", () => {
    const t =
      "Daniel Aharoni and Avi Lerner resigned from the cabinet on Sunday. Aharoni, a former defence minister, said the " +
      "government had failed. The former defence minister met the American envoy on Monday.";
    expect(referent(t, "The former defence minister")).toBe("Daniel Aharoni");
  });
  it("without the apposition the description has no one to refer to", () => {
    const t =
      "Daniel Aharoni and Avi Lerner resigned from the cabinet on Sunday. Aharoni said the government had failed. " +
      "The former defence minister met the American envoy on Monday.";
    expect(referent(t, "The former defence minister")).toBeNull();
  });
  it("an apposition with no office is no title ('a father of three')", () => {
    const t = "Daniel Aharoni resigned on Sunday. Aharoni, a father of three, said he was tired. The former minister met the envoy.";
    expect(referent(t, "The former minister")).toBeNull();
  });
});

describe("an office said of a person by 'is' or 'was'", () => {
  it("'He is a former defence minister and a member of the cabinet' gives him that office", () => {
    const t =
      "Daniel Aharoni met the American envoy in Tel Aviv on Sunday. He is a former defence minister and a member of the " +
      "cabinet. The former defence minister told the envoy he would quit. “We need a plan,” he said.";
    expect(referent(t, "The former defence minister")).toBe("Daniel Aharoni");
    expect(speaker(t, "We need a plan")).toBe("Daniel Aharoni");
  });
  it("'Aharoni was a former defence minister' by his name too; 'is a father of three' is no office", () => {
    const named = "Daniel Aharoni resigned on Sunday. Aharoni was a former defence minister, aides said. The former defence minister left.";
    expect(referent(named, "The former defence minister")).toBe("Daniel Aharoni");
    const none = "Daniel Aharoni resigned on Sunday. He is a father of three. The former minister left the room.";
    expect(referent(none, "The former minister")).toBeNull();
  });
});

describe("the head of a body by another word", () => {
  it("'head of the Hamas political bureau' is the Hamas leader", () => {
    const t =
      "Khalil Darwish, head of the Hamas political bureau, told the mediators on Monday that the movement accepted the plan. " +
      "“The ball is in their court,” the Hamas leader said.";
    expect(speaker(t, "The ball is in their court")).toBe("Khalil Darwish");
  });
  it("the head of another body is not", () => {
    const t =
      "Khalil Darwish, head of the Hezbollah political council, told the mediators on Monday that the group would wait. " +
      "“The ball is in their court,” the Hamas leader said.";
    expect(speaker(t, "The ball is in their court")).toBeNull();
  });
});

describe("intelligence chiefs", () => {
  it("'the intelligence chief' refers back to the intelligence chief named", () => {
    const t =
      "Egypt's intelligence chief, Adel Mansour, has led the mediation. Mansour met the Qatari envoy in Cairo in January. " +
      "“Egypt will not accept any change on its border,” the intelligence chief said afterwards.";
    expect(speaker(t, "Egypt will not accept")).toBe("Adel Mansour");
  });
  it("an intelligence chief whose title names another country's agency is not 'Egypt's intelligence chief'", () => {
    const t = "CIA Director Mark Ellison met Egypt's intelligence chief in Rome on Sunday. Egypt's intelligence chief said little.";
    expect(referent(t, "Egypt's intelligence chief", 1)).toBeNull();
  });
});

describe("a title that names another's office", () => {
  it("'Spokesperson for the Secretary-General' is no Secretary-General", () => {
    const t =
      "Ana Ribeiro, Spokesperson for the Secretary-General, briefed reporters today. " +
      "The Secretary-General met the Foreign Minister of Jordan, Omar Haddad, in New York. The Secretary-General, Tomas Lindqvist, " +
      "called for a ceasefire.";
    expect(referent(t, "The Secretary-General", 0)).toBeNull();
  });
});

describe("descriptions refer back", () => {
  it("'the Israeli leader' is not the president named only paragraphs later", () => {
    const t =
      "The Israeli leader said on Tuesday that the army would press on.\n\nAfter a cabinet session, President Eli Ben-Ami met " +
      "envoys from Qatar in Jerusalem.";
    expect(referent(t, "The Israeli leader")).toBeNull();
  });
  it("'the Secretary' of a State Department readout is the Secretary, not the foreign minister just named", () => {
    const t =
      "Secretary of State Mark Ellison met with Egyptian Foreign Minister Adel Mansour in Cairo today. The Secretary also met " +
      "with President Omar Haddad.";
    expect(referent(t, "The Secretary")).toBe("Mark Ellison");
  });
});
