import { describe, expect, it } from "vitest";
import { quotedIn as quoted } from "../testkit.js";

describe("quotes round 8: a description that refers back must fit the person's office", () => {
  it("passes over a subject whose office the description contradicts for the other person of the sentence", () => {
    const body =
      "Prime Minister Benjamin Netanyahu met Martin Griffiths in Jerusalem on Tuesday. " +
      "The veteran diplomat said the aid system was “on the verge of collapse”.";
    expect(quoted(body, "on the verge")).toMatchObject({ speaker: "Martin Griffiths", rule: "QuoteExtractor/description-subject" });
  });

  it("takes a well-known subject's office from the lexicon when the text gives none", () => {
    const body =
      "Netanyahu hosted Lars Ekberg at his office on Sunday. The veteran diplomat later said the meeting had been “long but useful”.";
    expect(quoted(body, "long but useful")).toMatchObject({ speaker: "Lars Ekberg" });
  });

  it("keeps the subject when the description fits an office of a class the lexicon counts as fitting (an envoy)", () => {
    const body =
      "UN envoy Tor Wennesland met Prime Minister Benjamin Netanyahu on Monday. " +
      "The veteran diplomat, who has served in the region for years, said the talks were “serious”.";
    expect(quoted(body, "serious")).toMatchObject({ speaker: "Tor Wennesland" });
  });

  it("gives nobody rather than a subject the description contradicts when no one else is left", () => {
    const body =
      "Prime Minister Benjamin Netanyahu visited troops near the border on Monday. " +
      "The veteran diplomat said the visit sent “the wrong message to everyone”.";
    expect(quoted(body, "the wrong message")?.speaker ?? null).toBeNull();
  });

  it("still gives a 'former' description to an untitled subject", () => {
    const body =
      "Tony Blair met Prime Minister Benjamin Netanyahu in Jerusalem.\n\n" +
      "The former prime minister said it was “a moment that must not be wasted”.";
    expect(quoted(body, "a moment that must")).toMatchObject({ speaker: "Tony Blair" });
  });
});

describe("quotes round 8: a cleft puts the speaker in focus", () => {
  it("reads 'It was X who said “…”' as X's words", () => {
    const body = "It was Foreign Minister Nadia Haddad who said the plan was “dead on arrival”.";
    expect(quoted(body, "dead on arrival")).toMatchObject({ speaker: "Nadia Haddad", rule: "QuoteExtractor/cleft" });
  });

  it("gives a correction's 'It was X, not Y, who …' to X, not to the contrasted Y", () => {
    const body = "Correction: It was Jordanian Foreign Minister Ayman Safadi, not Qatari officials, who said “the window is closing fast”.";
    expect(quoted(body, "the window is closing")).toMatchObject({ speaker: "Ayman Safadi" });
  });

  it("reads 'and not Y' as a contrast too", () => {
    const body = "It was Hamas official Osama Hamdan, and not the movement's leader, who told reporters the group would “never accept” it.";
    expect(quoted(body, "never accept")).toMatchObject({ speaker: "Osama Hamdan" });
  });

  it("is no cleft when a speech verb does not follow 'who' or 'that'", () => {
    const body = "It was a long week, Blinken said: “We have a lot of work still to do.”";
    expect(quoted(body, "We have a lot")).toMatchObject({ speaker: "Blinken" });
    expect(quoted(body, "We have a lot")?.rule).not.toBe("QuoteExtractor/cleft");
  });
});
