import { describe, expect, it } from "vitest";
import { EXTRACTORS, MENTION_RULES, REFINERS } from "./configuration.js";
import { explainDocument, formatExplanation } from "./explain.js";
import { analyse } from "./analysis.js";

const meta = { id: "explain", published: "2024-01-10" };

describe("explainDocument", () => {
  it("names, per record, its extractor rule, the mention rules of its actors and places, and the refiners that changed it", () => {
    const text = "Secretary of State Antony Blinken met Netanyahu in Jerusalem on Tuesday. Blinken met Netanyahu again in Jerusalem.";
    const { explanation } = explainDocument(text, meta);
    const meeting = explanation.records.find((r) => r.table === "meetings")!;
    expect(meeting.rules[0]).toBe("MeetingExtractor/verb");
    expect(meeting.rules).toEqual(
      expect.arrayContaining(["mention/titled-name", "mention/lone-object", "mention/gazetteer-place", "refiner/encounter"]),
    );
  });

  it("lists the candidates a named rule turned down, with code-point offsets and the words", () => {
    const text = "Gaza toll passes 100\n\nBlinken flew to the Middle East. The toll has passed 100 people, the 🏥 ministry said.";
    const { explanation } = explainDocument(text, meta);
    const region = explanation.vetoes.find((v) => v.rule === "TripExtractor/veto-region")!;
    expect(region.text).toBe("the Middle East");
    expect([...text].slice(region.start, region.end).join("")).toBe("the Middle East");
  });

  it("prints one block per record and one per veto", () => {
    const { explanation } = explainDocument("Blinken met Netanyahu in Jerusalem. He flew on to the Middle East.", meta);
    const printed = formatExplanation(explanation);
    expect(printed).toMatch(/^# explain\nmeetings meeting_\w+\n {2}rules: MeetingExtractor\/verb, /);
    expect(printed).toContain("vetoed:\n  TripExtractor/veto-region");
  });

  it("changes no record: the explained extraction is the plain one", async () => {
    const { extractDocument } = await import("./extract.js");
    const text = "Blinken met Netanyahu in Jerusalem on Tuesday. “We will help,” he said. At least 12 people were killed.";
    expect(explainDocument(text, meta).extraction).toEqual(extractDocument(text, meta));
  });
});

describe("the configuration", () => {
  it("gives every rule and stage a unique id", () => {
    const ids = [...MENTION_RULES.map((r) => r.id), ...EXTRACTORS.map((e) => e.id), ...REFINERS.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("runs its mention rules: every mention carries the id of a configured rule, and each rule finds its own kind", () => {
    const text =
      "Israeli Prime Minister Benjamin Netanyahu met the secretary at the Gaza Health Ministry near Erez Crossing. " +
      "He told a senior State Department official that Alex Vatanka, director of the Iran program, agreed. Blinken said so.";
    const a = analyse("c", text, "2024-01-10");
    const configured = new Set(MENTION_RULES.map((r) => r.id));
    expect(a.mentions.every((m) => configured.has(m.rule))).toBe(true);
    const by = (rule: string) => a.mentions.filter((m) => m.rule === rule).map((m) => m.text);
    expect(by("mention/titled-name")).toEqual(["Israeli Prime Minister Benjamin Netanyahu"]);
    expect(by("mention/referring-role")).toEqual(["the secretary"]);
    expect(by("mention/organisation")).toEqual(["Gaza Health Ministry"]);
    expect(by("mention/site")).toEqual(["Erez Crossing"]);
    expect(by("mention/pronoun")).toEqual(["He"]);
    expect(by("mention/description")).toEqual(["a senior State Department official"]);
    expect(by("mention/untitled-name")).toEqual(["Alex Vatanka"]);
    expect(by("mention/lone-subject")).toEqual(["Blinken"]);
  });

  it("names every refiner a trace records", () => {
    const text =
      "Blinken meets Netanyahu\n\nBlinken met Netanyahu in Jerusalem. “We will help,” Blinken said. “We will help,” he said again. " +
      "Blinken met Netanyahu again in Jerusalem on Tuesday.";
    const { explanation } = explainDocument(text, meta);
    const used = explanation.records.flatMap((r) => r.rules.filter((x) => x.startsWith("refiner/")));
    const configured = new Set(REFINERS.map((r) => r.id));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((x) => !configured.has(x))).toEqual([]);
  });
});
