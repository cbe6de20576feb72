import { expect, test, type Page } from "@playwright/test";
import { locales } from "./support/site";

// The language switcher lists the languages in one order everywhere: by their own names under
// the Unicode root collation (i18n/locale-meta.ts). Dates are written as Intl writes them for
// the page's locale.

async function switcherOrder(page: Page, path: string) {
  await page.goto(path);
  const items = page.getByTestId("language-list").locator(":scope > li > [lang]");
  return items.evaluateAll((els) =>
    els.map((el) => ({ code: el.getAttribute("lang")!, name: el.textContent!.trim() })),
  );
}

test("the language switcher has one order on every page and in every locale, by the documented rule", async ({
  page,
}) => {
  const seen = [
    await switcherOrder(page, "/en"),
    await switcherOrder(page, "/en/press"),
    await switcherOrder(page, "/ro/press"),
    await switcherOrder(page, "/ar/statistics"),
  ];
  for (const order of seen.slice(1)) expect(order).toEqual(seen[0]);

  const order = seen[0]!;
  expect(order.map((l) => l.code).sort()).toEqual([...locales].sort());
  const root = new Intl.Collator("en");
  const sorted = [...order].sort((a, b) => root.compare(a.name, b.name));
  expect(order).toEqual(sorted);
  // Latin names first, then Cyrillic, Arabic, Hangul and Han.
  const names = order.map((l) => l.name);
  expect(names[0]).toBe("Dansk");
  expect(names.indexOf("Suomi")).toBeLessThan(names.indexOf("Български"));
  expect(names.indexOf("Български")).toBeLessThan(names.indexOf("العربية"));
  expect(names.indexOf("العربية")).toBeLessThan(names.indexOf("日本語"));
});

const longDay = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );
const monthOf = (locale: string, isoMonth: string) =>
  new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(`${isoMonth}-01T00:00:00Z`),
  );

// The month as each language names it, so a page that fell back to English would fail.
const JANUARY = { en: "January", ro: "ianuarie", ar: "يناير" } as const;

for (const locale of ["en", "ro", "ar"] as const) {
  test(`/${locale}: dates on the press page and "last updated" follow the locale`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/press`);
    const operation = page.locator('time[datetime="2004-01-29"]');
    await expect(operation).toHaveText(longDay(locale, "2004-01-29"));
    await expect(operation).toContainText(JANUARY[locale]);
    await expect(page.locator('time[datetime="2004-10"]')).toHaveText(monthOf(locale, "2004-10"));
    // The FTC release is cited with its date in the same style.
    await expect(
      page.getByTestId("press-sources").getByRole("link", { name: longDay(locale, "2004-01-29") }).first(),
    ).toBeVisible();

    await page.goto(`/${locale}/about`);
    const updated = page.getByTestId("last-updated").locator("time");
    const iso = await updated.getAttribute("datetime");
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(updated).toHaveText(longDay(locale, iso!));
  });
}
