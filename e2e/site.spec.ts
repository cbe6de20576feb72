import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { locales, pages } from "./support/site";
import { expectNoAxeViolations } from "./support/axe";

const notFoundTitle = (locale: string): string =>
  JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")).NotFound.title;

for (const locale of locales) {
  test.describe(`pages in ${locale}`, () => {
    for (const path of pages) {
      test(`/${locale}${path} is complete`, async ({ page }) => {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.locator("html")).toHaveAttribute("dir", /^(ltr|rtl)$/);
        await expect(page.locator("h1")).toHaveCount(1);
        expect((await page.title()).trim().length).toBeGreaterThan(3);
        const description = await page.locator('meta[name="description"]').getAttribute("content");
        expect(description?.trim().length ?? 0).toBeGreaterThan(20);
        const alternates = page.locator('link[rel="alternate"][hreflang]');
        await expect(alternates).toHaveCount(locales.length + 1);
        await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
      });
    }
  });
}

test("the language switcher keeps the visitor on the same page", async ({ page }) => {
  const path = pages.find((p) => p.split("/").length > 2) ?? "/guidance";
  await page.goto(`/en${path}`);
  const other = locales.find((l) => l !== "en")!;
  await page.locator(`header nav a[hreflang="${other}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/${other}${path}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", other);
});

test("/ negotiates the language from Accept-Language", async ({ request }) => {
  const response = await request.get("/", {
    headers: { "Accept-Language": "ro-RO,ro;q=0.9,en;q=0.5" },
    maxRedirects: 0,
  });
  expect([302, 303, 307, 308]).toContain(response.status());
  expect(new URL(response.headers()["location"]!, "http://x").pathname).toBe("/ro");
});

test("/ follows Accept-Language in a browser too", async ({ browser }) => {
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

for (const locale of ["en", "ro"]) {
  test.describe(`accessibility in ${locale}`, () => {
    for (const path of [...pages, "/no-such-page"]) {
      test(`axe finds nothing on /${locale}${path}`, async ({ page }) => {
        await page.goto(`/${locale}${path}`);
        await expectNoAxeViolations(page);
      });
    }
  });
}
