import { defineConfig } from "vitest/config";
import { shared } from "../../vitest.shared.js";
// A test's time limit, not a speed goal: the CLI loads a command's modules (parsers, the official record, the
// language model) on its first call, from source, which took 5.2 s inside one test on a busy two-core CI machine, and
// 30.7 s once with every package's tests and two other builds running on its two cores.
export default defineConfig({
  ...shared,
  test: { testTimeout: 90_000 },
});
