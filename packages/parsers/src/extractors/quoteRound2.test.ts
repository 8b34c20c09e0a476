import { describe, expect, it } from "vitest";
import { quotedIn as quoted } from "../testkit.js";

describe("quotes round 2: 'so-called' is no speech cue", () => {
  it("drops a scare-quoted label after 'so-called'", () => {
    const body = "Aid trucks have not used the so-called “safe route” since Sunday, officials in Cairo said.";
    expect(quoted(body, "safe route")).toBeUndefined();
  });

  it("still reads 'called' as a cue on its own", () => {
    const body = "Italian Foreign Minister Antonio Tajani called the strike “unacceptable” on Tuesday.";
    expect(quoted(body, "unacceptable")).toMatchObject({ speaker: "Antonio Tajani", cue: "called" });
  });
});

describe("quotes round 2: a relative clause after a name", () => {
  it("gives the words to the person the relative pronoun refers to", () => {
    const body = "Biden spoke alongside Dutch Prime Minister Mark Rutte, who said his government would “stand by its allies.”";
    expect(quoted(body, "stand by")).toMatchObject({ speaker: "Mark Rutte", cue: "said" });
  });

  it("reads an object of the main clause as the antecedent too", () => {
    const body = "Blinken met Egyptian Foreign Minister Sameh Shoukry, who told him the crossing was “open on our side.”";
    expect(quoted(body, "open on")).toMatchObject({ speaker: "Sameh Shoukry", cue: "told" });
  });
});

describe("quotes round 2: a quote paragraph after a paraphrase", () => {
  it("continues the speaker whose words the paragraph before reports", () => {
    const body =
      "British Foreign Secretary David Cameron said on Monday that the talks in Cairo had made progress.\n\n" +
      "“Nobody should think this is done. There is a long way to go.”";
    expect(quoted(body, "Nobody should")).toMatchObject({ speaker: "David Cameron", rule: "QuoteExtractor/continuation-reported" });
  });

  it("takes the paraphrase over an older quote of someone else", () => {
    const body =
      "“We are ready,” Hamas official Basem Naim said.\n\n" +
      "Israeli Foreign Minister Israel Katz said on Tuesday that the group was stalling.\n\n" +
      "“They are playing for time.”";
    expect(quoted(body, "They are playing")).toMatchObject({ speaker: "Israel Katz" });
  });

  it("reads no paraphrase in 'declined to comment'", () => {
    const body =
      "“We are ready,” Hamas official Basem Naim said.\n\n" +
      "Israeli Foreign Minister Israel Katz declined to comment.\n\n" +
      "“We will answer soon.”";
    expect(quoted(body, "We will answer")).toMatchObject({ speaker: "Basem Naim", rule: "QuoteExtractor/continuation" });
  });
});

describe("quotes round 2: pronouns after two people of unwritten gender", () => {
  it("lets 'he' pass over the person an earlier 'she' referred to", () => {
    const body =
      "Belgian Foreign Minister Hadja Lahbib met Israeli President Isaac Herzog on Monday.\n\n" +
      "“Civilians must be protected,” she said after the talks.\n\n" +
      "“We are doing more than any army,” he said.";
    expect(quoted(body, "Civilians must")).toMatchObject({ speaker: "Hadja Lahbib" });
    expect(quoted(body, "We are doing")).toMatchObject({ speaker: "Isaac Herzog" });
  });
});

describe("quotes round 2: a statement described by a word or two", () => {
  it("gives 'a military statement said' to the body that said something before", () => {
    const body =
      "The Israeli army said it had struck a rocket launcher in Rafah.\n\n" +
      "“The launcher was used to fire at Israeli towns,” an army statement said.";
    expect(quoted(body, "The launcher")).toMatchObject({ speaker: "Israeli army", rule: "QuoteExtractor/statement-issuer" });
  });

  it("leaves a joint statement to the other rules", () => {
    const body =
      "The Israeli army said it had struck a rocket launcher in Rafah.\n\n" + "“All parties must show restraint,” a joint statement said.";
    expect(quoted(body, "All parties")).not.toMatchObject({ rule: "QuoteExtractor/statement-issuer" });
  });
});

describe("quotes round 2: a speaker's name and a colon", () => {
  it("reads a transcript label as the speaker", () => {
    const body =
      "White House spokesman John Kirby took questions on Thursday.\n\n" + "Kirby: “We are not going to get ahead of the talks.”";
    expect(quoted(body, "We are not going")).toMatchObject({ speaker: "John Kirby", rule: "QuoteExtractor/speaker-label" });
  });

  it("takes the person, not the organisation, of a label with an affiliation", () => {
    const body = "Hamas official Basem Naim: “No deal without a full ceasefire.”";
    expect(quoted(body, "No deal")).toMatchObject({ speaker: "Basem Naim" });
  });

  it("reads no label when other words come before the name: the one asked is no speaker", () => {
    const body = "White House spokesman John Kirby took questions.\n\nOne reporter asked Kirby: “Will there be a deal this week?”";
    expect(quoted(body, "Will there be")).not.toMatchObject({ speaker: "John Kirby" });
  });
});
