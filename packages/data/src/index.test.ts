import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tables } from "@shuttle/core";
import {
  actors,
  casualtyFigures,
  cdnUrl,
  dataset,
  documents,
  fetchTable,
  meetings,
  nameFields,
  places,
  quotes,
  tableNames,
  trips,
  urls,
  version,
  withNames,
} from "./index.js";

const datasetFile = (name: string) => JSON.parse(readFileSync(new URL(`../../../datasets/${name}.json`, import.meta.url), "utf8"));

describe("@shuttle/data", () => {
  it("exports every table's records as in datasets/ (plain arrays), with the package version", () => {
    for (const t of tableNames) {
      const file = datasetFile(t);
      expect(Array.isArray(file), t).toBe(true);
      expect(dataset[t]).toEqual(file);
    }
    expect(datasetFile("datapackage").version).toBe(version);
    expect(quotes.length).toBeGreaterThan(0);
    expect(trips[0]!.destinations.length).toBeGreaterThan(0);
    expect(casualtyFigures.every((c) => c.evidence.length > 0)).toBe(true);
  });

  it("ships no article text: documents carry a sha256 and a length instead", () => {
    for (const d of documents) {
      expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(Object.keys(d)).not.toContain("text");
    }
  });

  it("gives version-pinned CDN URLs", () => {
    expect(cdnUrl("trips.csv")).toBe(`https://cdn.jsdelivr.net/npm/@shuttle/data@${version}/data/trips.csv`);
    expect(urls.csv.quotes).toBe(cdnUrl("quotes.csv"));
    expect(cdnUrl("datapackage.json", "unpkg")).toBe(`https://unpkg.com/@shuttle/data@${version}/data/datapackage.json`);
  });

  it("fetchTable loads a table through the given fetch and fails clearly on an HTTP error", async () => {
    const calls: string[] = [];
    const fake = (async (url: string) => {
      calls.push(url);
      return new Response(JSON.stringify([{ id: "quote_x" }]), { status: 200 });
    }) as unknown as typeof fetch;
    expect(await fetchTable("quotes", { fetch: fake })).toEqual([{ id: "quote_x" }]);
    expect(calls).toEqual([urls.json.quotes]);
    const failing = (async () => new Response("", { status: 404 })) as unknown as typeof fetch;
    await expect(fetchTable("trips", { fetch: failing, baseUrl: "https://example.test/d/" })).rejects.toThrow(
      "https://example.test/d/trips.json answered 404",
    );
  });

  it("fetchTable names the tables when given a link table, without fetching anything", async () => {
    const calls: string[] = [];
    const fake = (async (url: string) => {
      calls.push(url);
      return new Response("[]");
    }) as unknown as typeof fetch;
    await expect(fetchTable("meeting_participants" as "meetings", { fetch: fake })).rejects.toThrow(
      'fetchTable: "meeting_participants" is not a table; tables: official_legs, documents, ' +
        "actors, places, trips, meetings, casualty_figures, quotes",
    );
    expect(calls).toEqual([]);
  });
});

describe("withNames", () => {
  it("joins actor and place names onto every kind of record, keeping the ids", () => {
    const m = withNames(meetings).find((x) => x.place_id && x.participant_ids.length > 1)!;
    expect(m.participants).toEqual(m.participant_ids.map((id) => actors.find((a) => a.id === id)!.name));
    expect(m.place).toBe(places.find((p) => p.id === m.place_id)!.name);
    expect(m.id).toMatch(/^meeting_/);
    const t = withNames(trips)[0]!;
    expect(t.traveler).toBe(actors.find((a) => a.id === t.traveler_id)!.name);
    expect(t.destinations.map((d) => d.place)).toEqual(t.destinations.map((d) => places.find((p) => p.id === d.place_id)!.name));
    const q = withNames(quotes).find((x) => x.speaker_id)!;
    expect(q.speaker).toBe(actors.find((a) => a.id === q.speaker_id)!.name);
    expect(withNames(quotes).find((x) => !x.speaker_id)?.speaker ?? null).toBe(null);
    const c = withNames(casualtyFigures).find((x) => x.attributed_to_id)!;
    expect(c.attributed_to).toBe(actors.find((a) => a.id === c.attributed_to_id)!.name);
  });

  it("does not change the bundled records", () => {
    const before = JSON.stringify(meetings);
    withNames(meetings);
    expect(JSON.stringify(meetings)).toBe(before);
  });

  it("covers every field that refers to actors or places in the schemas of @shuttle/core", () => {
    const named = tables.flatMap((t) => Object.entries(t.references).filter(([, ref]) => ref === "actors" || ref === "places"));
    const fromCore = named.map(([f, ref]) => `${f.split(".").pop()}:${ref}`);
    const covered = Object.entries(nameFields).map(([f, { table }]) => `${f}:${table}`);
    expect([...new Set(fromCore)].sort()).toEqual(covered.sort());
  });
});

describe("citation and licence", () => {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  it("the licence field names the code's (MIT) and the data's (CC BY 4.0) licences, and LICENSE holds both", () => {
    expect(pkg.license).toBe("(MIT AND CC-BY-4.0)");
    const text = readFileSync(new URL("../LICENSE", import.meta.url), "utf8");
    expect(text).toContain("MIT License");
    expect(text).toContain("Creative Commons Attribution 4.0");
  });

  it("CITATION.cff is a CFF 1.2.0 dataset citation with the data licence and the package's homepage", () => {
    const cff = readFileSync(new URL("../../../CITATION.cff", import.meta.url), "utf8");
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toMatch(/^type: dataset$/m);
    expect(cff).toMatch(/^license: CC-BY-4\.0$/m);
    expect(cff).toMatch(/^title: ".+"$/m);
    expect(cff).toMatch(/^authors:\n {2}- name: .+$/m);
    expect(cff).toContain(`url: "${pkg.homepage}"`);
  });
});
