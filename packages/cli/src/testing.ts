/** Helpers for the CLI's tests (not part of the package's exports). */
import { Readable } from "node:stream";
import { run } from "./main.js";

export async function cli(argv: string[], stdin?: string | Buffer) {
  let out = "";
  let err = "";
  const input = Readable.from(stdin === undefined ? [] : [Buffer.from(stdin)]);
  const code = await run(
    argv,
    (s) => (out += s),
    (s) => (err += s),
    { stdin: input },
  );
  return { code, out, err };
}

/** Sentences written for the tests (never article texts). */
export const ARTICLE =
  "US Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Tuesday. " +
  "“We are here to help,” Blinken said.\n";
export const ARTICLE_2 = "Foreign Minister Jane Doe met President John Roe in Cairo on Monday. “We want calm,” Doe said.\n";
