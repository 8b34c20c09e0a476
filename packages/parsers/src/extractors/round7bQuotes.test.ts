import { describe, expect, it } from "vitest";
import { quotedIn as quoted } from "../testkit.js";

describe("quotes round 7b: a statement that cites someone", () => {
  it("gives the words to the person the statement cites, not to the issuer", () => {
    const body =
      "Islamic Jihad issued a statement on Monday.\n\n“The mediators know who is blocking the agreement,” the statement said, " +
      "citing the group's deputy leader Mohammed al-Hindi.";
    expect(quoted(body, "The mediators know")).toMatchObject({ speaker: "Mohammed al-Hindi", rule: "QuoteExtractor/cited-source" });
  });

  it("takes the cited person after a body and a lower-case office of several words", () => {
    const body = "“We have handed our answer to the mediators,” the statement said, citing Hamas political bureau member Khalil al-Hayya.";
    expect(quoted(body, "We have handed")).toMatchObject({ speaker: "Khalil al-Hayya" });
  });

  it("leaves a statement without a citing phrase to its issuer", () => {
    const body = "Hamas issued a statement on Monday.\n\n“The occupation bears full responsibility,” the statement said.";
    expect(quoted(body, "The occupation bears")).toMatchObject({ speaker: "Hamas", rule: "QuoteExtractor/statement-issuer" });
  });
});

describe("quotes round 7b: a weekday between the subject and the cue", () => {
  it("reads 'X on Wednesday called on … to “…”' as X's words", () => {
    const body = "President Mahmoud Abbas on Wednesday called on the international community to “act before it is too late”.";
    expect(quoted(body, "act before it is too late")).toMatchObject({ speaker: "Mahmoud Abbas", partial: true });
  });

  it("reads a weekday with a part of the day", () => {
    const body = "Foreign Minister Ayman Safadi on Sunday night warned that the region was “on the brink of a wider war”.";
    expect(quoted(body, "on the brink")).toMatchObject({ speaker: "Ayman Safadi" });
  });
});

describe("quotes round 7b: parliamentary record labels", () => {
  it("gives a minister's answer to the person in the parenthesis after the office", () => {
    const body =
      "The Minister of State for the Middle East (Andrew Mitchell): “We are pressing the Israeli authorities to open more crossings.”";
    expect(quoted(body, "We are pressing")).toMatchObject({ speaker: "Andrew Mitchell", rule: "QuoteExtractor/parliament-label" });
  });

  it("gives a member's question to the member named before the constituency", () => {
    const body = "Emily Thornberry (Islington South and Finsbury): “What is being done to get fuel into Gaza this week?”";
    expect(quoted(body, "What is being done")).toMatchObject({ speaker: "Emily Thornberry" });
  });

  it("reads no label in a parenthesis that names no one", () => {
    const body = "The Foreign Office (in a written answer): “Officials are working with partners in the region on this question.”";
    expect(quoted(body, "Officials are working")?.rule).not.toBe("QuoteExtractor/parliament-label");
  });
});

describe("quotes round 7b: 'based on' a body's written account", () => {
  it("gives words with no speech verb to the body whose summary is the source", () => {
    const body = "Based on a Foreign Office summary of the talks, Cameron and Safadi “agreed that the fighting must stop now”.";
    expect(quoted(body, "agreed that the fighting")).toMatchObject({ speaker: "Foreign Office", rule: "QuoteExtractor/source-phrase" });
  });

  it("does not take a body that only comes later in the sentence", () => {
    const body = "Based on the evidence, the army and Hamas “both bear some responsibility for the delays”.";
    expect(quoted(body, "both bear")?.rule ?? null).not.toBe("QuoteExtractor/source-phrase");
  });
});

describe("quotes round 7b: a description that refers back to the previous subject", () => {
  it("gives a 'former' description's words to the subject of the sentence before", () => {
    const body =
      "Tony Blair met Prime Minister Benjamin Netanyahu and President Isaac Herzog in Jerusalem.\n\n" +
      "The former prime minister, who has visited the region often, said it was “a moment that must not be wasted”.";
    expect(quoted(body, "a moment that must")).toMatchObject({ speaker: "Tony Blair", rule: "QuoteExtractor/description-subject" });
  });

  it("passes over a sentence opened by another such description", () => {
    const body =
      "UN envoy Tor Wennesland arrived in Amman on Tuesday. The veteran diplomat said aid was “far from enough”.\n\n" +
      "Asked about the crossings, the veteran diplomat said: “I cannot promise anything today.”";
    expect(quoted(body, "I cannot promise")).toMatchObject({ speaker: "Tor Wennesland" });
  });

  it("does not take a subject of another country than the description names", () => {
    const body = "Antony Blinken arrived in Amman on Tuesday.\n\nThe veteran Jordanian diplomat said the talks were “very difficult”.";
    expect(quoted(body, "very difficult")?.speaker ?? null).not.toBe("Antony Blinken");
  });
});
