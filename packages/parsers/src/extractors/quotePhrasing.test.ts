import { describe, expect, it } from "vitest";
import { quotedIn as quoted } from "../testkit.js";
import { analyse } from "../analysis.js";
import { extractQuotes } from "./QuoteExtractor.js";

describe("quote phrasings: a cue whose speaker is no known actor never goes to the previous speaker", () => {
  const lead = "“The agreement is a first step,” Prime Minister Rishi Sunak said on Monday.\n\n";

  it("gives an indefinite description its own unnamed speaker", () => {
    expect(
      quoted(`${lead}Families in Haifa were wary. “I will believe it when he is home,” one father told Channel 13.`, "I will"),
    ).toMatchObject({
      speaker: "father",
      mention: "one father",
      cue: "told",
    });
    expect(quoted(`${lead}“We have waited too long,” a relative of two of the captives said.`, "We have")).toMatchObject({
      speaker: "relative",
      cue: "said",
    });
  });

  it("gives no speaker when the description names nobody", () => {
    const q = quoted(`${lead}“We are tired of promises,” the neighbour of one captive told the radio.`, "We are tired");
    expect(q).toMatchObject({ speaker: null, rule: "QuoteExtractor/unattributed" });
  });

  it("gives no speaker for a subject before the cue that names nobody", () => {
    const q = quoted(
      `${lead}The neighbour of one captive, speaking outside the hospital, told the radio: “We are tired of promises.”`,
      "We are",
    );
    expect(q?.speaker).toBeNull();
  });

  it("still continues the previous speaker for a quote with no cue at all", () => {
    expect(quoted(`${lead}“Now the hard work begins.”`, "Now the")).toMatchObject({
      speaker: "Rishi Sunak",
      rule: "QuoteExtractor/continuation",
    });
  });
});

describe("quote phrasings: nouns that look like cues", () => {
  it("reads a possessive noun as a noun: the teller is the speaker, not the possessor", () => {
    const text = "Hezbollah official Mahmoud Qamati told Al Mayadeen that Gallant's remarks were “empty threats to calm the settlers.”";
    expect(quoted(text, "empty")).toMatchObject({ speaker: "Mahmoud Qamati", cue: "told" });
  });

  it("takes the person after an organisation in 'according to'", () => {
    const text = "According to Hezbollah leader Hassan Nasrallah, the front would stay “open as long as the war goes on.”";
    expect(quoted(text, "open")).toMatchObject({ speaker: "Hassan Nasrallah", cue: "according to" });
  });
});

describe("quote phrasings: 'quoted … as saying'", () => {
  it("takes the object of an active 'quoted X as saying'", () => {
    const text = "The Saudi channel Al Arabiya quoted a senior Qatari official as saying: “The gaps have narrowed considerably.”";
    expect(quoted(text, "The gaps")).toMatchObject({ speaker: "senior Qatari official", cue: "saying" });
  });

  it("takes the subject of a passive 'X was quoted by Y as saying'", () => {
    const text = "Defence Minister Yoav Gallant was quoted by Army Radio as saying: “The operation will widen in the coming days.”";
    expect(quoted(text, "The operation")).toMatchObject({ speaker: "Yoav Gallant", cue: "saying" });
  });

  it("reads 'X was quoted as saying' after the quote", () => {
    const text = "Prime Minister Rishi Sunak spoke first.\n\n“The offer is serious,” one diplomat was quoted as saying.";
    expect(quoted(text, "The offer")).toMatchObject({ speaker: "diplomat", mention: "one diplomat", cue: "saying" });
  });
});

