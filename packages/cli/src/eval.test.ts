import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, formatEvaluation, idMatches, TYPES } from "./evaluate.js";
import { formatRealAccuracy } from "./commands/eval.js";
import { findRoot } from "./corpus.js";

const root = findRoot(__dirname);
for (const [set, dir] of [
  ["corpus", "corpus"],
  ["dev", join("eval", "dev")],
] as const) {
  const bar = JSON.parse(readFileSync(join(root, dir, "bar.json"), "utf8")) as Record<string, number>;
  describe(`evaluation of the ${set} set against its gold annotations`, () => {
    const ev = evaluate(join(root, dir));
    for (const t of TYPES) {
      it(`${t}: F1 is at or above the bar (${bar[t]})`, () => {
        expect(ev.scores[t].f1, formatEvaluation(ev, true)).toBeGreaterThanOrEqual(bar[t]!);
      });
    }
    it(`dates: accuracy is at or above the bar (${bar.dates})`, () => {
      expect(ev.dates.accuracy, formatEvaluation(ev, true)).toBeGreaterThanOrEqual(bar.dates!);
    });
    it(`places: accuracy is at or above the bar (${bar.places})`, () => {
      expect(ev.places.accuracy, formatEvaluation(ev, true)).toBeGreaterThanOrEqual(bar.places!);
    });
  });
}

describe("evaluation helpers", () => {
  it("matches ids exactly, by ~substring, and null to null", () => {
    expect(idMatches("antony-blinken", "antony-blinken")).toBe(true);
    expect(idMatches("~cabinet", "israeli-military-cabinet")).toBe(true);
    expect(idMatches("~cabinet", "benjamin-netanyahu")).toBe(false);
    expect(idMatches(null, null)).toBe(true);
    expect(idMatches(null, "x")).toBe(false);
  });
});

describe("accuracy on real articles", () => {
  const real = JSON.parse(readFileSync(join(root, "eval", "real-accuracy.json"), "utf8")) as { types: Array<{ type: string; f1: number }> };

  it("the evaluation prints the measured table", () => {
    const out = formatRealAccuracy(root);
    for (const t of real.types) expect(out).toMatch(new RegExp(`${t.type}\\s.*${t.f1.toFixed(2)}$`, "m"));
  });

  it("the README publishes the same numbers", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    for (const t of real.types) expect(readme).toMatch(new RegExp(`\\| ${t.type} \\|[^\\n]*\\| ${t.f1.toFixed(2)} \\|`));
  });
});
