/**
 * datasets/site/: one static page to browse the data offline (open index.html from disk; no network). A
 * timeline of trips and meetings by traveller (Observable Plot, its UMD build and d3's copied beside the
 * page), casualty figures as attributed claims with their qualifiers, quotes searchable by speaker and text.
 * Every record shows its evidence (verbatim text and document:start-end spans) and its documents' warnings.
 * The page reads the flat views, so it shows what the flat CSV files hold.
 */
import type { Dataset } from "@shuttle/core";
import { flatContext, flatRow, flatViews } from "./flat.js";

export interface SiteLibraries {
  /** d3's UMD build (dist/d3.min.js) and Observable Plot's (dist/plot.umd.min.js), as text. */
  d3: string;
  plot: string;
  /** Their licence texts. */
  licences: string;
}

/** JSON safe inside a <script> element. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, "\\u003c");
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const style = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem; color: #222; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid #eee; }
th { background: #f6f6f6; position: sticky; top: 0; } .muted { color: #666; } .warn { color: #a40; }
.badge { display: inline-block; font-size: 11px; padding: 0 5px; border-radius: 3px; background: #fde2c8; color: #7a3300;
  margin-left: 4px; }
details summary { cursor: pointer; color: #05a; } blockquote { margin: .3rem 0; padding-left: .6rem; border-left: 3px solid #ccc; }
input[type=search] { font-size: 15px; padding: 4px 8px; width: 24rem; }`;

/** The page's script: renders the tables and the chart from the embedded data; no network access. */
const script = `
const data = JSON.parse(document.getElementById("shuttle-data").textContent);
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c ?? ""));
  return e;
};
function evidence(r) {
  const d = el("details", {}, el("summary", {}, "evidence"));
  for (const t of (r.evidence ?? "").split(" | ")) d.append(el("blockquote", {}, t));
  d.append(el("div", { class: "muted" }, "spans: " + (r.evidence_spans ?? "")));
  if (r.document_warnings) for (const w of r.document_warnings.split(" | ")) d.append(el("div", { class: "warn" }, "⚠ " + w));
  return d;
}
const docCell = (r) => {
  const title = (r.document_title ?? r.document_ids ?? r.document_id ?? "") + " ";
  const c = el("td", {}, title, el("span", { class: "muted" }, r.document_published ?? ""));
  const why = "a document of this record says a machine wrote it";
  if (r.machine_written) c.append(el("span", { class: "badge", title: why }, "machine-written"));
  return c;
};
function table(id, rows, columns) {
  const body = el("tbody");
  for (const r of rows) {
    const tr = el("tr", { id: id + "-" + r.id, "data-record": r.id });
    for (const [, f] of columns) tr.append(typeof f === "function" ? f(r) : el("td", {}, r[f] == null ? "" : String(r[f])));
    tr.append(docCell(r), el("td", {}, evidence(r)));
    body.append(tr);
  }
  const head = el("tr", {}, ...columns.map(([h]) => el("th", {}, h)), el("th", {}, "document"), el("th", {}, "evidence"));
  document.getElementById(id).append(el("table", {}, el("thead", {}, head), body));
  return body;
}
const precision = (r) => (r.date_precision && r.date_precision !== "day" ? " (" + r.date_precision + ")" : "");
const dateCell = (r, k = "date") => el("td", {}, r[k] ? r[k] + precision(r) : "undated");
table("trips", data.trips, [
  ["traveller", "traveler"], ["start", (r) => dateCell(r, "start_date")], ["end", "end_date"],
  ["stops", "destinations"], ["status", "status"],
]);
table("meetings", data.meetings, [
  ["date", (r) => dateCell(r)], ["participants", "participants"], ["place", "place"], ["status", "status"], ["kind", "kind"],
]);
table("casualties", data.casualty_figures, [
  ["as written", "count_text"], ["qualifier", "qualifier"], ["kind", "kind"], ["who", "population"], ["where", "place"], ["as of", "as_of"],
  ["according to", (r) => el("td", {}, r.attributed_to ?? r.attributed_to_text ?? el("span", { class: "warn" }, "no stated source"))],
]);
const speakerCell = (r) => el("td", {}, r.speaker ?? el("span", { class: "muted" }, r.speaker_mention ?? "unknown"));
const quoteRows = table("quotes", data.quotes, [["speaker", speakerCell], ["quote", "text"]]);
const search = document.getElementById("quote-search");
const shown = document.getElementById("quote-count");
function filterQuotes() {
  const q = search.value.trim().toLowerCase();
  let n = 0;
  for (const [i, tr] of [...quoteRows.children].entries()) {
    const r = data.quotes[i];
    const hit = !q || [r.speaker, r.speaker_mention, r.text].some((s) => (s ?? "").toLowerCase().includes(q));
    tr.hidden = !hit;
    if (hit) n++;
  }
  shown.textContent = n + " of " + data.quotes.length + " quotes";
}
search.addEventListener("input", filterQuotes);
filterQuotes();
const day = (s) => new Date(s + "T00:00:00Z");
const dated = data.meetings.filter((m) => m.date).map((m) => ({ ...m, who: (m.participants ?? "").split("; ")[0], when: day(m.date) }));
const nextDay = (s) => new Date(day(s).getTime() + 864e5);
const trips = data.trips.filter((t) => t.start_date)
  .map((t) => ({ ...t, from: day(t.start_date), to: nextDay(t.end_date ?? t.start_date) }));
document.getElementById("chart").append(Plot.plot({
  width: 1100, height: 220, marginLeft: 130, x: { label: "date", type: "utc" }, y: { label: null },
  color: { legend: true, domain: ["trip", "meeting held", "meeting planned"], range: ["#9cc3e6", "#1b6", "#d80"] },
  marks: [
    // A trip lasts days on a scale of years: a bar would be invisible, so a tick marks its start as well.
    Plot.barX(trips, { x1: "from", x2: "to", y: "traveler", fill: () => "trip", inset: 4, title: (t) => t.destinations }),
    Plot.tickX(trips, { x: "from", y: "traveler", stroke: () => "trip", strokeWidth: 5,
      title: (t) => t.start_date + ": " + t.destinations }),
    Plot.dot(dated, { x: "when", y: "who", r: 5, fill: (m) => (m.status === "planned" ? "meeting planned" : "meeting held"),
      title: (m) => m.date + " " + m.participants + (m.place ? " in " + m.place : "") }),
  ],
}));
document.getElementById("undated").textContent = "Without a date, so only in the tables: " +
  (data.meetings.length - dated.length) + " of " + data.meetings.length + " meetings, " +
  (data.trips.length - trips.length) + " of " + data.trips.length + " trips.";
`;

