import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Dataset } from "@shuttle/core";
import { allLayouts, datasetFiles, toCsv } from "./index.js";

const trip = {
  id: "trip_1",
  traveler_id: "antony-blinken",
  start_date: "2024-01-08",
  end_date: "2024-01-09",
  date_precision: "day",
  status: "completed",
  ordinal: null,
  ordinal_text: null,
  document_ids: ["d1"],
  conflicts: [],
  rule: "TripExtractor/x",
  destinations: [
    {
      position: 1,
      place_id: "amman",
      date: "2024-01-08",
      date_precision: "day",
      date_basis: "inferred",
      status: "completed",
      implicit: false,
    },
    {
      position: 2,
      place_id: "tel-aviv",
      date: "2024-01-09",
      date_precision: "day",
      date_basis: "inferred",
      status: "completed",
      implicit: true,
    },
  ],
  evidence: [{ document_id: "d1", start: 0, end: 21, text: 'He said, "go" to Amman' }],
};
const empty: Dataset = { documents: [], actors: [], places: [], trips: [], meetings: [], casualty_figures: [], quotes: [] };

describe("CSV layouts", () => {
  it("splits lists into link tables with owner id and position", () => {
    const l = allLayouts().find((x) => x.name === "trip_destinations")!;
    expect(toCsv(l, [trip])).toBe(
      "trip_id,position,place_id,date,date_precision,date_basis,status,implicit\n" +
        "trip_1,1,amman,2024-01-08,day,inferred,completed,false\n" +
        "trip_1,2,tel-aviv,2024-01-09,day,inferred,completed,true\n",
    );
  });

  it("quotes fields with commas and quotation marks, and leaves null empty", () => {
    const ev = allLayouts().find((x) => x.name === "trip_evidence")!;
    expect(toCsv(ev, [trip]).split("\n")[1]).toBe('trip_1,1,d1,0,21,"He said, ""go"" to Amman"');
    const main = allLayouts().find((x) => x.name === "trips")!;
    expect(toCsv(main, [trip]).split("\n")[1]).toBe("trip_1,antony-blinken,2024-01-08,2024-01-09,day,completed,,,TripExtractor/x");
  });

  it("types columns from the schemas: dates, integers, enums, references", () => {
    const cols = Object.fromEntries(
      allLayouts()
        .find((x) => x.name === "casualty_figures")!
        .columns.map((c) => [c.name, c]),
    );
    expect(cols.count).toMatchObject({ type: "integer", required: true });
    expect(cols.as_of).toMatchObject({ type: "date", required: false });
    expect(cols.qualifier!.enum).toContain("more_than");
    expect(cols.part_of).toMatchObject({ references: "casualty_figures" });
  });
});

describe("datasetFiles", () => {
  it("lists every file in datapackage.json with its size and sha256; JSON files are plain arrays, NDJSON one record a line", () => {
    const trips = [trip, { ...trip, id: "trip_2" }] as Dataset["trips"];
    const files = datasetFiles({ ...empty, trips }, { name: "t", title: "T", version: "1.2.3", description: "d" });
    const dp = JSON.parse(files.get("datapackage.json")!);
    expect(dp.version).toBe("1.2.3");
    expect(JSON.parse(files.get("trips.json")!)).toEqual([trip, { ...trip, id: "trip_2" }]);
    expect(
      files
        .get("trips.ndjson")!
        .split("\n")
        .map((l) => l && JSON.parse(l).id),
    ).toEqual(["trip_1", "trip_2", ""]);
    expect(files.get("quotes.json")).toBe("[]\n");
    const listed = new Set(dp.resources.map((r: { path: string }) => r.path));
    for (const path of files.keys()) if (path !== "datapackage.json" && path !== "README.md") expect(listed.has(path)).toBe(true);
    for (const r of dp.resources) {
      const content = files.get(r.path)!;
      expect(r.bytes).toBe(Buffer.byteLength(content));
      expect(r.hash).toBe(`sha256:${createHash("sha256").update(content).digest("hex")}`);
    }
    const dest = dp.resources.find((r: { name: string }) => r.name === "trip_destinations");
    expect(dest.schema.foreignKeys).toContainEqual({ fields: "trip_id", reference: { resource: "trips", fields: "id" } });
    expect(dest.schema.foreignKeys).toContainEqual({ fields: "place_id", reference: { resource: "places", fields: "id" } });
  });

  it("is deterministic", () => {
    const a = datasetFiles(empty, { name: "t", title: "T", version: "1", description: "d" });
    const b = datasetFiles(empty, { name: "t", title: "T", version: "1", description: "d" });
    expect([...a]).toEqual([...b]);
  });
});

describe("link table columns", () => {
  it("name one item of the list in the singular", () => {
    const value = (name: string) => allLayouts().find((x) => x.name === name)!.columns[2]!.name;
    expect(value("actor_aliases")).toBe("alias");
    expect(value("place_aliases")).toBe("alias");
    expect(value("document_warnings")).toBe("warning");
    expect(value("meeting_participants")).toBe("actor_id");
  });
});

describe("nullable fields", () => {
  it("are not required, whatever form zod gives them in JSON Schema", () => {
    const cols = Object.fromEntries(
      allLayouts()
        .find((x) => x.name === "documents")!
        .columns.map((c) => [c.name, c]),
    );
    for (const name of ["title", "published", "published_note", "dateline", "outlet", "byline", "url"])
      expect(cols[name]!.required, name).toBe(false);
    expect(cols.id!.required).toBe(true);
    const meetings = Object.fromEntries(
      allLayouts()
        .find((x) => x.name === "meetings")!
        .columns.map((c) => [c.name, c]),
    );
    expect(meetings.date_precision).toMatchObject({ required: false, enum: ["day", "week", "month", "year"] });
  });
});
