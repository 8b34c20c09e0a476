import { defineConfig } from "vitest/config";
import { shared } from "../../vitest.shared.js";

// A test's time limit, not a speed goal: the first sentences through the parsers compile their patterns (the
// casualty patterns are large), which took 3.5 s inside one test on a quiet machine and failed the 5 s default
// under load.
export default defineConfig({ ...shared, test: { testTimeout: 30_000 } });
