import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The stages of the parsers, earliest first. A module may import its own stage or an earlier one, never a later
 * one: data flows document → linguistic layer → mentions → analysis → extractors → refiners → records.
 */
const STAGES: Array<[string, RegExp]> = [
  ["vocabulary and text", /^(?:lexicon|text)\/|^(?:ids|evidence|trace)\.ts$/],
  ["dates, document and linguistic layer", /^(?:dates\/DateResolver|document\/|linguistic\/)/],
  ["mentions and coreference", /^entities\//],
  ["analysis", /^(?:analysis|configuration)\.ts$/],
  ["grammar and sentence dates", /^(?:grammar\/|dates\/sentenceDates)/],
  ["extractors", /^extractors\//],
  ["refiners and records", /^(?:refiners|records)\//],
  ["document extraction", /^(?:extract|explain|testkit)\.ts$/],
  ["corpus and package", /^(?:corpus\/|index\.ts$)/],
];
const root = dirname(new URL(import.meta.url).pathname);
const stageOf = (file: string) => STAGES.findIndex(([, re]) => re.test(file));

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (name.endsWith(".ts") && !name.endsWith(".test.ts")) yield relative(root, path);
  }
}

describe("stages run one way", () => {
  const files = [...sources(root)];

  it("every module belongs to a stage", () => {
    expect(files.filter((f) => stageOf(f) < 0)).toEqual([]);
  });

  it("no module imports one of a later stage", () => {
    const late: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(root, file), "utf8");
      for (const m of text.matchAll(/from "(\.{1,2}\/[^"]+)"/g)) {
        const target = relative(root, join(root, dirname(file), m[1]!)).replace(/\.js$/, ".ts");
        if (target.endsWith(".json")) continue;
        if (stageOf(target) > stageOf(file)) late.push(`${file} imports ${target} (${STAGES[stageOf(target)]![0]})`);
      }
    }
    expect(late).toEqual([]);
  });
});
