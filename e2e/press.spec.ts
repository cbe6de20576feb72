import { expect, test } from "@playwright/test";
import { locales } from "./support/site";
import { expectNoAxeViolations } from "./support/axe";

test("the press page gives facts with sources, a timeline, quotes and a contact", async ({
  page,
}) => {
  await page.goto("/en/press");
  await expect(page.locator("h1")).toHaveText("Information for journalists");
  await expect(page.locator("dl dt").first()).toHaveText("26");
  await expect(page.getByText("More than 1,000,000")).toBeVisible();
  await expect(page.locator("ol time")).toHaveCount(4);
  await expect(page.locator("figure blockquote")).toHaveCount(3);
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

for (const locale of ["en", "ro"]) {
  test(`/${locale}/press has no axe violations`, async ({ page }) => {
    await page.goto(`/${locale}/press`);
    await expectNoAxeViolations(page);
  });
}
