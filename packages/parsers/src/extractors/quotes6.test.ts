import { describe, expect, it } from "vitest";
import { quotedIn as quoted, quotesIn } from "../testkit.js";

describe("quotes round 6: British style quotes in single marks in body text", () => {
  it("reads a quote in single marks with its cue after, the comma before the closing mark left out", () => {
    const body = "'We will keep pressing for more crossings to open,' Mr Lammy told MPs on Tuesday.";
    expect(quoted(body, "We will keep pressing")).toMatchObject({
      text: "We will keep pressing for more crossings to open",
      speaker: "Lammy",
    });
  });

  it("passes over apostrophes inside the words and reads a paragraph that ends in a full stop", () => {
    const body = "'Israel's security and Gaza's recovery go together,' said Lord Ahmad, who visited Amman last week.";
    expect(quoted(body, "Israel's security")).toMatchObject({
      text: "Israel's security and Gaza's recovery go together",
      speaker: "Ahmad",
    });
  });

  it("reads fragments in single marks inside the writer's sentence", () => {
    const body = "Emily Thornberry said the response had been 'far too slow' and called for 'a sustained pause in the fighting'.";
    expect(quoted(body, "a sustained pause")).toMatchObject({ partial: true, speaker: "Emily Thornberry" });
  });

  it("does not take a plural possessive for a closing mark", () => {
    const body = "'The ministers' talks in Cairo were useful,' an Egyptian official said.";
    expect(quotesIn(body).map((q) => q.text)).toEqual(["The ministers' talks in Cairo were useful"]);
  });

  it("leaves single marks alone in a text that quotes in double marks", () => {
    const body =
      "“He told me, ‘We are doing everything,’ and I did not believe him,” Noa Mizrahi said.\n\n" +
      "She said the prime minister's 'total victory will come soon' line no longer moved anyone.";
    expect(quotesIn(body).map((q) => q.text)).toEqual(["He told me, ‘We are doing everything,’ and I did not believe him"]);
  });

  it("reads no one or two words in single marks: a term as often as a quote", () => {
    expect(quotesIn("The talks ended with 'hope', Mr Lammy said.")).toEqual([]);
  });
});

describe("quotes round 6: a second speech verb of the same subject after a quoted fragment", () => {
  it("gives the fragment after 'and called for' to the speaker of the fragment before", () => {
    const body = "Senator Chris Van Hollen said the strike was “indefensible” and urged the White House to “use every lever”.";
    expect(quoted(body, "use every lever")).toMatchObject({ speaker: "Chris Van Hollen", rule: "QuoteExtractor/coordinated-predicate" });
  });

  it("not when someone else is named between the two fragments", () => {
    const body = "Senator Chris Van Hollen said the strike was “indefensible” and Senator Jim Risch warned of “a rush to judgement”.";
    expect(quoted(body, "a rush to judgement")).toMatchObject({ speaker: "Jim Risch" });
  });
});

describe("quotes round 6: the words of documents and signs are nobody's quote", () => {
  it("leaves out a draft's words with the cue before or after the quote", () => {
    const body =
      "The draft reads: “The Council demands that all parties allow unimpeded access.”\n\n" +
      "“All hostages must be released immediately,” the text says.";
    expect(quotesIn(body)).toEqual([]);
  });

  it("leaves out the words on banners and placards", () => {
    const body =
      "“Aid must flow,” Senator Bernie Sanders said.\n\n" +
      "Demonstrators in London carried placards saying: “Stop the bombing of hospitals now.”";
    expect(quotesIn(body).map((q) => q.text)).toEqual(["Aid must flow"]);
  });

  it("keeps a document's words when its author is named in the noun phrase, and a speaker who reads one out", () => {
    const body = "Speaking after the vote, Ambassador Linda Thomas-Greenfield said: “This text is a step toward peace.”";
    expect(quoted(body, "This text is")).toMatchObject({ speaker: "Linda Thomas-Greenfield" });
  });
});

describe("quotes round 6: chants and cries of a crowd", () => {
  it("gives a chant after a quote from a speaker to nobody and leaves it out", () => {
    const body =
      "“We hear you,” Senator Bernie Sanders told the rally in Burlington.\n\n" +
      "“Not in our name, not in our name,” the crowd chanted back.";
    expect(quotesIn(body).map((q) => q.text)).toEqual(["We hear you"]);
  });

  it("leaves out a slogan that a participle of chanting introduces", () => {
    const body =
      "“We will not be silenced,” Senator Bernie Sanders said.\n\n" +
      "Hundreds marched to the embassy, shouting: “Hands off Rafah, hands off Gaza!”";
    expect(quotesIn(body).map((q) => q.text)).toEqual(["We will not be silenced"]);
  });
});

describe("quotes round 6: an interview printed as questions and answers", () => {
  it("gives the answers to the one person the introduction names, the questions to nobody", () => {
    const body =
      "In an interview in Amman, Jordan's Foreign Minister Ayman Safadi answered our questions.\n\n" +
      "Q: “Is a regional war coming?”\n\n" +
      "A: “Nobody wants one, but everybody is preparing for one.”";
    expect(quoted(body, "Is a regional war")).toMatchObject({ speaker: null });
    expect(quoted(body, "Nobody wants one")).toMatchObject({ speaker: "Ayman Safadi", rule: "QuoteExtractor/answer-label" });
  });

  it("gives the answers to nobody when the introduction names the interviewer too", () => {
    const body =
      "Our correspondent Lyse Doucet spoke to Egyptian Foreign Minister Sameh Shoukry.\n\n" +
      "Q: “Will Egypt open the crossing?”\n\n" +
      "A: “The crossing has never been closed from our side.”";
    expect(quoted(body, "The crossing has never")).toMatchObject({ speaker: null });
  });
});

describe("quotes round 6: a pronoun speaker checked against the people named outside quotes", () => {
  it("does not take a person named only inside quoted words, nor one named later", () => {
    const body =
      "“The minister looked at me and promised nothing,” Hadas Kalderon said.\n\n" +
      "“How long must we wait?” she asked.\n\n" +
      "Another relative, Tamar Levi, said a minister had told them to be patient.";
    expect(quoted(body, "How long must we wait")).toMatchObject({ speaker: "Hadas Kalderon" });
  });

  it("takes the person a description in the next sentence names, of two just named", () => {
    const body =
      "Austin met Gallant at the Kirya on Monday.\n\n" +
      "“We will finish the job in Gaza,” he told reporters after the meeting. The Israeli minister said troops would stay.";
    expect(quoted(body, "We will finish the job")).toMatchObject({ speaker: "Gallant", rule: "QuoteExtractor/pronoun-checked" });
  });

  it("keeps the first person when the next sentence's description is the same person", () => {
    const body =
      "Austin met Gallant at the Kirya on Monday.\n\n" +
      "“Our support is ironclad,” he told reporters after the meeting. The American secretary said more aid was coming.";
    expect(quoted(body, "Our support is ironclad")).toMatchObject({ speaker: "Austin" });
  });

  it("keeps the first person of the sentence before when nothing says otherwise", () => {
    const body = "Austin met Gallant at the Kirya on Monday.\n\n“Our support is ironclad,” he told reporters after the meeting.";
    expect(quoted(body, "Our support is ironclad")).toMatchObject({ speaker: "Austin", rule: "QuoteExtractor/cue-after" });
  });
});
