/**
 * datasets/site/index.html in a real headless Chromium (Debian's package, driven by playwright-core): it loads
 * from disk with every network request refused and no console error, shows the chart and every record, and
 * the quote search filters. A screenshot is kept in .tmp/site.png. Without Chromium the test is skipped with
 * the reason printed, except in CI (CI=true), where .ci/run installs Chromium and its absence is a failure.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(executablePath);
if (!haveChromium) {
  const reason = `site test: no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI === "true") throw new Error(`${reason}; CI must have it`);
  console.warn(`${reason}: skipped`);
}
const json = (name: string) => JSON.parse(readFileSync(join(root, "datasets", `${name}.json`), "utf8")) as Array<Record<string, unknown>>;

describe.skipIf(!haveChromium)("the static page datasets/site/index.html in headless Chromium", () => {
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "shuttle-chromium-")), {
      executablePath,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    // Offline: anything but the page's own files is refused (and recorded).
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file://")) return route.continue();
      requests.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && problems.push(`console ${m.type()}: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    await page.goto(pathToFileURL(join(root, "datasets", "site", "index.html")).href, { waitUntil: "load" });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
  });

  it("loads with no console error and no network request, and draws the chart", async () => {
    await page.waitForSelector("#chart svg");
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('#chart g[aria-label="dot"] circle').count()).toBe(json("meetings").filter((m) => m.date).length);
    expect(await page.locator('#chart g[aria-label="tick"] line').count()).toBe(json("trips").filter((t) => t.start_date).length);
  });

  it("shows every record, each with its evidence and its documents' warnings", async () => {
    for (const [section, table] of [
      ["trips", "trips"],
      ["meetings", "meetings"],
      ["casualties", "casualty_figures"],
      ["quotes", "quotes"],
    ] as const) {
      const ids = await page.locator(`#${section} tbody tr`).evaluateAll((rows) => rows.map((r) => r.getAttribute("data-record")));
      expect(ids, section).toEqual(json(table).map((r) => r.id));
    }
    const machine = new Set(
      json("documents")
        .filter((d) => d.machine_generated)
        .map((d) => d.id),
    );
    const flagged = json("quotes").filter((q) => machine.has(q.document_id as string)).length;
    expect(await page.locator("#quotes .badge").count()).toBe(flagged);
    const first = json("quotes")[0]!;
    const row = page.locator(`#quotes-${first.id}`);
    await row.locator("summary").click();
    await expect.poll(() => row.locator("blockquote").first().textContent()).toBe((first.evidence as Array<{ text: string }>)[0]!.text);
  });

  it("filters quotes by speaker and by words", async () => {
    const quotes = json("quotes");
    const visible = () => page.locator("#quotes tbody tr:visible").count();
    const speaker = json("actors").find((a) => a.id === quotes.find((q) => q.speaker_id)!.speaker_id)!.name as string;
    await page.fill("#quote-search", speaker);
    const bySpeaker = await visible();
    expect(bySpeaker).toBeGreaterThan(0);
    expect(bySpeaker).toBeLessThan(quotes.length);
    for (const text of await page.locator("#quotes tbody tr:visible td:first-child").allTextContents()) expect(text).toContain(speaker);
    await page.fill("#quote-search", "zzzz-no-such-word");
    expect(await visible()).toBe(0);
    expect(await page.locator("#quote-count").textContent()).toBe(`0 of ${quotes.length} quotes`);
    await page.fill("#quote-search", "");
    expect(await visible()).toBe(quotes.length);
    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync(join(root, ".tmp"), { recursive: true });
    await page.screenshot({ path: join(root, ".tmp", "site.png"), fullPage: false });
    expect(existsSync(join(root, ".tmp", "site.png"))).toBe(true);
  });
});
