/** The repository root, found without loading the parsers (every command needs it, few need them). */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The repository root: the nearest folder upwards that holds corpus/manifest.json. */
export function findRoot(from = process.cwd()): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "corpus", "manifest.json"))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`no corpus/manifest.json found in ${from} or above; pass --root`);
    dir = up;
  }
}
