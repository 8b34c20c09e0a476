/**
 * Each mention rule on sentences written for it. A rule runs after the rules configured before it (it may read
 * what they found: the places, the names), exactly as in `findMentions`; the test looks at what that rule found.
 */
import { describe, expect, it } from "vitest";
import { MENTION_RULES } from "../configuration.js";
import { tagDocument } from "../linguistic/layer.js";
import { segment } from "../text/segment.js";
import { type Mention, MentionState } from "./mentions.js";

/** Runs the configured rules up to and including `id`; returns the mentions in text order. */
function runUpTo(id: string, text: string): Mention[] {
  const paragraphs = segment(text);
  const layer = tagDocument(
    text,
    paragraphs.flatMap((p) => p.sentences),
    () => true,
  );
  const st = new MentionState(text, paragraphs, layer);
  for (const r of MENTION_RULES) {
    r.run(text, st);
    if (r.id === id) break;
  }
  return [...st.mentions].sort((a, b) => a.start - b.start);
}

/** What one rule found: [text, name, kind] of the mentions that carry its id. */
const found = (id: string, text: string) =>
  runUpTo(id, text)
    .filter((m) => m.rule === id)
    .map((m) => [m.text, m.name, m.kind]);

/** Per rule: a sentence and what the rule must find in it. */
const CASES: Record<string, Array<[string, string[][]]>> = {
  "mention/titled-name": [["Foreign Minister Hakan Fidan spoke.", [["Foreign Minister Hakan Fidan", "Hakan Fidan", "person"]]]],
  "mention/referring-role": [["The secretary said the talks went well.", [["The secretary", "secretary", "role"]]]],
  "mention/organisation": [
    [
      "The Palestinian Red Crescent Society said.",
      [["Palestinian Red Crescent Society", "Palestinian Red Crescent Society", "organization"]],
    ],
  ],
  "mention/gazetteer-place": [["Talks resumed in Doha.", [["Doha", "Doha", "place"]]]],
  "mention/officials-of-countries": [
    [
      "She met the leaders of Oman and Kuwait.",
      [
        ["the leaders of Oman", "leaders of Oman", "group"],
        ["Kuwait", "leaders of Kuwait", "group"],
      ],
    ],
  ],
  "mention/office-of-body": [
    [
      "He met the director of the World Health Organization (WHO).",
      [["the director of the World Health Organization (WHO)", "director of World Health Organization", "unnamed"]],
    ],
  ],
  "mention/pronoun": [["She said it.", [["She", "she", "pronoun"]]]],
  "mention/description": [["A senior Egyptian official said.", [["A senior Egyptian official", "senior Egyptian official", "unnamed"]]]],
  "mention/site": [["Kibbutz Nir Oz was hit.", [["Kibbutz Nir Oz", "Kibbutz Nir Oz", "place"]]]],
  "mention/untitled-name": [["Rami Hamdallah arrived.", [["Rami Hamdallah", "Rami Hamdallah", "person"]]]],
  "mention/lone-subject": [["Hamdallah said the talks were over.", [["Hamdallah", "Hamdallah", "person"]]]],
  "mention/lone-object": [["The envoy thanked Hamdallah for his help.", [["Hamdallah", "Hamdallah", "person"]]]],
  "mention/unknown-place": [
    [
      "The minister travelled to Salfit and Yatta.",
      [
        ["Salfit", "Salfit", "place"],
        ["Yatta", "Yatta", "place"],
      ],
    ],
  ],
  "mention/known-person": [
    [
      "Gantz to meet Blinken\n\nThe talks begin today.",
      [
        ["Gantz", "Benny Gantz", "person"],
        ["Blinken", "Antony Blinken", "person"],
      ],
    ],
  ],
  "mention/surname": [["Prime Minister Rishi Sunak arrived. They thanked the aides of Sunak.", [["Sunak", "Sunak", "person"]]]],
};

describe("mention rules, each on sentences of its own", () => {
  for (const [id, cases] of Object.entries(CASES))
    it(id, () => {
      for (const [text, expected] of cases) expect(found(id, text)).toEqual(expected);
    });

  it("mention/appositive-title gives a name the title written after it", () => {
    const people = runUpTo("mention/appositive-title", "Nate Evans, the mission's spokesperson, said it.").filter(
      (m) => m.kind === "person",
    );
    expect(people.map((m) => [m.name, m.title])).toEqual([["Nate Evans", "the mission's spokesperson"]]);
  });

  it("every configured mention rule has its cases here", () => {
    const tested = new Set([...Object.keys(CASES), "mention/appositive-title"]);
    expect(MENTION_RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });
});
