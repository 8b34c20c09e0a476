/**
 * Round 7b, mention rules: capitalised offices that refer back in briefing notes ("the Spokesperson said"), a predicate
 * after a name in commas that is no title, intelligence chiefs and princes as referring roles, ministries named with
 * "and" in a stacked title, and aircraft named "… One". Sentences and names written for these tests.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../analysis.js";
import { quotedIn } from "../testkit.js";

const PUBLISHED = "2024-03-12";

const actors = (text: string) => analyse("t", text, PUBLISHED).actors.filter((a) => a.kind === "person");

/** The speaker's name of the quote that starts with `start` (null when none or no person). */
function speaker(text: string, start: string): string | null {
  const q = quotedIn(text, start);
  expect(q, `no quote "${start}"`).toBeDefined();
  return q!.kind === "person" ? q!.speaker : null;
}

describe("capitalised offices in briefing notes", () => {
  it("'the Spokesperson said' is the person titled Spokesperson, not a person named so", () => {
    const t =
      "Marta Oyelaran, Spokesperson for the Director-General, briefed the press in Vienna on Friday. " +
      'Asked about the convoy, the Spokesperson said: "We have asked for safe passage twice this week."';
    expect(speaker(t, "We have asked")).toBe("Marta Oyelaran");
    expect(actors(t).map((a) => a.name)).not.toContain("Spokesperson");
  });
  it("'the Deputy Spokesman' is the deputy", () => {
    const t =
      "Idris Kallenberg, Deputy Spokesman for the Secretary-General, spoke to reporters at noon. " +
      'The Deputy Spokesman told them: "The teams are ready to move at first light."';
    expect(speaker(t, "The teams are ready")).toBe("Idris Kallenberg");
  });
  it("a lower-case 'the spokesman' stays a description of an unnamed spokesman", () => {
    const t = 'A foreign ministry spokesman said the talks would go on. "We remain hopeful," the spokesman said.';
    expect(speaker(t, "We remain hopeful")).toBeNull();
  });
});

describe("a predicate after a name in commas", () => {
  it("'…, Name, spoke by phone with the Foreign Minister …' gives the name no title", () => {
    const t = "The Director-General, Lukas Brenneman, spoke by phone today with the Foreign Minister of Norway, Tove Lindqvist.";
    const lukas = actors(t).find((a) => a.name === "Lukas Brenneman");
    expect(lukas).toBeDefined();
    expect(lukas!.title ?? "").not.toMatch(/spoke|Foreign Minister/);
  });
  it("an office in commas still is a title", () => {
    const t = "Lukas Brenneman, director of the regional office, said the road was closed.";
    expect(actors(t).find((a) => a.name === "Lukas Brenneman")?.title).toBe("director of the regional office");
  });
});

describe("intelligence chiefs and princes", () => {
  it("'the CIA director' and 'The Mossad chief' refer to the people titled so", () => {
    const t =
      "CIA Director Walter Fenwick and Mossad Director Amnon Tzur met in Rome on Sunday. " +
      'The CIA director said: "We made progress today." ' +
      'The Mossad chief said: "Gaps remain on the sequence."';
    expect(speaker(t, "We made progress")).toBe("Walter Fenwick");
    expect(speaker(t, "Gaps remain")).toBe("Amnon Tzur");
  });
  it("'the head of Mossad, Name' gives the name that office, which 'the spymaster' refers to", () => {
    const t =
      "Qatar hosted the head of Mossad, Amnon Tzur, on Tuesday. " + 'The spymaster, who rarely speaks, said: "We are not there yet."';
    expect(speaker(t, "We are not there yet")).toBe("Amnon Tzur");
  });
  it("'the prince' is the one person styled Prince", () => {
    const t =
      "Prince Faris bin Saud, Minister of Foreign Affairs, received the Italian envoy on Monday. " +
      'The prince stressed: "Civilians must be protected everywhere."';
    expect(speaker(t, "Civilians must be protected")).toBe("Faris bin Saud");
  });
  it("two princes: 'the prince' refers to nobody", () => {
    const t = "Prince Faris bin Saud and Prince Nayef bin Turki met the envoy on Monday. " + 'The prince said: "We will keep talking."';
    expect(speaker(t, "We will keep talking")).toBeNull();
  });
});

describe("stacked titles and aircraft", () => {
  it("'Minister of Foreign Affairs and Expatriates' is one title before the name", () => {
    const t = "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Karim Haddadin met the Dutch envoy on Sunday.";
    const names = actors(t).map((a) => a.name);
    expect(names).toContain("Karim Haddadin");
    expect(names.some((n) => /Expatriates/.test(n))).toBe(false);
  });
  it("'Air Force One' and 'Marine One' are no people", () => {
    const t = "The president flew home on Air Force One on Thursday after Marine One took him to the base.";
    expect(actors(t).map((a) => a.name)).toEqual([]);
  });
});

describe("a parliamentary answer", () => {
  it("'I' after a label '(Mr Name):' is the person named in the label", () => {
    const t =
      "Middle East\n\nThe Minister for the Middle East (Mr Owen Tarrant): I met Sheikh Faisal bin Hamad in Doha on Monday " +
      "and we discussed the hostages.";
    const a = analyse("t", t, PUBLISHED);
    const i = a.mentions.findIndex((m) => m.text === "I");
    expect(i).toBeGreaterThanOrEqual(0);
    expect(a.actorOf[i]?.name).toBe("Owen Tarrant");
  });
  it("'I' in a line with no label is no mention", () => {
    const t = "The minister said on Monday: I was not told.";
    expect(analyse("t", t, PUBLISHED).mentions.some((m) => m.text === "I")).toBe(false);
  });
});
