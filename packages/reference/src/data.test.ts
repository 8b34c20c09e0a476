import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { officialRecord } from "./record.js";

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const xml = resolve(pkg, "..", "..", "..", "shared", "reference");

describe("the vendored record", () => {
  it("holds facts only, with the source commit and licence", () => {
    const r = officialRecord();
    expect(r.source).toMatchObject({ repository: "HistoryAtState/travels", licence: expect.stringContaining("CC0") });
    expect(r.source.commit).toMatch(/^[0-9a-f]{40}$/);
    const keys = new Set(r.legs.flatMap((l) => Object.keys(l)));
    expect([...keys].sort()).toEqual([
      "cities",
      "country",
      "country_id",
      "country_name",
      "end",
      "id",
      "met",
      "person",
      "record_id",
      "role",
      "start",
    ]);
    expect(new Set(r.visits.flatMap((v) => Object.keys(v))).has("description")).toBe(false);
    expect(r.legs.every((l) => l.start <= l.end)).toBe(true);
    expect(r.legs.filter((l) => !l.country)).toEqual([]);
  });

  // The XML lives beside the repository (../shared/reference); where it is, the script must reproduce the files.
  it.skipIf(!existsSync(xml))(
    "is what scripts/convert.mjs makes from the XML, byte for byte",
    () => {
      expect(() => execFileSync(process.execPath, [join(pkg, "scripts", "convert.mjs"), xml, "--check"], { stdio: "pipe" })).not.toThrow();
    },
    300_000,
  ); // parses 5 MB of XML: seconds alone, much longer on a loaded machine
});
