/**
 * What every package's vitest configuration shares.
 * - Workspace packages resolve to their src/ through the "source" export condition: no build needed for tests.
 * - The parsers import chrono-node's English build ("chrono-node/en", a subpath of the package's "./*" exports)
 *   rather than its index, which loads all fifteen locales. Node resolves that subpath; vitest 4's resolver does not
 *   ("Cannot find package 'chrono-node/en'"), so the tests point it at the same file Node loads.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const fromParsers = createRequire(new URL("./packages/parsers/package.json", import.meta.url));
const chronoRoot = join(dirname(fromParsers.resolve("chrono-node")), "..", "..");

export const shared = {
  resolve: { conditions: ["source"], alias: { "chrono-node/en": join(chronoRoot, "dist/esm/locales/en/index.js") } },
  ssr: { resolve: { conditions: ["source"] } },
};