describe("quote phrasings: inverted and split attributions", () => {
  it("reads a sentence opened by its cue: 'Said NAME: “…”'", () => {
    const text =
      "Benjamin Netanyahu spoke first. “We will not stop,” Netanyahu said.\n\nAdded Lloyd Austin: “Our support for Israel is ironclad.”";
    expect(quoted(text, "Our support")).toMatchObject({ speaker: "Lloyd Austin", rule: "QuoteExtractor/cue-opening-inverted" });
  });

  it("takes the head noun as subject before a prepositional phrase", () => {
    const text = "“We are working around the clock,” a spokeswoman for Egypt's foreign ministry said.";
    expect(quoted(text, "We are")).toMatchObject({ mention: "a spokeswoman", cue: "said", partial: false });
  });

  it("reads a wire dateline's dash as the quote's introduction (a whole quote, not a fragment)", () => {
    const text = "AMMAN (AP) — “The border stays closed,” Jordanian Foreign Minister Ayman Safadi said.";
    expect(quoted(text, "The border")).toMatchObject({ speaker: "Ayman Safadi", partial: false });
  });

  it("attributes a quote opening its paragraph to the cue ending the previous one with a colon", () => {
    const text = "In a written statement, German Foreign Minister Annalena Baerbock said:\n\n“Humanitarian pauses are needed now.”";
    expect(quoted(text, "Humanitarian")).toMatchObject({ speaker: "Annalena Baerbock", rule: "QuoteExtractor/cue-previous-paragraph" });
  });
});

describe("quote phrasings: statements", () => {
  it("gives 'it said' to the organisation that issued the statement", () => {
    const text = "Hezbollah issued a statement after the strike. “The aggression will not go unanswered,” it said.";
    expect(quoted(text, "The aggression")).toMatchObject({ speaker: "Hezbollah", rule: "QuoteExtractor/statement-issuer" });
  });

  it("gives 'the statement said' to the body that said it in a statement", () => {
    const text = "Hamas said in a statement that it had studied the offer. “We approached it with responsibility,” the statement said.";
    expect(quoted(text, "We approached")).toMatchObject({ speaker: "Hamas", cue: "said" });
  });

  it("does not give 'it said' to a person", () => {
    const text = "“We are studying it,” Rishi Sunak said.\n\nLater a long text came. “The aggression will not go unanswered,” it said.";
    expect(quoted(text, "The aggression")?.speaker).toBeNull();
  });

  it("reads 'the presidency' of a country as an organisation speaker", () => {
    const text = "“The two leaders discussed the crossing,” the Jordanian presidency said.";
    expect(quoted(text, "The two")).toMatchObject({ speaker: "Jordanian presidency", cue: "said" });
  });
});

describe("quote phrasings: descriptions that refer back by nationality", () => {
  it("gives 'the Egyptian minister' to the latest Egyptian named before", () => {
    const text =
      "Lloyd Austin met his Egyptian counterpart, Mohamed Zaki, in Cairo. “We will keep the crossing open,” Zaki said.\n\n" +
      "“Aid must flow,” the Egyptian minister added.";
    expect(quoted(text, "Aid must")).toMatchObject({ speaker: "Mohamed Zaki", cue: "added" });
  });

  it("skips a person of another country", () => {
    const text = "Lloyd Austin, the American defence secretary, arrived on Monday.\n\n“Aid must flow,” the Egyptian minister added.";
    expect(quoted(text, "Aid must")?.speaker).not.toBe("Lloyd Austin");
  });
});

describe("quote phrasings: headlines", () => {
  const article = (headline: string) =>
    extractQuotes(
      analyse(
        "t",
        `${headline}\n\nAid chief Cindy McCain toured the crossing on Monday.\n` +
          "“The hunger here is worse than anything I have seen,” McCain said.",
        "2024-02-06",
      ),
    ).map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null, rule: q.rule }));

  it("gives a headline fragment to the person the body quotes with those words", () => {
    expect(article("WFP chief visits Rafah, says hunger 'worse than anything'")[0]).toMatchObject({
      text: "worse than anything",
      speaker: "Cindy McCain",
      rule: "QuoteExtractor/headline-echo",
    });
  });

  it("leaves a headline fragment the body never quotes alone", () => {
    expect(article("WFP chief visits Rafah, says hunger 'a disgrace'")[0]?.rule).not.toBe("QuoteExtractor/headline-echo");
  });
});
