// The statistics page, the press figures and the open data on servers this spec starts itself,
// each on a SQLite store seeded with the known fixture (tests/support/statistics-fixture.ts):
// 27 real tests (12 open relays, 11 fixed after a retest, 4 suppressed proxies) and 15 demo ones.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { seedStatisticsStore } from "../tests/support/statistics-fixture";
import { expectNoAxeViolations } from "./support/axe";
import { startOwnServer, type OwnServer } from "./support/own-server";
import { message } from "./support/peers-messages";

const base = Number(process.env.E2E_PORT ?? 3100);
test.describe.configure({ mode: "serial", timeout: 120_000 });

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const today = () => daysAgo(0);
const dirs: string[] = [];
let real: OwnServer;
let demo: OwnServer;

async function seededServer(port: number, env: Record<string, string> = {}): Promise<OwnServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "e2e-statistics-"));
  dirs.push(dataDir);
  await seedStatisticsStore(dataDir, today());
  return startOwnServer(port, { DATA_DIR: dataDir, ...env });
}

test.beforeAll(async () => {
  [real, demo] = await Promise.all([seededServer(base + 12), seededServer(base + 13, { STATISTICS_DEMO: "true" })]);
});
test.afterAll(async () => {
  await Promise.all([real?.stop(), demo?.stop()]);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function mainFigure(page: Page, id: string): Promise<string> {
  return (await page.getByTestId(`main-${id}`).locator("dt").textContent())!.trim();
}

const views = [["en", 320] as const, ...(["en", "ar", "ja"] as const).flatMap((locale) => [[locale, 375] as const, [locale, 1280] as const])];
for (const [locale, width] of views) {
  test(`/${locale}/statistics at ${width} px shows the exact numbers, named charts and tables`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const res = await page.goto(`${real.url}/${locale}/statistics`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(message(locale, "Statistics.title"));
    await expect(page.getByTestId("statistics-demo")).toHaveCount(0);

    const n = new Intl.NumberFormat(locale);
    const fewer = message(locale, "Statistics.fewer");
    expect(await mainFigure(page, "tests")).toBe(n.format(27));
    expect(await mainFigure(page, "relay")).toContain(n.format(12));
    expect(await mainFigure(page, "relay")).toContain(new Intl.NumberFormat(locale, { style: "percent" }).format(12 / 27));
    expect(await mainFigure(page, "proxy")).toBe(fewer); // the 4 Brazilian proxies
    expect(await mainFigure(page, "fixed")).toBe(n.format(11));
    expect(await mainFigure(page, "median")).toContain(n.format(15));

    // Each chart is one image named by its title and summary, with a table carrying every number.
    for (const id of ["days", "weeks"]) {
      const chart = page.locator(`svg[role=img][aria-labelledby^="chart-${id}-title"]`);
      await expect(chart).toHaveAccessibleName(new RegExp(`^${escape(message(locale, `Statistics.${id}.chartTitle`))} .+`));
    }
    if (locale === "en") {
      const busiest = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(Date.parse(`${daysAgo(1)}T00:00:00Z`));
      await expect(page.locator('svg[aria-labelledby^="chart-days-title"]')).toHaveAccessibleName(
        `Tests per day, last 30 days 27 tests in the last 30 days. The busiest day was ${busiest}, with 12 tests.`,
      );
    }
    const days = page.getByRole("table", { name: message(locale, "Statistics.days.chartTitle") });
    await expect(days.getByRole("row")).toHaveCount(31); // header + 30 days
    await expect(days.getByRole("row").last().getByRole("cell")).toHaveText(n.format(11));
    await expect(days.getByRole("row").nth(29).getByRole("cell")).toHaveText(n.format(12));
    await expect(days.getByRole("row").nth(28).getByRole("cell")).toHaveText(fewer);

    const software = page.getByRole("table", { name: message(locale, "Statistics.software.chartTitle") });
    await expect(software.getByRole("row")).toHaveCount(2);
    await expect(software.getByRole("row").nth(1)).toContainText("Postfix");

    const countries = new Intl.DisplayNames(locale, { type: "region" });
    await expect(page.locator("main")).toContainText(countries.of("RO")!);
    await expect(page.locator("main")).not.toContainText(countries.of("BR")!); // 4 tests: never named

    await expect(page.locator("figure").first()).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
}

test("the press page shows the same main numbers and links to the statistics", async ({ page }) => {
  await page.goto(`${real.url}/en/press`);
  const block = page.getByTestId("press-statistics");
  await expect(block.getByTestId("main-tests").locator("dt")).toHaveText("27");
  await expect(block.getByTestId("main-fixed").locator("dt")).toHaveText("11");
  await block.getByRole("link", { name: message("en", "Press.stats.link") }).click();
  await expect(page).toHaveURL(`${real.url}/en/statistics`);
});

test("a demo server shows only the demo records, marked as demonstration data", async ({ page, request }) => {
  await page.goto(`${demo.url}/de/statistics`);
  await expect(page.getByTestId("statistics-demo")).toContainText(message("de", "Statistics.demoTitle"));
  expect(await mainFigure(page, "tests")).toBe("15");
  expect(await mainFigure(page, "fixed")).toBe(message("de", "Statistics.fewer"));
  await page.goto(`${demo.url}/de/press`);
  await expect(page.getByTestId("press-statistics")).toContainText(message("de", "Press.stats.demo"));
  const json = await (await request.get(`${demo.url}/api/statistics?from=${today()}&to=${today()}`)).json();
  expect(json).toMatchObject({ demo: true, days: [{ date: today(), tests: 15 }] });
});

test("the open data gives exact days as JSON and CSV and refuses a bad date", async ({ request }) => {
  const [from, to] = [daysAgo(2), today()];
  const json = await request.get(`${real.url}/api/statistics?from=${from}&to=${to}`);
  expect(json.status()).toBe(200);
  expect(json.headers()["link"]).toContain("creativecommons.org/licenses/by/4.0");
  const body = await json.json();
  expect(body.days.map((d: { tests: number | null }) => d.tests)).toEqual([null, 12, 11]);
  expect(body.days[1]).toMatchObject({ countries: { RO: 12 }, software: { postfix: 12 } });

  const csv = await request.get(`${real.url}/api/statistics.csv?from=${from}&to=${to}`);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8; header=present");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines).toHaveLength(4);
  expect(lines[1]).toBe(`${from},,,,,,,,,,,,,,,,`);
  expect(lines[2]).toMatch(new RegExp(`^${daysAgo(1)},12,12,`));

  const bad = await request.get(`${real.url}/api/statistics?from=2026-13-01`);
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: "invalid-date", message: 'from: "2026-13-01" is not a date (YYYY-MM-DD)' });
});

test("the statistics page's download link gives the last 90 days as CSV", async ({ page }) => {
  await page.goto(`${real.url}/en/statistics`);
  const href = (await page.getByTestId("data-csv").getAttribute("href"))!;
  const res = await page.request.get(new URL(href, real.url).toString());
  expect(res.status()).toBe(200);
  const lines = (await res.text()).trim().split("\r\n");
  expect(lines[0]).toMatch(/^date,tests,/);
  expect(lines).toHaveLength(91);
  expect(lines.at(-1)).toMatch(new RegExp(`^${today()},11,`));
});
