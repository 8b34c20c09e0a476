/** The `shuttle` command: parses the arguments of each command strictly and runs it; bad usage exits 2, bad input 1. */
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { findRoot } from "./root.js";
import { COMMANDS, commandHelp, parseCommand, parseDate, parseFormat, parseJobs, toolUsage, UsageError } from "./args.js";
import { InputError } from "./io.js";
import { OutputError } from "./output.js";

export function version(): string {
  try {
    return (createRequire(import.meta.url)("../package.json") as { version: string }).version;
  } catch {
    return "unknown";
  }
}

export interface RunContext {
  /** Standard input for "-" (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array>;
  /** Show progress on standard error (the bin passes whether it is a terminal). */
  progress?: boolean;
}

const rootOf = (v: string | boolean | undefined) => (typeof v === "string" ? resolve(v) : findRoot());

export async function run(argv: string[], stdout: (s: string) => void, stderr: (s: string) => void, ctx: RunContext = {}): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    stderr(toolUsage(version()));
    return 2;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    stdout(rest[0] && COMMANDS[rest[0]] ? commandHelp(rest[0]) : toolUsage(version()));
    return 0;
  }
  if (command === "--version" || command === "-V") {
    stdout(`${version()}\n`);
    return 0;
  }
  if (!COMMANDS[command]) {
    stderr(`shuttle: unknown command "${command}"; commands: ${Object.keys(COMMANDS).join(", ")} (shuttle --help)\n`);
    return 2;
  }
  try {
    const { values, positionals } = parseCommand(command, rest);
    if (values.help) {
      stdout(commandHelp(command));
      return 0;
    }
    const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
    const noPositionals = () => {
      if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"; see shuttle ${command} --help`);
    };
    const stdin = ctx.stdin ?? process.stdin;
    switch (command) {
      case "build": {
        noPositionals();
        const { runBuild } = await import("./commands/build.js");
        return runBuild({ root: rootOf(values.root), out: str("out") }, stderr);
      }
      case "extract": {
        const format = parseFormat(values.format);
        const published = parseDate("--published", str("published"));
        const jobs = parseJobs(values.jobs);
        if (!positionals.length && !values.manifest) {
          throw new UsageError("no input given (files, folders, - for standard input, or --manifest FILE)");
        }
        if (format === "csv" && !values.out) throw new UsageError("--format csv writes files: give --out DIR");
        if (positionals.filter((p) => p === "-").length > 1) throw new UsageError('standard input ("-") can be read once');
        const progress = ctx.progress ?? false;
        const opts = { sources: positionals, manifest: str("manifest"), published, format, out: str("out"), jobs, stdin, progress };
        // Each command loads what it needs: `extract --jobs N` leaves the parsers to its worker threads.
        const { runExplain, runExtract } = await import("./commands/extract.js");
        if (values.explain) {
          if (format === "csv" || values.out) throw new UsageError("--explain prints to standard output: use it without --out");
          return await runExplain(opts, stdout, stderr);
        }
        return await runExtract(opts, stdout, stderr);
      }
      case "merge": {
        const format = parseFormat(values.format);
        if (!positionals.length) throw new UsageError("no shard given (NDJSON files, folders, or - for standard input)");
        if (format === "csv" && !values.out) throw new UsageError("--format csv writes files: give --out DIR");
        const { runMerge } = await import("./commands/merge.js");
        return await runMerge({ shards: positionals, format, out: str("out"), stdin }, stdout, stderr);
      }
      case "validate": {
        if (positionals.length > 1) throw new UsageError(`one dataset folder at a time, got ${positionals.length}`);
        let root: string | null = null;
        try {
          root = rootOf(values.root);
        } catch {
          /* no repository here: validate needs only the folder */
        }
        const dir = positionals[0] ?? (root ? join(root, "datasets") : "datasets");
        const { runValidate } = await import("./commands/validate.js");
        return runValidate(dir, str("corpus") ?? (root ? join(root, "corpus") : null), stderr);
      }
      case "data-changelog":
        noPositionals();
        return (await import("./commands/changelog.js")).runDataChangelog(rootOf(values.root), stderr);
      default: // eval
        noPositionals();
        return (await import("./commands/eval.js")).runEval(rootOf(values.root), stdout, values.verbose === true, str("set"));
    }
  } catch (e) {
    if (e instanceof UsageError) {
      stderr(`shuttle ${command}: ${e.message}\n`);
      return 2;
    }
    // Expected failures carry a message that names the path and the reason; anything else is a bug, still one line.
    const known = e instanceof InputError || e instanceof OutputError;
    stderr(`shuttle ${command}: ${known ? "" : "error: "}${(e as Error).message.split("\n").join("\n  ")}\n`);
    return 1;
  }
}
