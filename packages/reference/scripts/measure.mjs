#!/usr/bin/env node
/**
 * Measures the official record on articles: runs `shuttle extract` on each file (with --published taken from
 * a gold folder's <name>.json when one is given) and counts, for the trip stops and meetings of travellers
 * in the record, how many agree with an official leg, how many conflict with it, and how many it cannot
 * judge. Prints the conflicts so that a person can tell the article's errors from the extractor's.
 * Prints counts and record values only, never article text.
 *
 * Usage (after the build): node packages/reference/scripts/measure.mjs [--gold DIR] FILE...
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PersonMatcher, officialRecord } from "../dist/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const args = process.argv.slice(2);
const goldAt = args.indexOf("--gold");
const gold = goldAt >= 0 ? args.splice(goldAt, 2)[1] : null;
const matcher = new PersonMatcher(officialRecord());
const total = { stops: 0, stopAgree: 0, stopConflict: 0, meetings: 0, meetingAgree: 0, meetingConflict: 0 };

for (const file of args) {
  const name = basename(file, extname(file));
  const goldFile = gold ? join(gold, `${name}.json`) : null;
  const published = goldFile && existsSync(goldFile) ? JSON.parse(readFileSync(goldFile, "utf8")).published : null;
  const argv = [
    join(root, "packages/cli/dist/bin.js"),
    "extract",
    file,
    "--format",
    "json",
    ...(published ? ["--published", published] : []),
  ];
  let out;
  try {
    out = JSON.parse(execFileSync(process.execPath, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
  } catch (e) {
    out = JSON.parse(e.stdout || "{}");
  }
  if (!out.documents) continue;
  const doc = out.documents[0];
  const matched = new Set(out.actors.filter((a) => matcher.match(a, doc.published)).map((a) => a.id));
  const lines = [];
  let stops = 0,
    stopAgree = 0,
    stopConflict = 0,
    meetings = 0,
    meetingAgree = 0,
    meetingConflict = 0;
  for (const t of out.trips.filter((x) => matched.has(x.traveler_id))) {
    for (const s of t.destinations) {
      stops++;
      const legs = t.official_legs.filter((l) => l.stop_position === s.position).map((l) => l.official_leg_id);
      const conflicts = t.conflicts.filter((c) => c.kind === "official_record" && c.field.startsWith(`destinations.${s.place_id}.`));
      if (legs.length) stopAgree++;
      if (conflicts.length) stopConflict++;
      for (const c of conflicts)
        lines.push(
          `  stop ${t.traveler_id} ${s.place_id} ${s.date ?? "-"} ${s.status}: ${c.field}=${c.value} | record ${c.official_leg_id ?? "-"}: ${c.official_value}`,
        );
      if (!legs.length && !conflicts.length) lines.push(`  stop ${t.traveler_id} ${s.place_id} ${s.date ?? "-"} ${s.status}: not judged`);
    }
  }
  for (const m of out.meetings.filter((x) => x.participant_ids.some((p) => matched.has(p)))) {
    meetings++;
    const conflicts = m.conflicts.filter((c) => c.kind === "official_record");
    if (m.official_leg_ids.length) meetingAgree++;
    if (conflicts.length) meetingConflict++;
    for (const c of conflicts)
      lines.push(
        `  meeting ${m.participant_ids.join("+")} ${m.place_id ?? "-"} ${m.date ?? "-"} ${m.status}: ${c.field}=${c.value} | record ${c.official_leg_id ?? "-"}: ${c.official_value}`,
      );
  }
  console.log(
    `${name}: published ${doc.published ?? "-"} (${doc.published_basis}); recorded travellers ${[...matched].join(", ") || "-"}; ` +
      `stops ${stops} agree ${stopAgree} conflict ${stopConflict}; meetings ${meetings} agree ${meetingAgree} conflict ${meetingConflict}`,
  );
  for (const w of doc.warnings.filter((x) => x.includes("official record"))) console.log(`  warning: ${w}`);
  for (const l of lines) console.log(l);
  Object.assign(total, {
    stops: total.stops + stops,
    stopAgree: total.stopAgree + stopAgree,
    stopConflict: total.stopConflict + stopConflict,
    meetings: total.meetings + meetings,
    meetingAgree: total.meetingAgree + meetingAgree,
    meetingConflict: total.meetingConflict + meetingConflict,
  });
}
console.log(
  `TOTAL: trip stops of recorded travellers ${total.stops}: agree ${total.stopAgree}, conflict ${total.stopConflict}, not judged ${total.stops - total.stopAgree - total.stopConflict}; ` +
    `meetings ${total.meetings}: agree ${total.meetingAgree}, conflict ${total.meetingConflict}`,
);
