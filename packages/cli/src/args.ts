/** Command-line options: one spec per command (its options and help text), parsed strictly with node:util parseArgs. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { availableParallelism } from "node:os";
import { z } from "zod";

/** Bad usage: reported in one line with the command's name, exit code 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface CommandSpec {
  usage: string;
  summary: string;
  help: string;
  options: Options;
}

const root = { root: { type: "string" } } as const;
const help = { help: { type: "boolean", short: "h" } } as const;

export const COMMANDS: Record<string, CommandSpec> = {
  extract: {
    usage: "shuttle extract [FILE|DIR|-]... [options]",
    summary: "records of any articles, as JSON, NDJSON or CSV",
    help: `Inputs: text files; folders (their .txt files, sorted by path); .ndjson/.jsonl files and "-" (standard input)
holding NDJSON lines {"id", "text", "published", "url", "outlet"}; "-" with plain text is one article.

  --published YYYY-MM-DD   publication date of every input that has none of its own
  --manifest FILE          JSON {"documents": [{"id", "file", "published", "outlet", "url", "title"}]}: each
                           article with its own metadata (files relative to the manifest's folder)
  --format json|ndjson|csv json: one object of merged records; ndjson: each document's records (before the
                           corpus merge) as soon as it is done, one line per record tagged with its table,
                           the input of \`shuttle merge\`; csv: the dataset's CSV files, datapackage.json and
                           README.md (needs --out)
  --out DIR                write into DIR (records.json, records.ndjson or the CSV files); other files in DIR
                           are never touched
  --jobs N                 worker threads (default: the number of cores); output is the same for every N
  --explain                for each document, each record with the rules that made it (extractor, mention rules,
                           refiners) and each candidate a named rule turned down, as text (one JSON object a
                           document with --format ndjson)`,
    options: {
      published: { type: "string" },
      manifest: { type: "string" },
      format: { type: "string", default: "json" },
      out: { type: "string" },
      jobs: { type: "string" },
      explain: { type: "boolean" },
    },
  },
  merge: {
    usage: "shuttle merge SHARD... [options]",
    summary: "the corpus merge over NDJSON shards written by `shuttle extract --format ndjson`",
    help: `Reads NDJSON shards ("-" for standard input; folders: their .ndjson files), runs the corpus merge and
writes the same output \`shuttle extract\` makes from all the articles in one run.

  --format json|ndjson|csv json: one object (default); ndjson: one merged record per line; csv: needs --out
  --out DIR                write into DIR; other files in DIR are never touched`,
    options: { format: { type: "string", default: "json" }, out: { type: "string" } },
  },
  build: {
    usage: "shuttle build [--root DIR] [--out DIR]",
    summary: "corpus/ → datasets/",
    help: `  --root DIR   the repository (default: the nearest folder upwards with corpus/manifest.json)
  --out DIR    where to write (default: ROOT/datasets); other files there are never touched`,
    options: { ...root, out: { type: "string" } },
  },
  validate: {
    usage: "shuttle validate [DIR] [--corpus DIR] [--root DIR]",
    summary: "check a dataset: files, hashes, schemas, keys, CSV against JSON, evidence against the texts",
    help: `  DIR            the dataset folder (default: ROOT/datasets)
  --corpus DIR   folder with manifest.json and the articles, to check every evidence span against its text
                 (default: ROOT/corpus when there is one)`,
    options: { ...root, corpus: { type: "string" } },
  },
  "data-changelog": {
    usage: "shuttle data-changelog [--root DIR]",
    summary: "add this release's entry to packages/data/DATA_CHANGELOG.md",
    help: "",
    options: { ...root },
  },
  eval: {
    usage: "shuttle eval [--set corpus|dev] [--verbose] [--root DIR]",
    summary: "precision, recall and F1 against the gold annotations",
    help: "",
    options: { ...root, set: { type: "string", default: "corpus" }, verbose: { type: "boolean", short: "v", default: false } },
  },
};

export function toolUsage(version: string): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `shuttle ${version}: news articles about Israel–Gaza diplomacy into a typed data package

usage: shuttle COMMAND [options]

commands:
${lines.join("\n")}

shuttle COMMAND --help shows a command's options; shuttle --version prints the version.
`;
}

export function commandHelp(name: string): string {
  const c = COMMANDS[name]!;
  return `usage: ${c.usage}\n\n${c.summary}\n${c.help ? `\n${c.help}\n` : ""}  -h, --help     this help\n`;
}

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Parses one command's arguments; unknown options and missing values become a UsageError. */
export function parseCommand(name: string, args: string[]): Parsed {
  const spec = COMMANDS[name]!;
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { ...spec.options, ...help } });
    return { values: values as Parsed["values"], positionals };
  } catch (e) {
    // parseArgs' messages are clear but long ("To specify a positional argument starting with a '-', ..."): keep the first sentence.
    throw new UsageError(`${(e as Error).message.split(/\.\s/)[0]!.replace(/\.$/, "")}; see shuttle ${name} --help`);
  }
}

const isoDate = z.iso.date();

/** A calendar date YYYY-MM-DD (zod's check knows month lengths and leap years: 2024-02-30 is no date). */
export function parseDate(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isoDate.safeParse(value).success) throw new UsageError(`${option} must be a calendar date YYYY-MM-DD, got "${value}"`);
  return value;
}

export function parseFormat(value: string | boolean | undefined): "json" | "ndjson" | "csv" {
  if (value === "json" || value === "ndjson" || value === "csv") return value;
  throw new UsageError(`--format must be json, csv or ndjson, got "${String(value)}"`);
}

export function parseJobs(value: string | boolean | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!/^\d+$/.test(String(value)) || n < 1 || n > 256) {
    throw new UsageError(`--jobs must be a whole number from 1 to 256, got "${String(value)}"`);
  }
  return n;
}
