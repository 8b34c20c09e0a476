import { describe, expect, it } from "vitest";
import { analyse } from "../analysis.js";
import { extractQuotes } from "./QuoteExtractor.js";

const quotes = (text: string) =>
  extractQuotes(analyse("t", text, "2024-02-06")).map((q) => ({
    text: q.text,
    speaker: q.speaker?.name ?? null,
    mention: q.speakerMention?.text ?? null,
    cue: q.cue,
    partial: q.partial,
  }));

describe("QuoteExtractor", () => {
  it("attributes a cue after the quote, with name or pronoun", () => {
    const text =
      "Defence Secretary Lloyd Austin arrived in Tel Aviv. “We will not waver,” Austin said. “Our support is ironclad,” he added.";
    expect(quotes(text)).toEqual([
      { text: "We will not waver", speaker: "Lloyd Austin", mention: "Austin", cue: "said", partial: false },
      { text: "Our support is ironclad", speaker: "Lloyd Austin", mention: "he", cue: "added", partial: false },
    ]);
  });

  it("attributes an inverted cue: “…,” said NAME, title", () => {
    const text = "“The talks were frank,” said Annalena Baerbock, the German foreign minister.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Annalena Baerbock", cue: "said", partial: false });
  });

  it("attributes a cue before the quote and marks fragments as partial", () => {
    const text = "French Foreign Minister Stephane Sejourne warned that the offensive would be “a catastrophe” for civilians.";
    expect(quotes(text)).toEqual([
      {
        text: "a catastrophe",
        speaker: "Stephane Sejourne",
        mention: "French Foreign Minister Stephane Sejourne",
        cue: "warned",
        partial: true,
      },
    ]);
  });

  it("reads straight quotation marks and a colon introduction", () => {
    const text =
      'UN Secretary-General Antonio Guterres told reporters: "Nothing can justify the collective punishment of the Palestinian people."';
    expect(quotes(text)[0]).toMatchObject({ speaker: "Antonio Guterres", partial: false });
  });

  it("attributes 'according to' at the end of the sentence", () => {
    const text = "The situation where “half the population is starving” is unacceptable, according to Josep Borrell.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Josep Borrell", cue: "according to" });
  });

  it("keeps an anonymous speaker as written", () => {
    const text = "“We are close to a deal,” a senior Egyptian official told reporters.";
    expect(quotes(text)[0]).toMatchObject({
      mention: "a senior Egyptian official",
      speaker: "senior Egyptian official",
      cue: "told reporters",
    });
  });

  it("continues the last speaker for a stand-alone quote paragraph", () => {
    const text =
      "Secretary of State Antony Blinken said the ceasefire must hold.\n“We have worked hard for " +
      "this,” Blinken said.\n“There is more to do.”";
    expect(quotes(text)[1]).toMatchObject({ text: "There is more to do.", speaker: "Antony Blinken", cue: null });
  });

  it("survives unbalanced marks: stray opening marks do not start new quotes", () => {
    const text = "Prime Minister Benjamin Netanyahu responded, saying: ““Thank you for your statements — “which matter. We appreciate it.”";
    const q = quotes(text);
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ speaker: "Benjamin Netanyahu", partial: false });
    expect(q[0]!.text.startsWith("Thank you")).toBe(true);
  });

  it("ends an unclosed quote at the paragraph end", () => {
    const q = quotes("Rishi Sunak said: “We stand with Israel.\nThe next paragraph is prose.");
    expect(q[0]).toMatchObject({ text: "We stand with Israel.", speaker: "Rishi Sunak" });
  });

  it("drops scare quotes: one or two words with no speaker", () => {
    expect(quotes("Protesters carried signs about a “genocide” in the city.")).toEqual([]);
  });

  it("resolves a role noun to the person with that role", () => {
    const text = "US Secretary of State Antony Blinken met the king. “This was productive,” the secretary said.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Antony Blinken", mention: "the secretary" });
  });

  it("a curly opening mark closed by a straight one is one quote with its cue after it", () => {
    const text = '“We are shocked by the strike on the school, and we want answers," President Emmanuel Macron said in Paris.';
    expect(quotes(text)).toEqual([
      {
        text: "We are shocked by the strike on the school, and we want answers",
        speaker: "Emmanuel Macron",
        mention: "President Emmanuel Macron",
        cue: "said",
        partial: false,
      },
    ]);
  });

  it("a straight mark inside curly quotes does not end them when the curly close follows", () => {
    const text = '“He called it "unacceptable" and left,” Macron said.';
    expect(quotes(text)[0]).toMatchObject({ text: 'He called it "unacceptable" and left', speaker: "Macron" });
  });

  it("a kibbutz named in a relative clause is a place, never the speaker", () => {
    const text = "Lord Cameron, who earlier toured Kibbutz Nir Oz, scene of heavy fighting, said: “Nothing excuses this.”";
    expect(quotes(text)).toEqual([
      { text: "Nothing excuses this.", speaker: "Cameron", mention: "Lord Cameron", cue: "said", partial: false },
    ]);
  });

  it("'the ministry spokeswoman' and 'the spokeswoman' refer back to 'a foreign ministry spokeswoman'", () => {
    const text =
      "The minister will travel on Monday, a foreign ministry spokeswoman said.\n\n“Aid must " +
      "reach Gaza,” the ministry spokeswoman said.\n\n“The border is tense,” the spokeswoman " +
      "said.";
    expect(quotes(text).map((q) => q.speaker)).toEqual(["foreign ministry spokeswoman", "foreign ministry spokeswoman"]);
  });

  it("two fragments joined by 'as well as' share the cue after the second", () => {
    const text =
      "The talks would cover “the future of the border,” as well as “the return of displaced families,” a foreign ministry spokesman said.";
    expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([
      ["the future of the border", "foreign ministry spokesman"],
      ["the return of displaced families", "foreign ministry spokesman"],
    ]);
  });

  it("a fragment with no cue anywhere stays out", () => {
    expect(quotes("The talks would cover “the future of the border,” as well as “the return of displaced families.”")).toEqual([]);
  });

  it("'expressed hope that … “…”' is a speech cue", () => {
    expect(quotes("Annalena Baerbock expressed hope that the pause could be a “chance to get aid in”.")[0]).toMatchObject({
      speaker: "Annalena Baerbock",
      cue: "expressed",
      partial: true,
    });
  });
});

describe("a speaker named by nationality alone", () => {
  it("is the one person of that country in reach, and nobody when two are", () => {
    const one = quotes("Yoav Gallant met Lloyd Austin in Tel Aviv. “The pressure is working,” the Israeli minister said.");
    expect(one.map((q) => q.speaker)).toEqual(["Yoav Gallant"]);
    const two = quotes("Yoav Gallant met Benny Gantz in Tel Aviv on Monday. “The pressure is working,” the Israeli minister said.");
    expect(two.map((q) => q.speaker)).toEqual([null]);
  });
});
