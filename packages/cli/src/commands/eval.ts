/** shuttle eval: precision, recall and F1 of the parsers against the gold annotations of a set. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate, formatEvaluation } from "../evaluate.js";

interface RealAccuracy {
  note: string;
  measured: string;
  articles: number;
  types: Array<{ type: string; precision: number; recall: number; f1: number }>;
  dates: { correct: number; total: number };
}

/** The accuracy measured on real articles (eval/real-accuracy.json), printed beside every evaluation. */
export function formatRealAccuracy(root: string): string {
  const file = join(root, "eval", "real-accuracy.json");
  if (!existsSync(file)) return "";
  const r = JSON.parse(readFileSync(file, "utf8")) as RealAccuracy;
  const f = (n: number) => n.toFixed(2).padStart(9);
  const rows = r.types.map((t) => `${t.type.padEnd(20)}${f(t.precision)}${f(t.recall)}${f(t.f1)}`);
  return [
    "",
    `On real articles (${r.articles} from other outlets, measured ${r.measured}; read while the rules were written, so`,
    "expect less on articles of your own):",
    "type                precision   recall       F1",
    ...rows,
    `dates right for ${r.dates.correct} of ${r.dates.total} matched records with a date`,
    "",
  ].join("\n");
}

export const EVAL_SETS: Record<string, string> = { corpus: "corpus", dev: join("eval", "dev") };

export function runEval(root: string, stdout: (s: string) => void, verbose = false, set = "corpus"): number {
  const dir = EVAL_SETS[set];
  if (!dir) throw new Error(`unknown set "${set}"; sets: ${Object.keys(EVAL_SETS).join(", ")}`);
  stdout(`set: ${set} (${dir})\n`);
  stdout(formatEvaluation(evaluate(join(root, dir)), verbose));
  stdout(formatRealAccuracy(root));
  return 0;
}
