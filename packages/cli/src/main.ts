import { parseArgs } from "node:util";
import { join, resolve } from "node:path";
import { findRoot } from "./corpus.js";
import { runBuild } from "./commands/build.js";
import { runExtract } from "./commands/extract.js";
import { runValidate } from "./commands/validate.js";
import { runEval } from "./commands/eval.js";
import { runDataChangelog } from "./commands/changelog.js";

const USAGE = `usage:
  shuttle build [--root DIR] [--out DIR]          corpus/ → datasets/
  shuttle extract FILE... [--published YYYY-MM-DD] [--format json|csv|ndjson] [--out DIR]
  shuttle validate [DIR] [--corpus DIR]           check datasets against schemas and texts
  shuttle data-changelog [--root DIR]             add this release's entry to packages/data/DATA_CHANGELOG.md
  shuttle eval [--set corpus|dev] [--verbose]     precision, recall and F1 against the gold annotations
`;

export function run(argv: string[], stdout: (s: string) => void, stderr: (s: string) => void): number {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        root: { type: "string" },
        out: { type: "string" },
        corpus: { type: "string" },
        published: { type: "string" },
        format: { type: "string", default: "json" },
        verbose: { type: "boolean", short: "v", default: false },
        set: { type: "string", default: "corpus" },
      },
    });
    switch (command) {
      case "build":
        return runBuild({ root: values.root ? resolve(values.root) : findRoot(), out: values.out }, stderr);
      case "extract": {
        if (!positionals.length) {
          stderr(`shuttle extract: no FILE given\n${USAGE}`);
          return 2;
        }
        const format = values.format;
        if (format !== "json" && format !== "csv" && format !== "ndjson") {
          stderr(`shuttle extract: --format must be json, csv or ndjson, got "${format}"\n`);
          return 2;
        }
        return runExtract({ files: positionals, published: values.published, format, out: values.out }, stdout, stderr);
      }
      case "validate": {
        const root = values.root ? resolve(values.root) : (() => { try { return findRoot(); } catch { return null; } })();
        const dir = positionals[0] ?? (root ? join(root, "datasets") : "datasets");
        return runValidate(dir, values.corpus ?? (root ? join(root, "corpus") : null), stderr);
      }
      case "data-changelog":
        return runDataChangelog(values.root ? resolve(values.root) : findRoot(), stderr);
      case "eval":
        return runEval(values.root ? resolve(values.root) : findRoot(), stdout, values.verbose, values.set);
      case undefined:
      case "help":
      case "--help":
        stdout(USAGE);
        return command ? 0 : 2;
      default:
        stderr(`shuttle: unknown command "${command}"\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    stderr(`shuttle ${command}: ${(e as Error).message}\n`);
    return 1;
  }
}
