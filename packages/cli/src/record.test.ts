/** The official record in the CLI: extract links, flags and dates a user's article; build checks the manifest. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./main.js";

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await run(
    argv,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

// Sentences written for these tests; the record facts are Blinken's Tel Aviv leg of 2024-01-09 (s4200) and
// of Friday 2024-03-22 (s4225), the end of his sixth tour to Israel in a run that began in October 2023.
const dir = mkdtempSync(join(tmpdir(), "shuttle-record-"));
const wrongCity = join(dir, "wrong-city.txt");
writeFileSync(wrongCity, "US Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Tuesday.\n");
const undated = join(dir, "undated.txt");
writeFileSync(
  undated,
  "Secretary of State Antony Blinken visited Tel Aviv on Friday on his sixth tour of the " +
    "region since the war began, and met Prime Minister Benjamin Netanyahu there on Friday " +
    "morning.\n",
);

describe("shuttle extract and the official record", () => {
  it("links the meeting of a Secretary to no leg and flags the city the record contradicts, naming the leg", async () => {
    const out = JSON.parse((await cli("extract", wrongCity, "--published", "2024-01-10", "--format", "json")).out);
    expect(out.meetings[0].official_leg_ids).toEqual([]);
    expect(out.meetings[0].conflicts).toEqual([
      expect.objectContaining({ field: "place_id", value: "jerusalem", kind: "official_record", official_leg_id: "s4200" }),
    ]);
    expect(out.official_legs).toEqual([
      expect.objectContaining({
        id: "s4200",
        record_id: "4200",
        country: "IL",
        cities: ["Tel Aviv"],
        url: "https://history.state.gov/departmenthistory/travels/secretary/blinken-antony-j",
      }),
    ]);
  });

  it("dates an undated article from the record and resolves its weekdays against that date", async () => {
    const out = JSON.parse((await cli("extract", undated, "--format", "json")).out);
    expect(out.documents[0]).toMatchObject({
      published: "2024-03-22",
      published_basis: "official_record",
      published_official_leg_ids: ["s4225"],
    });
    expect(out.meetings[0]).toMatchObject({ date: "2024-03-22", date_basis: "official_record", official_leg_ids: ["s4225"] });
    expect(out.trips[0].official_legs).toEqual([{ stop_position: 1, official_leg_id: "s4225" }]);
  });
});

describe("shuttle build and the official record", () => {
  function repo(published_expected: string) {
    const root = mkdtempSync(join(tmpdir(), "shuttle-record-build-"));
    mkdirSync(join(root, "corpus", "articles"), { recursive: true });
    mkdirSync(join(root, "packages", "data"), { recursive: true });
    writeFileSync(join(root, "packages", "data", "package.json"), JSON.stringify({ version: "1.0.0" }));
    writeFileSync(join(root, "corpus", "articles", "u.txt"), readFileSync(undated));
    writeFileSync(
      join(root, "corpus", "manifest.json"),
      JSON.stringify({ documents: [{ id: "u", file: "articles/u.txt", published: null, published_expected }] }),
    );
    return root;
  }
  it("finds the date itself and agrees with the hand-entered one", async () => {
    const root = repo("2024-03-22");
    expect((await cli("build", "--root", root)).code).toBe(0);
    const docs = JSON.parse(readFileSync(join(root, "datasets", "documents.json"), "utf8"));
    expect(docs[0]).toMatchObject({ published: "2024-03-22", published_basis: "official_record" });
  });
  it("fails, naming the file and the legs, when the hand-entered date contradicts the record", async () => {
    const r = await cli("build", "--root", repo("2023-11-03"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("u.txt: published_expected 2023-11-03 contradicts the official record (2024-03-22, legs s4225)");
  });
});
