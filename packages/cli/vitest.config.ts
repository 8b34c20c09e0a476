import { defineConfig } from "vitest/config";
import { shared } from "../../vitest.shared.js";
// A test's time limit, not a speed goal: the CLI loads a command's modules (parsers, the official record, the
// language model) on its first call, from source, which took 5.2 s inside one test on a busy two-core CI machine.
export default defineConfig({
  ...shared,
  test: { testTimeout: 30_000 },
});
