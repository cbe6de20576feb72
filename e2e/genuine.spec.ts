// "Is this letter genuine?" must end somewhere: a short box right under the start page's
// heading, and on the partners page a present-day national contact for every campaign country,
// labelled apart from the 2004 partners. Partner search also finds agencies by abbreviation.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

type Messages = Record<string, Record<string, unknown>>;
const messages = (locale: string) =>
  JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Messages;
const home = (locale: string) => messages(locale).Home!.genuine as Record<string, string>;
const today = (locale: string) => messages(locale).Partners!.today as Record<string, string>;
const checked = (
  JSON.parse(readFileSync("content/partners/contacts-today.json", "utf8")) as { checked: string }
).checked;

/** The day as the page's locale writes it, e.g. "5 December 2026". */
const day = (locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${checked}T00:00:00Z`),
  );
const countryName = (locale: string, code: string) =>
  new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;

const LOCALES = ["en", "ro", "ar"] as const;

// Written out here, not read from the data, so a wrong name or address in the data fails.
const EXPECTED = {
  RO: { name: "Directoratul Național de Securitate Cibernetică (DNSC)", website: "https://dnsc.ro" },
  JP: { name: "JPCERT Coordination Center (JPCERT/CC)", website: "https://www.jpcert.or.jp" },
  US: {
    name: "Cybersecurity and Infrastructure Security Agency (CISA)",
    website: "https://www.cisa.gov/report",
  },
} as const;

async function visibleCodes(page: Page): Promise<string[]> {
  return (
    await page
      .locator("[data-partner]:visible")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-partner") ?? ""))
  ).sort();
}

test.describe("start page on a phone", () => {
  test.use({ viewport: { width: 375, height: 667 } });

  for (const locale of LOCALES) {
    test(`${locale}: the genuineness box sits right under the heading, on the first screen`, async ({
      page,
    }) => {
      const text = home(locale);
      await page.goto(`/${locale}`);
      const box = page.locator("[data-genuine]");
      await expect(box.getByRole("heading", { level: 2 })).toHaveText(text.title!);
      expect(
        await page
          .locator("main h1")
          .evaluate((h1) => h1.nextElementSibling?.hasAttribute("data-genuine") ?? false),
      ).toBe(true);
      await expect(box).toBeInViewport({ ratio: 1 });
      const bounds = await box.boundingBox();
      expect(bounds!.y + bounds!.height).toBeLessThanOrEqual(667);
      await expect(box).toContainText(text.never!);
    });
  }
});

for (const locale of LOCALES) {
  test(`${locale}: the box links to today's contacts`, async ({ page }) => {
    const text = home(locale);
    await page.goto(`/${locale}`);
    const all = page.locator("[data-genuine] [data-genuine-all]");
    await expect(all).toHaveText(text.askAll!);
    await expect(all).toHaveAttribute("href", `/${locale}/partners#today`);
    await all.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/partners#today$`));
    await expect(page.locator("#today")).toHaveText(today(locale).title!);
  });
}

test("ro: the box links to Romania's contact, and the link lands on it", async ({ page }) => {
  await page.goto("/ro");
  const link = page.locator("[data-genuine] [data-genuine-country]");
  await expect(link).toHaveText(home("ro").askCountry!.replace("{country}", "România"));
  await link.click();
  await expect(page).toHaveURL(/\/ro\/partners#today-RO$/);
  await expect(page.locator("#today-RO")).toBeInViewport();
  await expect(page.locator("#today-RO [data-today-name]")).toHaveText(EXPECTED.RO.name);
});

test("en links to the United States' contact; ar (no campaign country) only to the list", async ({
  page,
}) => {
  await page.goto("/en");
  await expect(page.locator("[data-genuine-country]")).toHaveAttribute(
    "href",
    "/en/partners#today-US",
  );
  await page.goto("/ar");
  await expect(page.locator("[data-genuine-country]")).toHaveCount(0);
  await expect(page.locator("[data-genuine-all]")).toHaveCount(1);
});

for (const locale of LOCALES) {
  test(`${locale}: Romania, Japan and the US show a labelled present-day contact`, async ({
    page,
  }) => {
    const text = today(locale);
    await page.goto(`/${locale}/partners`);
    for (const [code, expected] of Object.entries(EXPECTED)) {
      const block = page.locator(`[data-partner="${code}"] [data-today-contact="${code}"]`);
      await expect(block).toBeVisible();
      await expect(block).toContainText(text.label!);
      await expect(block).toContainText(text.notPartner!.replace("{date}", day(locale)));
      await expect(block.locator("[data-today-name]")).toHaveText(expected.name);
      await expect(block.locator("[data-today-website]")).toHaveAttribute("href", expected.website);
      // Today's contact is never one of the 2004 agencies.
      await expect(block.locator("[data-agency]")).toHaveCount(0);
      await expect(block.locator("xpath=ancestor::*[@data-agency]")).toHaveCount(0);
    }
    await expect(page.locator("[data-agency]")).toHaveCount(8);
  });
}

test("every campaign country has somebody to ask today", async ({ page }) => {
  await page.goto("/en/partners");
  const countries = page.locator("[data-partner]");
  await expect(countries).toHaveCount(26);
  for (const country of await countries.all())
    expect(await country.locator("[data-today-contact]").count()).toBeGreaterThan(0);
});

test("Serbia and Montenegro of 2004 shows today's two countries, named by Intl", async ({
  page,
}) => {
  await page.goto("/ro/partners");
  for (const code of ["RS", "ME"])
    await expect(page.locator(`[data-partner="CS"] [data-today-contact="${code}"]`)).toContainText(
      today("ro").labelIn!.replace("{country}", countryName("ro", code)),
    );
});

for (const locale of LOCALES) {
  test(`${locale}: name-only contacts show no link`, async ({ page }) => {
    await page.goto(`/${locale}/partners`);
    for (const code of ["AR", "CL"]) {
      const block = page.locator(`[data-today-contact="${code}"]`);
      await expect(block).toContainText(today(locale).noWebsite!);
      await expect(block.locator("[data-today-website]")).toHaveCount(0);
    }
  });
}

for (const locale of LOCALES) {
  test(`${locale}: searching FTC and ACCC finds the agencies`, async ({ page }) => {
    await page.goto(`/${locale}/partners`);
    await page.waitForLoadState("networkidle");
    const search = page.locator("#partners-q");
    for (const [query, code, agency] of [
      ["FTC", "US", "ftc"],
      ["ACCC", "AU", "accc"],
    ] as const) {
      await search.fill("");
      await search.pressSequentially(query);
      await expect(page.locator("[data-partner]:visible")).toHaveCount(1);
      expect(await visibleCodes(page)).toEqual([code]);
      await expect(page.locator(`[data-agency="${agency}"]`)).toContainText(`(${query})`);
    }
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search form finds FTC and ACCC", async ({ page }) => {
    await page.goto("/en/partners?q=FTC");
    expect(await visibleCodes(page)).toEqual(["US"]);
    await page.goto("/en/partners?q=accc");
    expect(await visibleCodes(page)).toEqual(["AU"]);
  });
});

for (const locale of LOCALES)
  for (const path of ["", "/partners"])
    test(`/${locale}${path} has no axe violations`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      await expectNoAxeViolations(page);
    });
