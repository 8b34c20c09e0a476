/**
 * shuttle merge SHARD...: the reduce step. Reads the NDJSON that `shuttle extract --format ndjson` writes
 * (each document's own records, tagged with their table), rebuilds each document's extraction and runs the
 * corpus merge, so shards extracted apart give the same output as one `shuttle extract` over all articles.
 */
import { createReadStream, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { tables } from "@shuttle/core";
import type { Extraction } from "@shuttle/parsers";
import { emitDataset, type Format } from "../emit.js";
import { mergeChecked } from "../merged.js";
import { assertRegularFile, type InputError } from "../io.js";
import { linesOf } from "../inputs.js";

export interface MergeOptions {
  shards: string[];
  format: Format;
  out?: string;
  stdin: AsyncIterable<Uint8Array>;
}

const tableNames = new Set<string>(tables.map((t) => t.name));

/** The document a per-document record belongs to (its extraction has only that one). */
function documentOf(table: string, r: Record<string, unknown>): unknown {
  if (table === "documents") return r.id;
  return r.document_id ?? (Array.isArray(r.document_ids) ? r.document_ids[0] : undefined);
}

export async function runMerge(opts: MergeOptions, stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  const byDoc = new Map<string, Extraction>();
  const orphans = new Map<string, Array<[string, Record<string, unknown>]>>();
  let failed = 0;
  const problem = (where: string, reason: string) => {
    failed++;
    stderr(`shuttle merge: ${where}: ${reason}\n`);
  };
  const shards = opts.shards.flatMap((s) => {
    try {
      if (s === "-" || !statSync(s).isDirectory()) return [s];
      return readdirSync(s)
        .filter((f) => /\.(?:ndjson|jsonl)$/.test(f))
        .sort()
        .map((f) => join(s, f));
    } catch {
      return [s];
    }
  });
  for (const shard of shards) {
    let input: AsyncIterable<Uint8Array>;
    if (shard === "-") input = opts.stdin;
    else {
      try {
        assertRegularFile(shard);
      } catch (e) {
        problem(shard, (e as InputError).message.slice(shard.length + 2));
        continue;
      }
      input = createReadStream(shard);
    }
    let n = 0;
    for await (const line of linesOf(input)) {
      n++;
      if (!line.trim()) continue;
      let r: Record<string, unknown>;
      try {
        r = JSON.parse(line.replace(/^\uFEFF/, ""));
      } catch {
        problem(`${shard}:${n}`, "not JSON");
        continue;
      }
      const { table, ...record } = r as { table?: unknown };
      const doc = documentOf(String(table), record);
      if (typeof table !== "string" || !tableNames.has(table)) {
        problem(`${shard}:${n}`, `not a record of shuttle extract --format ndjson (table is ${JSON.stringify(table)})`);
      } else if (typeof doc !== "string") problem(`${shard}:${n}`, "a record without a document id");
      else if (table === "documents") {
        if (byDoc.has(doc)) problem(`${shard}:${n}`, `document ${doc} appears twice; each document must be extracted once`);
        else {
          const document = record as Extraction["document"];
          const e: Extraction = { document, actors: [], places: [], trips: [], meetings: [], casualty_figures: [], quotes: [] };
          byDoc.set(doc, e);
          for (const [t, rec] of orphans.get(doc) ?? []) (e[t as "quotes"] as unknown[]).push(rec);
          orphans.delete(doc);
        }
      } else {
        const e = byDoc.get(doc);
        if (e) (e[table as "quotes"] as unknown[]).push(record);
        else {
          if (!orphans.has(doc)) orphans.set(doc, []);
          orphans.get(doc)!.push([table, record]);
        }
      }
    }
  }
  for (const doc of orphans.keys()) problem(doc, "records without their document line; skipped");
  if (byDoc.size) {
    const out = emitDataset(mergeChecked([...byDoc.values()]), opts.format, opts.out, stdout);
    if (out) stderr(`shuttle merge: wrote ${opts.format.toUpperCase()} to ${out}\n`);
  }
  return failed ? 1 : 0;
}
