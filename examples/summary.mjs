// A runnable example: load the typed records from the installed @shuttle/data package and summarise them.
//   npm install @shuttle/data && node summary.mjs
import { actors, casualtyFigures, meetings, places, quotes, trips, version } from "@shuttle/data";

const actorName = new Map(actors.map((a) => [a.id, a.name]));
const placeName = new Map(places.map((p) => [p.id, p.name]));

console.log(
  `Shuttle data ${version}: ${trips.length} trips, ${meetings.length} meetings, ${casualtyFigures.length} casualty figures, ${quotes.length} quotes`,
);

const bySpeaker = new Map();
for (const q of quotes) bySpeaker.set(q.speaker_id ?? "(unknown)", (bySpeaker.get(q.speaker_id ?? "(unknown)") ?? 0) + 1);
console.log("quotes by speaker:");
for (const [id, n] of [...bySpeaker].sort((a, b) => b[1] - a[1])) console.log(`  ${actorName.get(id) ?? id}: ${n}`);

console.log("trips:");
for (const t of trips) {
  const stops = t.destinations.map((d) => `${placeName.get(d.place_id)}${d.status === "planned" ? " (planned)" : ""}`).join(" → ");
  console.log(`  ${actorName.get(t.traveler_id)} ${t.start_date ?? "?"}: ${stops}`);
}

console.log("casualty figures, as written, with their evidence:");
for (const c of casualtyFigures)
  console.log(`  ${c.kind} ${c.count_text} ${c.population ?? ""} — “${c.evidence[0].text}” (${c.evidence[0].document_id})`);