export function siteFiles(dataset: Dataset, version: string, libs: SiteLibraries): Map<string, string> {
  const ctx = flatContext(dataset);
  const data = Object.fromEntries(
    flatViews().map((v) => [v.table, (dataset[v.table] as unknown as Array<Record<string, unknown>>).map((r) => flatRow(v, r, ctx))]),
  );
  const d = dataset;
  const counts =
    `${d.trips.length} trips, ${d.meetings.length} meetings, ` + `${d.casualty_figures.length} casualty figures, ${d.quotes.length} quotes`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shuttle data ${escapeHtml(version)}</title>
<style>${style}</style>
</head>
<body>
<h1>Shuttle: Israel–Gaza diplomacy in the news</h1>
<p class="muted">Data version ${escapeHtml(version)}: ${counts} from ${dataset.documents.length} articles.
Every record carries its evidence: open
“evidence” for the verbatim text, where it is (document:start-end in code points) and the document's warnings. Records from a
document that says a machine wrote it are marked <span class="badge">machine-written</span>. Made by the build from the flat views
(<code>flat/*.csv</code>); works offline.</p>
<h2>Trips and meetings by traveller</h2>
<div id="chart"></div>
<p class="muted" id="undated"></p>
<h2>Trips</h2>
<div id="trips"></div>
<h2>Meetings</h2>
<div id="meetings"></div>
<h2>Casualty figures</h2>
<p class="muted">Claims as reported by one article each, never merged: the count as written, its qualifier (“more than”, “nearly”)
and who gave it.</p>
<div id="casualties"></div>
<h2>Quotes</h2>
<p><input type="search" id="quote-search" placeholder="Search speaker or words" aria-label="Search quotes">
<span id="quote-count" class="muted"></span></p>
<div id="quotes"></div>
<script type="application/json" id="shuttle-data">${scriptJson(data)}</script>
<script src="d3.min.js"></script>
<script src="plot.umd.min.js"></script>
<script>${script}</script>
</body>
</html>
`;
  return new Map([
    ["site/index.html", html],
    ["site/d3.min.js", libs.d3],
    ["site/plot.umd.min.js", libs.plot],
    ["site/LICENSES.md", libs.licences],
  ]);
}
