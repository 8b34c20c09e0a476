import { defineConfig } from "vitest/config";
// Resolve workspace packages to their src/ through the "source" export condition: no build needed for tests.
export default defineConfig({ resolve: { conditions: ["source"] }, ssr: { resolve: { conditions: ["source"] } } });
