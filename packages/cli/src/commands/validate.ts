/** shuttle validate DIR: the datasets against the schemas, the references, datapackage.json's hashes and sizes, and the evidence against the texts. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tables } from "@shuttle/core";
import { checkDataset } from "../check.js";
import { readManifest } from "../corpus.js";
import { readArticle } from "../io.js";

export function runValidate(dir: string, corpusDir: string | null, stderr: (s: string) => void): number {
  const problems: string[] = [];
  const raw: Record<string, unknown> = {};
  for (const t of tables) {
    const file = join(dir, `${t.name}.json`);
    try {
      raw[t.name] = JSON.parse(readFileSync(file, "utf8")) as unknown;
    } catch (e) {
      problems.push(`${file}: ${(e as Error).message}`);
    }
  }
  const texts = new Map<string, string>();
  if (corpusDir && existsSync(join(corpusDir, "manifest.json"))) {
    for (const d of readManifest(corpusDir).documents) {
      try {
        texts.set(d.id, readArticle(join(corpusDir, d.file)));
      } catch (e) {
        problems.push((e as Error).message);
      }
    }
  }
  if (!problems.length) problems.push(...checkDataset(raw, texts).problems);
  const dpFile = join(dir, "datapackage.json");
  if (existsSync(dpFile)) {
    const dp = JSON.parse(readFileSync(dpFile, "utf8")) as { resources: Array<{ path: string; bytes: number; hash: string }> };
    for (const r of dp.resources) {
      const file = join(dir, r.path);
      if (!existsSync(file)) {
        problems.push(`${file}: listed in datapackage.json but missing`);
        continue;
      }
      const buf = readFileSync(file);
      if (buf.length !== r.bytes) problems.push(`${file}: ${buf.length} bytes, datapackage.json says ${r.bytes}`);
      if (`sha256:${createHash("sha256").update(buf).digest("hex")}` !== r.hash) problems.push(`${file}: hash differs from datapackage.json`);
    }
  } else problems.push(`${dpFile}: missing`);
  for (const p of problems) stderr(`shuttle validate: ${p}\n`);
  stderr(`shuttle validate: ${dir}: ${problems.length ? `${problems.length} problem(s)` : `ok (${texts.size} texts checked)`}\n`);
  return problems.length ? 1 : 0;
}
