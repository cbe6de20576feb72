import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { locales } from "./support/site";
import { expectNoAxeViolations } from "./support/axe";
import { message } from "./support/peers-messages";
import { FACTS, STATEMENTS, TIMELINE } from "../app/[locale]/press/_components/press-data";

test("the press page gives facts with sources, a timeline, statements and a contact", async ({
  page,
}) => {
  await page.goto("/en/press");
  await expect(page.locator("h1")).toHaveText("Information for journalists");
  await expect(page.locator("dl dt").first()).toHaveText("26");
  await expect(page.getByText("More than 1,000,000")).toBeVisible();
  await expect(page.locator("ol time")).toHaveCount(4);
  await expect(page.getByTestId("press-statements").locator(":scope > li")).toHaveCount(3);
  await expect(page.getByTestId("press-contact")).toHaveAttribute("href", /^mailto:.+@.+/);
});

test("numbers and dates follow the locale", async ({ page }) => {
  await page.goto("/de/press");
  await expect(page.getByText("Mehr als 1.000.000")).toBeVisible();
  await expect(page.locator('time[datetime="2004-01-29"]')).toHaveText("29. Januar 2004");
});

test("the media kit downloads: fact sheet per locale and SVG logos", async ({ request }) => {
  for (const locale of locales) {
    const sheet = await request.get(`/${locale}/press/facts-sheet`);
    expect(sheet.status()).toBe(200);
    expect(sheet.headers()["content-disposition"]).toContain(
      `secure-your-server-facts-${locale}.md`,
    );
    expect(await sheet.text()).toMatch(/^# /);
  }
  for (const logo of ["logo.svg", "logo-black.svg", "symbol.svg"]) {
    const response = await request.get(`/press/${logo}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("<svg");
  }
});

// Opening or closing quotation marks of any script, straight or curly.
const QUOTE_MARK = /["“”„‟«»‘’‚‹›「」『』〝〞]/;

for (const locale of ["en", "ro", "ar"]) {
  test(`/${locale}/press: the agencies' statements are our summaries, not styled as quotations`, async ({
    page,
    request,
  }) => {
    await page.goto(`/${locale}/press`);
    await expect(page.locator("main blockquote, main q, main figure")).toHaveCount(0);
    const summaries = page.getByTestId("press-statements").locator(":scope > li > p");
    await expect(summaries).toHaveCount(3);
    for (const summary of await summaries.all()) {
      expect(await summary.textContent()).not.toMatch(QUOTE_MARK);
      expect(await summary.evaluate((el) => getComputedStyle(el).fontStyle)).toBe("normal");
    }
    // The fact sheet says the same without Markdown quotation blocks.
    const sheet = await (await request.get(`/${locale}/press/facts-sheet`)).text();
    expect(sheet).not.toMatch(/^>/m);
  });

  test(`/${locale}/press: every cited source is a named link to its http(s) address`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/press`);
    const lists = page.getByTestId("press-sources");
    const cites = FACTS.length + STATEMENTS.length + TIMELINE.filter((step) => step.sources.length > 0).length;
    await expect(lists).toHaveCount(cites);
    for (const list of await lists.all()) {
      const cited = list.locator(":scope > span");
      const links = list.locator(":scope > span > a");
      await expect(links).toHaveCount(await cited.count());
      for (const link of await links.all()) {
        await expect(link).toHaveAttribute("href", /^https?:\/\/[^/]+\.[a-z]+\//);
        // The link text names the source (a publication or an agency), never a bare word.
        expect(((await link.textContent()) ?? "").trim().length).toBeGreaterThan(4);
      }
    }
  });

  test(`/${locale}/press: the fact sheet downloads in the page's language, labelled so`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/press`);
    const link = page.getByTestId("facts-sheet-link");
    const downloading = page.waitForEvent("download");
    await link.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`secure-your-server-facts-${locale}.md`);
    const file = await download.path();
    const bytes = readFileSync(file);
    const sheet = bytes.toString("utf8");
    expect(sheet.startsWith(`# ${message(locale, "Press.title")}\n`)).toBe(true);
    expect(sheet).toContain(`## ${message(locale, "Press.statementsTitle")}`);
    // The label names the file's language (as that language writes it) and its real size.
    const language = { en: "English", ro: "română", ar: "العربية" }[locale]!;
    const size = new Intl.NumberFormat(locale, { style: "unit", unit: "kilobyte" }).format(
      Math.max(1, Math.round(bytes.length / 1000)),
    );
    await expect(link).toContainText(language);
    await expect(link).toContainText(size);
    await expect(link).not.toContainText(locale === "en" ? "Română" : "English");
  });
}

test("Open Graph images are generated for the new pages", async ({ page, request }) => {
  for (const path of ["/en/partners", "/ro/letter", "/fr/press"]) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').first().getAttribute("content");
    expect(image).toBeTruthy();
    const response = await request.get(new URL(image!).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
  }
});

test("the start page carries WebSite JSON-LD", async ({ page }) => {
  await page.goto("/en");
  const ld = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
  );
  expect(ld["@type"]).toBe("WebSite");
});

for (const locale of ["en", "ro", "ar"]) {
  test(`/${locale}/press has no axe violations`, async ({ page }) => {
    await page.goto(`/${locale}/press`);
    await expectNoAxeViolations(page);
  });
}
