import { expect, test } from "@playwright/test";
import { locales } from "./support/site";
import { expectNoAxeViolations } from "./support/axe";

const FIELDS = ["{{IP_ADDRESS}}", "{{DATE}}", "{{AGENCY_NAME}}", "{{AGENCY_WEBSITE}}"];

for (const locale of locales) {
  test(`/${locale}/letter shows the letter with placeholders and the genuineness checks`, async ({
    page,
  }) => {
    const response = await page.goto(`/${locale}/letter`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    const letter = page.getByTestId("letter");
    await expect(letter.locator('[data-field="IP_ADDRESS"]').first()).toBeVisible();
    await expect(letter).not.toContainText("{{");
    await expect(page.getByTestId("letter-downloads").locator("a")).toHaveCount(locales.length);
  });

  test(`the ${locale} mail-merge download is plain text with the merge fields`, async ({
    request,
  }) => {
    const response = await request.get(`/${locale}/letter/download`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/plain");
    expect(response.headers()["content-disposition"]).toBe(
      `attachment; filename="letter-${locale}.txt"`,
    );
    const text = await response.text();
    for (const field of FIELDS) expect(text).toContain(field);
    expect(text).not.toContain("{{SITE_URL}}");
    expect(text).toContain(`/${locale}/self-test`);
  });
}

test("the download link saves a file", async ({ page }) => {
  await page.goto("/ro/letter");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("letter-downloads").locator('a[hreflang="ro"]').click(),
  ]);
  expect(download.suggestedFilename()).toBe("letter-ro.txt");
});

test("the Romanian letter uses diacritics and the glossary terms", async ({ request }) => {
  const text = await (await request.get("/ro/letter/download")).text();
  expect(text).toContain("server de mail intermediar deschis");
  expect(text).toContain("server proxy deschis");
  expect(text).toMatch(/[șțăîâ]/);
});

for (const locale of ["en", "ro"]) {
  test(`/${locale}/letter has no axe violations`, async ({ page }) => {
    await page.goto(`/${locale}/letter`);
    await expectNoAxeViolations(page);
  });
}
