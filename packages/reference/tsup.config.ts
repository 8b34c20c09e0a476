import { defineConfig } from "tsup";
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  // ES2022, not "node20": for node20 esbuild rewrites every regular-expression literal with a Unicode property
  // escape (\p{Lu}) into a `new RegExp(…)` call, built again at each call, which the parsers make in their loops.
  target: "es2022",
});
