#!/usr/bin/env node
// The command's entry. It stays in the repository (not in dist/) so that `pnpm install` can link the
// `shuttle` bin before the first build; the code it runs is the built CLI.
await import("../dist/bin.js");
