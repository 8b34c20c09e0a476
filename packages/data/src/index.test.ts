import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { casualtyFigures, cdnUrl, dataset, documents, fetchTable, quotes, tableNames, trips, urls, version } from "./index.js";

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
    await expect(fetchTable("trips", { fetch: failing, baseUrl: "https://example.test/d/" })).rejects.toThrow("https://example.test/d/trips.json answered 404");
  });

  it("fetchTable names the tables when given a link table, without fetching anything", async () => {
    const calls: string[] = [];
    const fake = (async (url: string) => (calls.push(url), new Response("[]"))) as unknown as typeof fetch;
    await expect(fetchTable("meeting_participants" as "meetings", { fetch: fake })).rejects.toThrow(
      'fetchTable: "meeting_participants" is not a table; tables: documents, actors, places, trips, meetings, casualty_figures, quotes',
    );
    expect(calls).toEqual([]);
  });
});
