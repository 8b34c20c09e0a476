// Packs every public package with pnpm (which turns workspace: ranges into real versions), without
// publishing: the dry run of a release. Prints each tarball with its size and file count.
// Usage: node scripts/pack-all.mjs [DEST]   (default .tmp/pack)
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** pnpm as the running pnpm (npm_execpath) or the pinned version through npx. */
export function pnpm(args, cwd) {
  const exec = process.env.npm_execpath;
  if (exec && /pnpm/.test(exec)) return execFileSync(process.execPath, [exec, ...args], { cwd, encoding: "utf8" });
  return execFileSync("npx", ["-y", "pnpm@10.34.9", ...args], { cwd, encoding: "utf8" });
}

export function publicPackages() {
  return readdirSync(join(root, "packages"))
    .map((d) => join(root, "packages", d))
    .filter((d) => {
      try {
        return !JSON.parse(readFileSync(join(d, "package.json"), "utf8")).private;
      } catch {
        return false;
      }
    });
}

export function packAll(dest = join(root, ".tmp", "pack")) {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const out = [];
  for (const dir of publicPackages()) {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const res = pnpm(["pack", "--pack-destination", dest, "--json"], dir);
    const info = JSON.parse(res.slice(res.indexOf("{")));
    out.push({ name: pkg.name, version: pkg.version, tarball: resolve(dest, info.filename.split("/").pop()), files: info.files.length });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const dest = process.argv[2] ? resolve(process.argv[2]) : undefined;
  for (const p of packAll(dest))
    console.log(`${p.name}@${p.version}  ${(statSync(p.tarball).size / 1024).toFixed(1)} kB  ${p.files} files  ${p.tarball}`);
}
