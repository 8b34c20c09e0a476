import { describe, expect, it } from "vitest";
import { quotedIn as quoted } from "../testkit.js";
import { analyse } from "../analysis.js";
import { extractDocument } from "../extract.js";

const mentions = (body: string) => analyse("t", `Headline\n\n${body}`, "2024-02-06").mentions.map((m) => [m.kind, m.text]);

describe("speakers round 4: a ministry named 'Ministry of …'", () => {
  it("reads 'of' and the capitalised words after the head as one body", () => {
    const body = "Norway's Ministry of Foreign Affairs said it was “deeply troubled by the strikes.”";
    expect(quoted(body, "deeply troubled")).toMatchObject({ speaker: "Ministry of Foreign Affairs", kind: "organization", country: "NO" });
  });

  it("joins words after 'and' but not another body or place", () => {
    expect(mentions("The Ministry of Foreign Affairs and Expatriates said on Monday it would respond.")).toContainEqual([
      "organization",
      "Ministry of Foreign Affairs and Expatriates",
    ]);
    expect(mentions("The Ministry of Health and Hamas said on Monday that the crossing was closed.")).toEqual(
      expect.arrayContaining([
        ["organization", "Ministry of Health"],
        ["organization", "Hamas"],
      ]),
    );
  });

  it("gives a figure's source as the whole name, not its last word", () => {
    const r = extractDocument("Headline\n\nThe Lebanese Ministry of Health said on Sunday that 31 people had been killed.", {
      id: "t",
      published: "2024-02-06",
    });
    expect(r.casualty_figures[0]?.attributed_to_text).toBe("Lebanese Ministry of Health");
  });

  it("takes 'Office of the Prime Minister' as a body, not a role", () => {
    const body = "The Office of the Prime Minister said the team would “return to the table next week.”";
    expect(quoted(body, "return to the table")).toMatchObject({ speaker: "Office of the Prime Minister", kind: "organization" });
  });

  it("leaves the office of a named person to the person", () => {
    expect(mentions("The Office of Prime Minister Keir Starmer said on Friday it had no comment.")).toContainEqual([
      "person",
      "Prime Minister Keir Starmer",
    ]);
  });
});

describe("speakers round 4: 'the Prime Minister's Office'", () => {
  it("is a body, not the prime minister", () => {
    const body = "The Prime Minister's Office said in a statement that the envoys would “stay until there is an answer.”";
    expect(quoted(body, "stay until")).toMatchObject({ speaker: "Prime Minister's Office", kind: "organization" });
  });
});

describe("speakers round 4: parties named with a lower-case 'party'", () => {
  it("makes 'the Labor party' a body that speaks", () => {
    const body = "The opposition Labor party said the coalition had “failed the families.”";
    expect(quoted(body, "failed the families")).toMatchObject({ speaker: "Labor party", kind: "organization" });
  });

  it("starts the body after its owner's possessive and keeps the owner a person", () => {
    const body = "Finance Minister Bezalel Smotrich's Religious Zionism party said the deal was “a surrender.”";
    expect(quoted(body, "a surrender")).toMatchObject({ speaker: "Religious Zionism party", kind: "organization" });
    expect(mentions(body)).toContainEqual(["person", "Finance Minister Bezalel Smotrich"]);
  });

  it("reads no body in a people's adjective before 'party'", () => {
    expect(mentions("The Israeli party to the talks said nothing.").filter(([k]) => k === "organization")).toEqual([]);
  });
});

describe("speakers round 4: seats of government speak for the government", () => {
  it("makes Downing Street and the Élysée bodies, not people", () => {
    expect(quoted("Downing Street said the talks had been “frank and useful.”", "frank")).toMatchObject({
      speaker: "Downing Street",
      kind: "organization",
    });
    expect(quoted("“We are ready to help,” the Élysée said on Monday.", "We are ready")).toMatchObject({
      speaker: "Élysée",
      kind: "organization",
    });
  });

  it("reads 'a Kremlin spokesman' as an unnamed speaker", () => {
    const body = "“Nobody benefits from escalation,” a Kremlin spokesman told reporters.";
    expect(quoted(body, "Nobody benefits")).toMatchObject({ speaker: "Kremlin spokesman", kind: "unnamed" });
  });
});

describe("speakers round 4: newspapers and ordinals of unnamed speakers", () => {
  it("makes a 'Journal' a body", () => {
    expect(mentions("The Jerusalem Journal said on Monday that the vote was delayed.")).toContainEqual([
      "organization",
      "Jerusalem Journal",
    ]);
  });

  it("reads 'a second official' as a new unnamed speaker", () => {
    const body = "“The gaps are narrowing,” said a second official, who asked not to be named.";
    expect(quoted(body, "The gaps")).toMatchObject({ speaker: "second official", kind: "unnamed" });
  });
});

describe("speakers round 4: a description with a phrase after its head", () => {
  it("keeps 'a spokeswoman for the agency' the subject, not the agency", () => {
    const body = "UNRWA said the convoy was stopped. A spokeswoman for the agency added: “We were given no reason.”";
    expect(quoted(body, "We were given")).toMatchObject({ speaker: "spokeswoman", kind: "unnamed" });
  });

  it("reads 'briefed on', 'familiar with' after an unnamed speaker", () => {
    const body = "An Arab diplomat briefed on the proposal said: “The text is not final.”";
    expect(quoted(body, "The text")).toMatchObject({ speaker: "Arab diplomat", kind: "unnamed" });
    const other = "A European official familiar with the plan said the vote was “days away.”";
    expect(quoted(other, "days away")).toMatchObject({ speaker: "European official", kind: "unnamed" });
  });
});

describe("speakers round 4: a subject of two or more", () => {
  it("gives the words of two countries' ministers to nobody, not to the last named", () => {
    const body = "The foreign ministers of Kuwait and Oman said the meeting had been “very useful.”";
    expect(quoted(body, "very useful")).toMatchObject({ speaker: null, rule: "QuoteExtractor/cue-before-several" });
  });

  it("still gives one named subject its words", () => {
    const body = "The foreign minister of Kuwait said the meeting had been “very useful.”";
    expect(quoted(body, "very useful")?.speaker).not.toBeNull();
  });
});

describe("speakers round 4: an outlet citing a source", () => {
  it("gives the words to the cited source", () => {
    const body = "The Financial Times reported, citing Saudi officials, that Riyadh was “ready to move quickly.”";
    expect(quoted(body, "ready to move")).toMatchObject({ speaker: "Saudi officials", kind: "group" });
  });

  it("gives them to nobody when the cited source is no mention, never to the outlet", () => {
    const body = "The Tehran Times, citing people close to the talks, said the sides had made “real headway.”";
    expect(quoted(body, "real headway")).toMatchObject({ speaker: null, rule: "QuoteExtractor/cited-source" });
  });

  it("reads 'a high-level source' as an unnamed speaker", () => {
    const body = "Al-Qahera News, citing a high-level source, said there had been “a breakthrough.”";
    expect(quoted(body, "a breakthrough")).toMatchObject({ speaker: "high-level source", kind: "unnamed" });
  });
});

describe("speakers round 4: apposition is no list", () => {
  it("keeps a name and its appositive title one speaker", () => {
    const body = "Simon Harris, the Irish prime minister, has said that recognition is “a matter of fairness”.";
    expect(quoted(body, "a matter of fairness")).toMatchObject({ speaker: "Simon Harris" });
  });
});
