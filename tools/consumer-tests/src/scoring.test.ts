/**
 * The scoring interface, exactly as it is called from the repository root after the build:
 * `pnpm shuttle extract FILE --published YYYY-MM-DD --format json` prints one JSON object and nothing else.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

function pnpm(args: string[]): string {
  const exec = process.env.npm_execpath;
  const [cmd, pre] = exec && /pnpm/.test(exec) ? [process.execPath, [exec]] : ["npx", ["-y", "pnpm@10.34.9"]];
  return execFileSync(cmd, [...pre, ...args], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

describe("pnpm shuttle extract from the repository root", () => {
  it("prints one JSON object with the records and the actors and places they refer to", () => {
    const file = join(mkdtempSync(join(tmpdir(), "shuttle-scoring-")), "article.txt");
    writeFileSync(
      file,
      "German Foreign Minister Annalena Baerbock met Israeli Foreign Minister Eli Cohen in Jerusalem on Friday.\n“We need humanitarian pauses,” Baerbock told reporters.\nShe will travel to Ramallah on Saturday.\n",
    );
    const out = JSON.parse(pnpm(["shuttle", "extract", file, "--published", "2023-11-03", "--format", "json"]));
    for (const key of ["trips", "meetings", "casualty_figures", "quotes", "actors", "places"])
      expect(Array.isArray(out[key]), key).toBe(true);
    expect(out.meetings[0]).toMatchObject({
      participant_ids: ["annalena-baerbock", "eli-cohen"],
      place_id: "jerusalem",
      date: "2023-11-03",
      status: "held",
    });
    expect(out.quotes[0]).toMatchObject({ speaker_id: "annalena-baerbock" });
    // Jerusalem is implicit (a meeting held there); Ramallah is the planned next stop.
    expect(out.trips[0].destinations).toMatchObject([
      { place_id: "jerusalem", status: "completed", date: "2023-11-03", implicit: true },
      { place_id: "ramallah", status: "planned", date: "2023-11-04", implicit: false },
    ]);
    for (const a of out.actors) expect(a).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String) }));
    for (const p of out.places) expect(p).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String) }));
  }, 60_000);
});
