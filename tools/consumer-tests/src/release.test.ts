/**
 * The release flow on a scratch copy of the workspace: a changeset for a data change, `changeset version`,
 * the dataset build, `shuttle data-changelog`, and the entry that lists what changed in the data.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const shuttle = join(root, "packages", "cli", "dist", "bin.js");
const changeset = join(root, "node_modules", "@changesets", "cli", "bin.js");

describe("release: a changeset for a data change produces a data changelog entry", () => {
  it("versions the data package and lists the records added, by table", () => {
    const tmp = mkdtempSync(join(tmpdir(), "shuttle-release-"));
    for (const p of ["package.json", "pnpm-workspace.yaml", ".changeset/config.json", "corpus"])
      cpSync(join(root, p), join(tmp, p), { recursive: true });
    for (const pkg of ["core", "parsers", "exporters", "reference", "cli", "data"])
      cpSync(join(root, "packages", pkg, "package.json"), join(tmp, "packages", pkg, "package.json"), { recursive: true });
    const run = (cmd: string, args: string[]) =>
      execFileSync(process.execPath, [cmd, ...args], { cwd: tmp, encoding: "utf8", stdio: "pipe" });
    const version = () => JSON.parse(readFileSync(join(tmp, "packages", "data", "package.json"), "utf8")).version as string;
    const before = version();

    // The state of the last release.
    run(shuttle, ["build", "--root", tmp]);
    run(shuttle, ["data-changelog", "--root", tmp]);
    expect(readFileSync(join(tmp, "packages", "data", "DATA_CHANGELOG.md"), "utf8")).toContain(`## ${before}`);

    // A data change: one more article, and its changeset.
    writeFileSync(
      join(tmp, "corpus", "articles", "900_new.txt"),
      "German Foreign Minister Annalena Baerbock met Israeli Foreign Minister Eli Cohen in Jerusalem on Friday. “We need humanitarian pauses,” Baerbock told reporters.\n",
    );
    const manifest = JSON.parse(readFileSync(join(tmp, "corpus", "manifest.json"), "utf8"));
    manifest.documents.push({ id: "900_new", file: "articles/900_new.txt", published: "2023-11-03" });
    writeFileSync(join(tmp, "corpus", "manifest.json"), JSON.stringify(manifest, null, 2));
    writeFileSync(join(tmp, ".changeset", "new-article.md"), '---\n"@shuttle/data": minor\n---\n\nNew records from one more article.\n');

    run(changeset, ["version"]);
    const after = version();
    expect(after).not.toBe(before);
    expect(after.split(".")[1]).toBe(String(Number(before.split(".")[1]) + 1));
    run(shuttle, ["build", "--root", tmp]);
    expect(JSON.parse(readFileSync(join(tmp, "datasets", "datapackage.json"), "utf8")).version).toBe(after);
    run(shuttle, ["data-changelog", "--root", tmp]);

    const log = readFileSync(join(tmp, "packages", "data", "DATA_CHANGELOG.md"), "utf8");
    const entry = log.slice(log.indexOf(`## ${after}`), log.indexOf(`## ${before}`));
    expect(entry).toContain(`Data compared with ${before}.`);
    expect(entry).toMatch(/\| meetings \| 1 \| 0 \| 0 \|/);
    expect(entry).toMatch(/\| quotes \| 1 \| 0 \| 0 \|/);
    expect(entry).toMatch(/\| documents \| 1 \| 0 \| 0 \|/);
    expect(entry).toMatch(/- quotes added: quote_[0-9a-f]{16}/);
    expect(log.indexOf(`## ${after}`)).toBeLessThan(log.indexOf(`## ${before}`));
    expect(readFileSync(join(tmp, "packages", "data", "CHANGELOG.md"), "utf8")).toContain("New records from one more article.");
  }, 120_000);
});
