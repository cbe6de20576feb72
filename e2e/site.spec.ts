import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { deepLocales, locales, pages, pageTypes } from "./support/site";
import { expectNoAxeViolations } from "./support/axe";
import { localeDirection } from "../i18n/locale-meta";

const notFoundTitle = (locale: string): string =>
  JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")).NotFound.title;

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

// Every page in every locale, over HTTP: fast enough for 20+ locales × 40 pages.
for (const locale of locales) {
  test(`every page answers in ${locale}`, async ({ request }) => {
    const dir = localeDirection(locale);
    for (const path of pages) {
      const url = `/${locale}${path}`;
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      const html = await response.text();
      expect(html, url).toMatch(new RegExp(`<html[^>]* lang="${locale}"[^>]* dir="${dir}"`));
      expect(count(html, /<h1[\s>]/g), `${url}: h1 count`).toBe(1);
      expect(html, `${url}: title`).toMatch(/<title>[^<]{4,}<\/title>/);
      expect(html, `${url}: description`).toMatch(/<meta name="description" content="[^"]{20,}"/);
      expect(count(html, /<link rel="alternate" hrefLang="/g), `${url}: hreflang`).toBe(locales.length + 1);
      expect(html, url).toContain('hrefLang="x-default"');
    }
  });
}

for (const locale of deepLocales) {
  for (const path of pageTypes) {
    test(`/${locale}${path} renders with one h1 and no axe violations`, async ({ page }) => {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("h1")).toHaveCount(1);
      expect((await page.title()).trim().length).toBeGreaterThan(3);
      await expectNoAxeViolations(page);
    });
  }
}

test("Arabic pages are right to left, code and addresses stay left to right", async ({ page }) => {
  await page.goto("/ar/fixes/postfix");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const pre = page.locator("main pre").first();
  await expect(pre).toBeVisible();
  expect(await pre.evaluate((el) => getComputedStyle(el).direction)).toBe("ltr");
  expect(await page.locator("main").evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
});

test("the language switcher keeps the visitor on the same page", async ({ page }) => {
  const path = pages.find((p) => p.startsWith("/guidance/")) ?? "/guidance";
  await page.goto(`/en${path}`);
  const other = locales.find((l) => l !== "en")!;
  await page.locator("header nav summary").click();
  await page.locator(`header nav a[hreflang="${other}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/${other}${path}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", other);
});

const negotiation: [string, string][] = [
  ["ro-RO,ro;q=0.9,en;q=0.5", "ro"],
  ["pt-BR,pt;q=0.9", "pt"],
  ["zh-TW,zh;q=0.9", "zh-Hant"],
  ["zh-HK", "zh-Hant"],
  ["zh-CN,zh;q=0.9", "zh-Hans"],
  ["no,en;q=0.5", "nb"],
  ["nn", "nb"],
  ["sw,xx;q=0.5", "en"],
];
for (const [header, expected] of negotiation) {
  test(`/ with Accept-Language "${header}" lands on /${expected}`, async ({ request }) => {
    const response = await request.get("/", { headers: { "Accept-Language": header }, maxRedirects: 0 });
    expect([302, 303, 307, 308]).toContain(response.status());
    expect(new URL(response.headers()["location"]!, "http://x").pathname).toBe(`/${expected}`);
  });
}

test("/ follows the browser's language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ro-RO" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/ro$/);
  await context.close();
});

for (const locale of ["en", "ro"]) {
  test(`an unknown path gives the localized 404 in ${locale}`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no-such-page/at-all`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("h1")).toHaveText(notFoundTitle(locale));
    expect(await page.title()).toContain(notFoundTitle(locale));
    await expectNoAxeViolations(page);
  });
}

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/en/guidance");
  await page.keyboard.press("Tab");
  const skip = page.locator('a[href="#main"]');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("sitemap.xml lists every page in every locale with alternates", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  for (const locale of locales)
    for (const path of pages) expect(xml).toContain(`/${locale}${path}</loc>`);
  expect(xml).toContain('hreflang="x-default"');
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap:");
});
