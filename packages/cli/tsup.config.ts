import { defineConfig } from "tsup";
// worker.ts is the worker thread of `shuttle extract --jobs N`; shims give the CommonJS build import.meta.url.
export default defineConfig({
  entry: ["src/index.ts", "src/bin.ts", "src/worker.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "node20",
  shims: true,
});
