import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectNoAxeViolations } from "./support/axe";

// Serbian in Latin script (sr-Latn) is a locale of its own, generated from Serbian in Cyrillic
// (npm run sr-latn). Readers who ask for Latin get Latin; readers who ask for Serbian, Cyrillic.

const CYRILLIC = /[\u0400-\u04ff]/;
const messages = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));

for (const [acceptLanguage, locale] of [
  ["sr-Latn-RS", "sr-Latn"],
  ["sr-Latn-RS,sr;q=0.8,en;q=0.5", "sr-Latn"],
  ["sr-RS", "sr"],
  ["sr-Cyrl-RS", "sr"],
] as const) {
  test(`Accept-Language ${acceptLanguage} is sent to /${locale}`, async ({ request }) => {
    const response = await request.get("/", {
      headers: { "Accept-Language": acceptLanguage },
      maxRedirects: 0,
    });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    expect(response.status()).toBeLessThan(400);
    expect(new URL(response.headers().location!, "http://x").pathname).toBe(`/${locale}`);
  });
}

// A browser set to Serbian: Chromium sends its own Accept-Language for the context's locale.
for (const [browserLocale, locale] of [
  ["sr-Latn-RS", "sr-Latn"],
  ["sr-RS", "sr"],
] as const) {
  test(`a browser in ${browserLocale} lands on /${locale}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await context.close();
  });
}

for (const path of ["", "/guidance/open-relay", "/fixes/postfix", "/letter", "/partners", "/self-test"]) {
  test(`/sr-Latn${path} is Serbian in Latin script, lang="sr-Latn"`, async ({ page }) => {
    const response = await page.goto(`/sr-Latn${path}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "sr-Latn");
    const main = (await page.locator("main").innerText()).replace(/\s+/g, " ");
    expect(main.length).toBeGreaterThan(100);
    // Names of other languages keep their own script ("Български" in a list of letters):
    // every Cyrillic word left must be marked with a lang of its own.
    const marked = await page
      .locator('main [lang]:not([lang^="sr-Latn"])')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).innerText).join(" "));
    const cyrillic = (main.match(/[\u0400-\u04ff]+/g) ?? []).filter((word) => !marked.includes(word));
    expect(cyrillic).toEqual([]);
    // the same page in Cyrillic says the same in the other script
    await page.goto(`/sr${path}`);
    expect(CYRILLIC.test(await page.locator("h1").innerText())).toBe(true);
  });
}

test("the start page's heading and the card are in Latin script", async ({ page, request }) => {
  await page.goto("/sr-Latn");
  await expect(page.locator("h1")).toHaveText(messages("sr-Latn").Home.title);
  const card = await request.get("/sr-Latn/opengraph-image");
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");
});

test("/sr-Latn start page has no axe violations", async ({ page }) => {
  await page.goto("/sr-Latn");
  await expectNoAxeViolations(page);
});

for (const locale of ["en", "ro", "ar"]) {
  test(`${locale}: the language switcher, hreflang and sitemap offer Srpski (latinica)`, async ({ page, request }) => {
    await page.goto(`/${locale}/guidance`);
    const link = page.getByTestId("language-list").locator('a[hreflang="sr-Latn"]');
    await expect(link).toHaveAttribute("href", "/sr-Latn/guidance");
    await expect(link).toHaveAttribute("lang", "sr-Latn");
    await expect(link).toHaveText(/^Srpski \(latinica\)$/i);
    await expect(page.locator('link[rel="alternate"][hreflang="sr-Latn"]')).toHaveAttribute(
      "href",
      /\/sr-Latn\/guidance$/,
    );
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/sr-Latn/guidance</loc>");
  });
}

test("the letter downloads in Latin script with links to the Latin pages", async ({ request }) => {
  const response = await request.get("/sr-Latn/letter/download");
  expect(response.status()).toBe(200);
  const letter = await response.text();
  expect(letter).toContain("/sr-Latn/self-test");
  expect(letter).not.toMatch(CYRILLIC);
  // its subject line as generated: "Predmet: …"
  expect(letter).toContain(readFileSync("content/sr-Latn/letter.txt", "utf8").split(":")[0]);
});
