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

describe("quotes round 8: a word right after a preposition is no cue", () => {
  it("reads 'said in remarks carried by state media that …' with the subject of 'said'", () => {
    const body =
      "Khalid Rahman, Oman's foreign minister, said in remarks carried by state media that the talks were “at a delicate point”.";
    expect(quoted(body, "at a delicate point")).toMatchObject({ speaker: "Khalid Rahman", rule: "QuoteExtractor/cue-before" });
  });

  it("reads 'on state television' as a noun phrase", () => {
    const body = "Yousef Karimi said on state television that the region stood “on the edge of a wider war”.";
    expect(quoted(body, "on the edge")).toMatchObject({ speaker: "Yousef Karimi" });
  });
});

describe("quotes round 8: an inverted cue before a body's acronym or half a hyphenated title", () => {
  it("takes the speaker after 'said WHO Director-General'", () => {
    const body = "“No hospital in the north is fully working,” said WHO Director-General Tedros Adhanom Ghebreyesus.";
    expect(quoted(body, "No hospital")).toMatchObject({ speaker: "Tedros Adhanom Ghebreyesus", rule: "QuoteExtractor/cue-after-inverted" });
  });

  it("takes the speaker after 'said UNRWA Commissioner-General'", () => {
    const body = "“The shelters are full beyond capacity,” said UNRWA Commissioner-General Hans Lindqvist on Friday.";
    expect(quoted(body, "The shelters are full")).toMatchObject({ speaker: "Hans Lindqvist" });
  });
});

describe("quotes round 8: the outlet of a wire dateline is nobody's subject", () => {
  it("gives a participle's quote to the person after 'CITY (Outlet) -', not to the outlet", () => {
    const body =
      "ISTANBUL (Gulf Courier) - Foreign Minister Selim Arkan on Monday criticised the council, saying that “silence is complicity”.";
    expect(quoted(body, "silence is complicity")).toMatchObject({ speaker: "Selim Arkan" });
  });
});

describe("quotes round 8: a speaker named only in the next paragraph", () => {
  it("gives an opening quote to the person of 'Those were the words of X'", () => {
    const body =
      "“We ran out of bandages on the third day.”\n\n" +
      "Those were the words of Dr. Samir Khoury, a surgeon at a field hospital in Khan Younis, speaking on Friday.";
    expect(quoted(body, "We ran out of bandages")).toMatchObject({ speaker: "Samir Khoury", rule: "QuoteExtractor/speaker-named-after" });
  });

  it("gives a pronoun's quotes to the person of 'The words belong to X'", () => {
    const body =
      "“I keep counting the names,” she said. “Every one of them was a colleague.”\n\n" +
      "The words belong to Lina Mansour, a 41-year-old aid worker who has spent two decades in Gaza.";
    expect(quoted(body, "I keep counting")).toMatchObject({ speaker: "Lina Mansour" });
    expect(quoted(body, "Every one of them")).toMatchObject({ speaker: "Lina Mansour" });
  });

  it("leaves a quote with a speaker of its own alone", () => {
    const body =
      "“We ran out of bandages,” said Dr. Samir Khoury.\n\n" + "Those were the words of Lina Mansour too, an aid worker who said the same.";
    expect(quoted(body, "We ran out of bandages")).toMatchObject({ speaker: "Samir Khoury" });
  });
});

describe("quotes round 8: an interview label the mention rules do not read", () => {
  it("gives the answer after 'Al-Ansari:' to the person named earlier whose name ends so", () => {
    const body =
      "Rami al-Hariri, the spokesman of the ministry, spoke to us on Thursday.\n\nQ: Is a deal close?\n\n" +
      "Al-Hariri: “We are closer than we have been in weeks.”";
    expect(quoted(body, "We are closer")).toMatchObject({ speaker: "Rami al-Hariri", rule: "QuoteExtractor/speaker-label-surname" });
  });
});

describe("quotes round 8: a capital as the subject of a reported clause", () => {
  it("gives the words to the reporting person when a capital and an auxiliary stand before the verb", () => {
    const body =
      "“We stand for dialogue,” Foreign Minister Arjun Mehta told a news conference, " +
      "adding that New Delhi had urged “restraint on every side”.";
    expect(quoted(body, "restraint on every side")).toMatchObject({ speaker: "Arjun Mehta", rule: "QuoteExtractor/cue-before-reporter" });
  });
});

describe("quotes round 8: 'of' marks a source only after a word of speech", () => {
  it("keeps a two-word fragment whose clause names a person after 'the killing of'", () => {
    const body = "Supreme Leader Ali Khamenei said on Thursday that the killing of Ismail Haniyeh would bring “harsh punishment”.";
    expect(quoted(body, "harsh punishment")).toMatchObject({ speaker: "Ali Khamenei", partial: true });
  });

  it("still gives a one-word fragment after 'the calls of' others to nobody", () => {
    const body = "Borrell said he was echoing the calls of aid agencies for a “flood” of aid.";
    expect(quoted(body, "flood")?.speaker ?? null).toBeNull();
  });
});
