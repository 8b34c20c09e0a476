import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract.js";
import { mergeCorpus } from "./merge.js";

describe("mergeCorpus", () => {
  const a = extractDocument("Secretary of State Antony Blinken met Prime Minister Benjamin Netanyahu in Jerusalem on Tuesday.", {
    id: "a",
    published: "2024-01-10",
  });
  const b = extractDocument("Blinken met Netanyahu in Tel Aviv on Tuesday, and will travel to Cairo.", {
    id: "b",
    published: "2024-01-11",
  });
  const c = extractDocument("Tony Blinken will meet Benjamin Netanyahu in Jerusalem next month.", { id: "c", published: "2024-06-01" });
  const ds = mergeCorpus([a, b, c]);

  it("merges the same meeting reported by two articles, keeping the other place as a conflict", () => {
    const jan = ds.meetings.filter((m) => m.date === "2024-01-09");
    expect(jan).toHaveLength(1);
    expect(jan[0]!.document_ids).toEqual(["a", "b"]);
    expect(jan[0]!.place_id).toBe("jerusalem");
    expect(jan[0]!.conflicts).toEqual([{ field: "place_id", value: "tel-aviv", document_id: "b" }]);
    expect(jan[0]!.evidence.map((e) => e.document_id)).toEqual(["a", "b"]);
  });

  it("keeps a meeting months later apart", () => {
    expect(ds.meetings.filter((m) => m.document_ids.includes("c"))).toHaveLength(1);
    expect(ds.meetings).toHaveLength(2);
  });

  it("one actor per person: surname-only and nickname mentions join the full name", () => {
    expect(ds.actors.map((x) => x.id)).toEqual(["antony-blinken", "benjamin-netanyahu"]);
    const blinken = ds.actors[0]!;
    expect(blinken.document_ids).toEqual(["a", "b", "c"]);
    expect(blinken.aliases).toEqual(expect.arrayContaining(["Blinken", "Tony Blinken"]));
  });

  it("is deterministic", () => {
    expect(JSON.stringify(mergeCorpus([a, b, c]))).toBe(JSON.stringify(ds));
  });
});

describe("mergeCorpus: monarchs", () => {
  it("'King Abdullah' in one article and 'King Abdullah II' in another are one actor", () => {
    const a = extractDocument("Secretary of State Antony Blinken will meet Jordanian King Abdullah in Amman.", {
      id: "a",
      published: "2021-05-24",
    });
    const b = extractDocument("Secretary of State Antony Blinken will meet King Abdullah II of Jordan.", {
      id: "b",
      published: "2023-10-12",
    });
    const ds = mergeCorpus([a, b]);
    expect(ds.actors.map((x) => x.id)).toEqual(["abdullah-ii", "antony-blinken"]);
    expect(ds.meetings.map((m) => m.participant_ids[1])).toEqual(["abdullah-ii", "abdullah-ii"]);
  });
});

describe("the merge takes linear time", () => {
  // One article's records reported by n documents: every record folds into the same trip, meeting and actors, the
  // case that made the merge quadratic (document ids and evidence re-sorted at every fold: 87x at 300 and 3,000).
  // CPU time of this process, two sizes 10x apart, best of interleaved rounds; quadratic cost gives ~100x.
  const one = extractDocument(
    "Secretary of State Antony Blinken met Prime Minister Benjamin Netanyahu in Jerusalem on Tuesday. " +
      "Blinken later travelled to Amman. “We will help,” Blinken said. At least 12 people were killed.",
    { id: "x", published: "2024-01-10" },
  );
  const corpus = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const e = structuredClone(one);
      const id = `doc-${String(i).padStart(6, "0")}` as typeof e.document.id;
      e.document.id = id;
      for (const r of [...e.trips, ...e.meetings, ...e.casualty_figures, ...e.quotes]) {
        r.id = `${r.id}-${i}` as typeof r.id;
        for (const ev of r.evidence) ev.document_id = id;
        if ("document_ids" in r) r.document_ids = [id];
        if ("document_id" in r) r.document_id = id;
      }
      for (const x of [...e.actors, ...e.places]) x.document_ids = [id];
      return e;
    });
  const cpu = (docs: ReturnType<typeof corpus>) => {
    const start = process.cpuUsage();
    mergeCorpus(docs);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  it("ten times the documents take at most about twenty times as long", () => {
    // Large enough that the smaller size takes tens of milliseconds: a few milliseconds are too close to the
    // timer's grain and a garbage collection to give a steady ratio.
    const small = corpus(1000);
    const large = corpus(10_000);
    let s = Infinity;
    let l = Infinity;
    for (let round = 0; round < 5 && (round < 2 || l / s >= 20); round++) {
      s = Math.min(s, cpu(small), cpu(small));
      l = Math.min(l, cpu(large));
    }
    expect(mergeCorpus(large).meetings).toHaveLength(1);
    expect(l / Math.max(s, 1), `${s.toFixed(0)} ms for 1,000 documents, ${l.toFixed(0)} ms for 10,000`).toBeLessThan(20);
  }, 120_000);
});
