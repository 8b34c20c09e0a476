/**
 * Outputs are never lost: `extract --out` and `build` are killed (SIGKILL) at every kind of point of their
 * write protocol and after random short delays; every file left is whole (the old or the new content), no
 * other file is touched, and once the next run's recovery has finished the folder holds the old set or the
 * new set, never a mix. Runs the built CLI (dist/), as users do.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { FILES_MANIFEST, JOURNAL, recoverOutput } from "./output.js";

const bin = join(__dirname, "..", "dist", "bin.js");
const tmp = mkdtempSync(join(tmpdir(), "shuttle-kill-"));

/** Every regular file under dir (relative path → content). */
function snapshot(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name))
      .map((f) => [relative(dir, f), readFileSync(f, "utf8")] as [string, string])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}
const visible = (m: Map<string, string>) => new Map([...m].filter(([p]) => !p.split("/").some((s) => s.startsWith("."))));

function restore(dir: string, state: Map<string, string>) {
  rmSync(dir, { recursive: true, force: true });
  for (const [p, c] of state) {
    mkdirSync(join(dir, p, ".."), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
}

function runKilled(args: string[], env: Record<string, string>, delayMs: number | null): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: "ignore" });
    const timer = delayMs === null ? null : setTimeout(() => child.kill("SIGKILL"), delayMs);
    child.on("exit", () => {
      if (timer) clearTimeout(timer);
      resolve();
    });
  });
}

/** The number of file operations a full run makes: the largest SHUTTLE_KILL_AT that still kills it (binary search). */
function operationsOf(args: string[], out: string, old: Map<string, string>): number {
  const kills = (n: number) => {
    restore(out, old);
    return spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, SHUTTLE_KILL_AT: String(n) } }).signal === "SIGKILL";
  };
  let lo = 1; // kills
  let hi = 1024; // does not
  expect(kills(lo) && !kills(hi)).toBe(true);
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (kills(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

async function killTest(name: string, args: string[], out: string, old: Map<string, string>, next: Map<string, string>) {
  const total = operationsOf(args, out, old);
  expect(total, `${name} makes file operations`).toBeGreaterThan(10);
  // every operation near the commit, and a spread over the rest
  const half = Math.floor(total / 2); // about where the journal commits: temporary files before, renames after
  const points = [...new Set([1, Math.floor(total / 4), half - 1, half, half + 1, half + 2, total - 2, total - 1, total])];
  type Plan = { env: Record<string, string>; delay: number | null };
  const plans: Plan[] = points.map((n) => ({ env: { SHUTTLE_KILL_AT: String(n) }, delay: null }));
  for (let i = 0; i < 8; i++) plans.push({ env: {}, delay: 50 + Math.floor(Math.random() * 900) });
  const seen = { old: 0, next: 0 };
  for (const plan of plans) {
    restore(out, old);
    await runKilled(args, plan.env, plan.delay);
    const after = snapshot(out);
    const when = plan.delay === null ? `at operation ${plan.env.SHUTTLE_KILL_AT} of ${total}` : `after ${plan.delay} ms`;
    const what = `${name} killed ${when}`;
    for (const [p, c] of visible(after)) expect(c === old.get(p) || c === next.get(p), `${what}: ${p} is whole`).toBe(true);
    expect(after.get("keep.txt"), `${what}: the user's file is kept`).toBe("mine\n");
    recoverOutput(out);
    const recovered = snapshot(out);
    const isOld = [...visible(recovered)].join() === [...visible(old)].join();
    const isNew = [...visible(recovered)].join() === [...visible(next)].join();
    expect(isOld || isNew, `${what}: after recovery the old set or the new one`).toBe(true);
    if (isOld) seen.old++;
    else seen.next++;
    expect(
      [...recovered.keys()].filter((p) => p.includes(".shuttle-tmp-") || p.endsWith(JOURNAL)),
      `${what}: no leftovers`,
    ).toEqual([]);
    expect(recovered.get(FILES_MANIFEST), what).toBe((isOld ? old : next).get(FILES_MANIFEST));
  }
  // the fixed kill points reach both sides of the commit
  expect(seen.old, name).toBeGreaterThan(0);
  expect(seen.next, name).toBeGreaterThan(0);
}

const articleA = "Foreign Minister Jane Doe met President John Roe in Cairo on Monday. “We want calm,” Doe said.\n";
// Published Sunday 2024-01-07, the day the official record has Blinken in Amman: a manifest date the record
// contradicts fails the build.
const articleB = "Secretary of State Antony Blinken travelled to Amman on Sunday and met King Abdullah II.\n";

describe.skipIf(!existsSync(bin))("killed runs lose nothing (built CLI)", () => {
  it("extract --out: old set or new set, every file whole, other files kept", async () => {
    writeFileSync(join(tmp, "a.txt"), articleA);
    writeFileSync(join(tmp, "b.txt"), articleB);
    const out = join(tmp, "out");
    mkdirSync(out);
    writeFileSync(join(out, "keep.txt"), "mine\n");
    const run = (args: string[]) => expect(spawnSync(process.execPath, [bin, ...args]).status).toBe(0);
    run(["extract", join(tmp, "a.txt"), "--format", "csv", "--out", out]);
    const old = snapshot(out);
    const args = ["extract", join(tmp, "a.txt"), join(tmp, "b.txt"), "--format", "csv", "--out", out, "--jobs", "1"];
    run(args);
    const next = snapshot(out);
    expect([...visible(next)].join()).not.toBe([...visible(old)].join());
    await killTest("extract", args, out, old, next);
  }, 300_000);

  it("build: old set or new set, every file whole, other files kept", async () => {
    const root = join(tmp, "repo");
    mkdirSync(join(root, "corpus", "articles"), { recursive: true });
    mkdirSync(join(root, "packages", "data"), { recursive: true });
    writeFileSync(join(root, "packages", "data", "package.json"), JSON.stringify({ version: "1.0.0" }));
    writeFileSync(join(root, "corpus", "articles", "a.txt"), articleA);
    writeFileSync(join(root, "corpus", "articles", "b.txt"), articleB);
    const entry = (id: string) => ({ id, file: `articles/${id}.txt`, published: "2024-01-07" });
    const manifest = (ids: string[]) => JSON.stringify({ documents: ids.map(entry) });
    const out = join(root, "datasets");
    mkdirSync(out);
    writeFileSync(join(out, "keep.txt"), "mine\n");
    writeFileSync(join(root, "corpus", "manifest.json"), manifest(["a"]));
    expect(spawnSync(process.execPath, [bin, "build", "--root", root]).status).toBe(0);
    const old = snapshot(out);
    writeFileSync(join(root, "corpus", "manifest.json"), manifest(["a", "b"]));
    const saved = join(tmp, "saved");
    cpSync(out, saved, { recursive: true });
    expect(spawnSync(process.execPath, [bin, "build", "--root", root]).status).toBe(0);
    const next = snapshot(out);
    expect([...visible(next)].join()).not.toBe([...visible(old)].join());
    await killTest("build", ["build", "--root", root], out, old, next);
  }, 300_000);
});
