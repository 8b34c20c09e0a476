import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";
import { allSections, inflect, inflectedLists, inflectedVerbs, lexicon, sectionsRead, sectionValues } from "./index.js";

// Every rule is built when its module loads; one document runs the rules built on first use.
extractDocument("Blinken met Netanyahu in Jerusalem on Monday. “We will help,” he said. At least 12 people were killed.", {
  id: "lexicon-test",
  published: "2024-01-10",
});

describe("inflect: English spelling rules, irregular forms from the lexicon", () => {
  it.each([
    ["meet", ["meet", "meets", "met", "meeting"]],
    ["visit", ["visit", "visits", "visited", "visiting"]],
    ["stop", ["stop", "stops", "stopped", "stopping"]],
    ["quip", ["quip", "quips", "quipped", "quipping"]],
    ["admit", ["admit", "admits", "admitted", "admitting"]],
    ["reply", ["reply", "replies", "replied", "replying"]],
    ["echo", ["echo", "echoes", "echoed", "echoing"]],
    ["arrive", ["arrive", "arrives", "arrived", "arriving"]],
    ["flee", ["flee", "flees", "fled", "fleeing"]],
    ["see", ["see", "sees", "saw", "seen", "seeing"]],
    ["sit down", ["sit down", "sits down", "sat down", "sitting down"]],
    ["travel", ["travel", "travels", "travelled", "traveled", "travelling", "traveling"]],
  ])("%s", (verb, forms) => {
    expect(inflect(verb)).toEqual(forms);
  });
  it("gives only the forms asked for", () => {
    expect(inflect("take hostage", ["participle"])).toEqual(["taken hostage"]);
    expect(inflect("slay", ["past", "participle"])).toEqual(["slew", "slain"]);
  });
});

describe("the lexicon", () => {
  it("has one file per category, every file loaded", () => {
    const files = readdirSync(new URL(".", import.meta.url)).filter((f) => f.endsWith(".json"));
    const loaded = new Set(allSections().map((s) => s.split(".")[0]));
    expect(files.map((f) => f.replace(/\.json$/, "")).sort()).toEqual([...loaded].sort());
  });

  it("has no section that no rule reads", () => {
    const unread = allSections().filter((s) => !sectionsRead().has(s));
    expect(unread, "sections nothing uses: remove them or build a rule on them").toEqual([]);
  });

  it("lists no entry twice", () => {
    const twice: string[] = [];
    const walk = (v: unknown, where: string) => {
      if (Array.isArray(v)) {
        const seen = new Set<unknown>();
        for (const x of v) {
          if (typeof x === "string" && seen.has(x)) twice.push(`${where}: ${x}`);
          seen.add(x);
          if (typeof x === "object") walk(x, where);
        }
      } else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`);
    };
    for (const [name, v] of sectionValues()) walk(v, name);
    expect(twice).toEqual([]);
  });

  it("lists verbs in their base form only: the rules generate the inflections", () => {
    const inflected: string[] = [];
    for (const [name, v] of sectionValues()) {
      const lists = Array.isArray(v) ? [v] : Object.values(v as object).flatMap((x) => Object.values(x ?? {}));
      for (const list of [v, ...lists]) {
        if (!Array.isArray(list) || !inflectedLists().has(list)) continue;
        for (const verb of list as string[]) {
          const others = inflect(verb).slice(1);
          for (const o of list as string[]) if (o !== verb && others.includes(o)) inflected.push(`${name}: "${o}" is a form of "${verb}"`);
        }
      }
    }
    expect(inflected).toEqual([]);
  });

  it("has no irregular verb that no verb list uses", () => {
    const heads = new Set([...inflectedVerbs()].map((v) => v.split(" ")[0]));
    const unused = Object.keys(lexicon["irregular-verbs"].forms).filter((v) => !heads.has(v));
    expect(unused).toEqual([]);
  });
});

describe("one word list feeds every rule that needs it", () => {
  const meetings = (text: string) =>
    extractDocument(text, { id: "t", published: "2024-01-10" }).meetings.map((m) => m.participant_ids.join("+"));
  it("a meeting verb of the lexicon triggers a meeting and makes a lone surname its subject and its object", () => {
    // "huddled with" is in meeting-verbs.json only: the trigger, the lone subject and the lone object all read it.
    expect(meetings("Blinken huddled with Safadi in Amman on Tuesday.")).toEqual(["blinken+safadi"]);
    expect(meetings("Austin sat down with Gallant in Tel Aviv.")).toEqual(["austin+gallant"]);
  });
  it("a speech verb of the lexicon makes a lone surname a speaker and a subject", () => {
    const e = extractDocument("Macron vowed to help. He visited Beirut.", { id: "t", published: "2024-01-10" });
    expect(e.trips.map((t) => t.traveler_id)).toEqual(["macron"]);
  });
  it("one list of qualifiers serves the number pattern and the qualifier", () => {
    const e = extractDocument("Circa 40 people were killed in Gaza, the ministry said.", { id: "t", published: "2024-01-10" });
    expect(e.casualty_figures.map((c) => [c.count, c.qualifier])).toEqual([[40, "about"]]);
  });
});

describe("ids from names", () => {
  it("spell letters that do not decompose in Latin, and drop the marks of those that do", async () => {
    const { slug } = await import("../entities/gazetteer.js");
    expect(slug("Jonas Gahr Støre")).toBe("jonas-gahr-store");
    expect(slug("Radosław Sikorski")).toBe("radoslaw-sikorski");
    expect(slug("José Manuel Albares")).toBe("jose-manuel-albares");
    expect(slug("Wolfgang Schäuble-Straße")).toBe("wolfgang-schauble-strasse");
  });
});
