import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

interface CountryEntry {
  code: string;
  region: string;
  localizedName?: Record<string, string>;
}
const data = JSON.parse(readFileSync("content/partners/partners.json", "utf8")) as {
  countries: CountryEntry[];
};
const codes = data.countries.map((c) => c.code).sort();
const europe = data.countries
  .filter((c) => c.region === "europe")
  .map((c) => c.code)
  .sort();

/** Codes of the list items a visitor can see. */
async function visibleCodes(page: Page): Promise<string[]> {
  const items = page.locator("[data-partner]:visible");
  return (
    await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-partner") ?? ""))
  ).sort();
}

function expectedName(code: string, locale: string): string {
  const override = data.countries.find((c) => c.code === code)?.localizedName;
  return override?.[locale] ?? new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
}

for (const locale of ["en", "ro"]) {
  test(`/${locale}/partners lists all 26 countries with localized names`, async ({ page }) => {
    await page.goto(`/${locale}/partners`);
    expect(await visibleCodes(page)).toEqual(codes);
    expect(codes).toHaveLength(26);
    for (const code of ["RO", "DE", "CS", "KR", "GB"].filter((c) => codes.includes(c)))
      await expect(page.locator(`[data-partner="${code}"] [data-country-name]`)).toHaveText(
        expectedName(code, locale),
      );
  });
}

test("Romanian names are Romanian and sorted by the Romanian collation", async ({ page }) => {
  await page.goto("/ro/partners");
  await expect(page.locator('[data-partner="CS"] [data-country-name]')).toHaveText(
    "Serbia și Muntenegru",
  );
  await expect(page.locator('[data-partner="US"] [data-country-name]')).toHaveText(
    "Statele Unite ale Americii",
  );
  const europeNames = await page
    .locator('[data-region-group="europe"] [data-country-name]')
    .allTextContents();
  expect(europeNames).toEqual([...europeNames].sort(new Intl.Collator("ro").compare));
});

test("the map has an accessible name and shades exactly the listed countries", async ({ page }) => {
  await page.goto("/en/partners");
  const map = page.getByRole("img", { name: /World map of the 26 countries/ });
  await expect(map).toBeVisible();
  const shaded = await map
    .locator("[data-country]")
    .evaluateAll((els) =>
      els
        .filter((el) => el.querySelector("path, circle"))
        .map((el) => el.getAttribute("data-country") ?? ""),
    );
  expect(shaded.sort()).toEqual(codes);
  expect(await map.locator("script").count()).toBe(0);
});

test("agencies: only the 8 confirmed ones, with JSON-LD", async ({ page }) => {
  await page.goto("/en/partners");
  await expect(page.locator("[data-agency]")).toHaveCount(8);
  await expect(page.getByText("Samferdselsdepartementet", { exact: true })).toHaveAttribute(
    "lang",
    "nb",
  );
  // KISA is Korea's contact today (its own label, not an agency of 2004): never a partner.
  await expect(
    page.locator("[data-agency]").filter({ hasText: /Industry Canada|SERNAC|KISA/ }),
  ).toHaveCount(0);
  const ld = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}",
  );
  expect(ld["@graph"]).toHaveLength(8);
  expect(ld["@graph"][0]["@type"]).toBe("GovernmentOrganization");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the region filter and the search work through the form", async ({ page }) => {
    await page.goto("/en/partners");
    await page.getByLabel("Region").selectOption("europe");
    await page.getByRole("button", { name: "Show countries" }).click();
    await expect(page).toHaveURL(/region=europe/);
    await expect(page.getByRole("status")).toHaveText(`Countries shown: ${europe.length} of 26`);
    expect(await visibleCodes(page)).toEqual(europe);

    await page.getByLabel("Region").selectOption("");
    await page.getByLabel("Country or agency name").fill("norw");
    await page.getByRole("button", { name: "Show countries" }).click();
    // The form submits a new page load: read the list only once that page is in.
    await expect(page).toHaveURL(/q=norw/);
    await expect(page.getByRole("status")).toHaveText("Countries shown: 1 of 26");
    expect(await visibleCodes(page)).toEqual(["NO"]);
  });

  test("query parameters alone filter the list, accents ignored", async ({ page }) => {
    await page.goto("/ro/partners?q=romania");
    expect(await visibleCodes(page)).toEqual(["RO"]);
    await page.goto("/en/partners?q=zzzz");
    expect(await visibleCodes(page)).toEqual([]);
    await expect(page.locator("[data-partners-empty]")).toBeVisible();
  });
});

test("with JavaScript the list filters while typing, without reloading", async ({ page }) => {
  await page.goto("/en/partners");
  await page.waitForLoadState("networkidle");
  // A marker on window survives in-page filtering but not a page load.
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await page.getByLabel("Country or agency name").pressSequentially("fin");
  await expect(page.locator("[data-partner]:visible")).toHaveCount(1);
  expect(await visibleCodes(page)).toEqual(["FI"]);
  await page.getByLabel("Country or agency name").fill("");
  await page.getByLabel("Region").selectOption("asia-pacific");
  await expect(page.getByRole("status")).toHaveText("Countries shown: 5 of 26");
  await expect(page).toHaveURL(/region=asia-pacific/);
  expect(await page.evaluate(() => "samePage" in window)).toBe(true);
});

for (const locale of ["en", "ro"]) {
  test(`/${locale}/partners has no axe violations`, async ({ page }) => {
    await page.goto(`/${locale}/partners`);
    await expectNoAxeViolations(page);
  });
}
