import { expect, test, type APIRequestContext } from "@playwright/test";

// Social cards: every locale's card carries its own words. Arabic, Japanese, Korean and
// Chinese cards used to fall back to the English card (byte for byte); now they are drawn
// with packaged fonts (tests/og/og-card.test.ts proves that no glyph is missing).

const CARD_PAGES = ["", "/letter", "/partners", "/press"];
const SCRIPT_LOCALES = ["ar", "ja", "ko", "zh-Hans", "zh-Hant"];

async function card(request: APIRequestContext, url: string): Promise<Buffer> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toBe("image/png");
  const png = await response.body();
  // IHDR: width and height, big-endian, at bytes 16 and 20
  expect([png.readUInt32BE(16), png.readUInt32BE(20)], url).toEqual([1200, 630]);
  expect(png.length, `${url}: bytes`).toBeGreaterThan(10_000);
  expect(png.length, `${url}: bytes`).toBeLessThan(500_000);
  return png;
}

for (const locale of SCRIPT_LOCALES) {
  test(`/${locale}/opengraph-image is the ${locale} card, not the English one`, async ({ request }) => {
    const english = await card(request, "/en/opengraph-image");
    const localized = await card(request, `/${locale}/opengraph-image`);
    expect(localized.equals(english)).toBe(false);
  });
}

for (const locale of ["en", "ro", "ar", ...SCRIPT_LOCALES.slice(1)]) {
  test(`${locale}: every page's og:image is a card of its own`, async ({ page, request }) => {
    const seen: Buffer[] = [];
    for (const path of CARD_PAGES) {
      await page.goto(`/${locale}${path}`);
      const image = await page.locator('meta[property="og:image"]').first().getAttribute("content");
      expect(image, path).toContain(`/${locale}${path}/opengraph-image`);
      const png = await card(request, new URL(image!).pathname + new URL(image!).search);
      if (locale !== "en") {
        const english = await card(request, `/en${path}/opengraph-image`);
        expect(png.equals(english), `${locale}${path} differs from en`).toBe(false);
      }
      expect(seen.some((other) => other.equals(png)), `${path}: one card per page`).toBe(false);
      seen.push(png);
    }
  });
}
