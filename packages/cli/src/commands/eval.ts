/** shuttle eval: precision, recall and F1 of the parsers against the gold annotations. */
import { evaluate, formatEvaluation } from "../evaluate.js";

export function runEval(root: string, stdout: (s: string) => void, verbose = false): number {
  stdout(formatEvaluation(evaluate(root), verbose));
  return 0;
}
