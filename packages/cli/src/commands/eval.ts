/** shuttle eval: precision, recall and F1 of the parsers against the gold annotations of a set. */
import { join } from "node:path";
import { evaluate, formatEvaluation } from "../evaluate.js";

export const EVAL_SETS: Record<string, string> = { corpus: "corpus", dev: join("eval", "dev") };

export function runEval(root: string, stdout: (s: string) => void, verbose = false, set = "corpus"): number {
  const dir = EVAL_SETS[set];
  if (!dir) throw new Error(`unknown set "${set}"; sets: ${Object.keys(EVAL_SETS).join(", ")}`);
  stdout(`set: ${set} (${dir})\n`);
  stdout(formatEvaluation(evaluate(join(root, dir)), verbose));
  return 0;
}
