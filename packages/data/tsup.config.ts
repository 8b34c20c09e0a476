import { defineConfig } from "tsup";
// The records are bundled into dist (JSON imports), so `import { trips }` needs no file system access.
export default defineConfig({ entry: ["src/index.ts"], format: ["esm", "cjs"], dts: true, clean: true, target: "es2022" });
