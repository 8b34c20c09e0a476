import { describe, expect, it } from "vitest";
import { segment } from "../text/segment.js";
import { nounPhrases, properNounRuns, tagDocument, tagSentence, tokenize, verbGroups } from "./layer.js";

const groupsOf = (text: string) => verbGroups(text, tokenize(text)).map((g) => [g.text, g.lemma, g.tense, g.planned, g.passive]);

describe("the linguistic layer", () => {
  it("tokens carry tags, lemmas and offsets into the document, past curly quotes and astral characters", () => {
    const text = "Intro. 🇺🇸 “Blinken flew to Amman,” she said.";
    const s = { start: 7, end: text.length };
    const tokens = tagSentence(text, s).tokens;
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === "flew")).toMatchObject({ pos: "VERB", lemma: "fly" });
    expect(tokens.find((t) => t.text === "Amman")).toMatchObject({ pos: "PROPN" });
  });

  it("proper-noun runs keep titles with names and join particles", () => {
    const text = "Israeli Defense Minister Yoav Gallant met officials in Deir al-Balah and Beit Hanoun.";
    expect(properNounRuns(text, tokenize(text)).map((r) => r.text)).toEqual([
      "Israeli Defense Minister Yoav Gallant",
      "Deir al-Balah",
      "Beit Hanoun",
    ]);
  });

  it("noun phrases end at their head noun", () => {
    const text = "A senior Egyptian official met the two visiting envoys.";
    const phrases = nounPhrases(text, tokenize(text));
    expect(phrases.map((p) => [p.text, tokenize(text)[p.head]!.text])).toEqual([
      ["A senior Egyptian official", "official"],
      ["the two visiting envoys", "envoys"],
    ]);
  });

  it("verb groups carry tense, plans and the passive", () => {
    expect(groupsOf("Blinken will meet Abbas.")).toEqual([["will meet", "meet", "future", true, false]]);
    expect(groupsOf("He is expected to meet Abbas.")).toEqual([["is expected to meet", "meet", "future", true, false]]);
    expect(groupsOf("Blinken has arrived in Amman.")).toEqual([["has arrived", "arrive", "perfect", false, false]]);
    expect(groupsOf("They had met in Doha.")).toEqual([["had met", "meet", "pluperfect", false, false]]);
    expect(groupsOf("Austin was greeted by Gallant.")).toEqual([["was greeted", "greet", "past", false, true]]);
    expect(groupsOf("Blinken meets Abbas.")).toEqual([["meets", "meet", "present", false, false]]);
    expect(groupsOf("Blinken met Abbas.")).toEqual([["met", "meet", "past", false, false]]);
  });

  it("a form of 'be' with no verb after it is a group; a verb after a determiner or possessive is not", () => {
    expect(groupsOf("Burns is due in Cairo.")).toEqual([["is due", "due", "future", true, false]]);
    expect(groupsOf("Burns was in Cairo.")).toEqual([["was", "be", "past", false, false]]);
    expect(groupsOf("She toured the occupied West Bank.")).toEqual([["toured", "tour", "past", false, false]]);
    expect(groupsOf("He began his stop in Israel.")).toEqual([["began", "begin", "past", false, false]]);
  });

  it("'plans to' is a plan whatever the tagger makes of 'plans'", () => {
    expect(groupsOf("Netanyahu plans to visit Washington.").map((g) => g.slice(0, 4))).toEqual([
      ["plans to visit", "visit", "future", true],
    ]);
  });
});

describe("tagDocument", () => {
  it("tags the picked sentences in one call as each would be tagged alone", () => {
    const text =
      "Blinken will meet Netanyahu on Monday.\n\nThe talks were held in Jerusalem. " +
      "Israeli officials said they expected a deal soon, but Hamas rejected the proposal.\n\nGallant to visit Washington";
    const sentences = segment(text).flatMap((p) => p.sentences);
    expect(sentences).toHaveLength(4);
    const layer = tagDocument(text, sentences, (s) => !s.text.startsWith("The talks"));
    expect([...layer.keys()]).toEqual([sentences[0]!.start, sentences[2]!.start, sentences[3]!.start]);
    for (const s of [sentences[0]!, sentences[2]!, sentences[3]!]) expect(layer.get(s.start)).toEqual(tagSentence(text, s));
  });
});
