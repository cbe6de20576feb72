// Sentences that carry a configured number: the port nouns follow how many ports a group has,
// and lengths of time come whole from Intl ("1 minute", "8 seconds", "20 de secunde"), so no
// translation writes its own unit after a number it cannot see. The default server probes
// several ports a group with a 60 s cooldown; the lab server one port a group with an 8 s
// cooldown.
import { expect, test } from "@playwright/test";
import { LAB_URL } from "./support/peers";

const unit = (locale: string, value: number, name: "minute" | "second") =>
  new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "long" }).format(value);

const whatWeTest = (page: import("@playwright/test").Page) => page.getByTestId("what-we-test").locator(":scope > li");

test("en: the default server names its ports in the right number and its cooldown in minutes", async ({ page }) => {
  await page.goto("/en/self-test");
  await expect(whatWeTest(page).first()).toContainText(/^Mail relay \(SMTP\) on ports \d+(, \d+)+: /);
  await expect(page.getByText("The test takes at most 20 seconds. After each test, you must wait 1 minute before you can test again.")).toBeVisible();
});

test("en: the lab server has one port a group and an 8-second cooldown", async ({ page }) => {
  await page.goto(`${LAB_URL}/en/self-test`);
  await expect(whatWeTest(page).first()).toContainText("Mail relay (SMTP) on port 2525: ");
  await expect(whatWeTest(page).filter({ hasText: "SOCKS" })).toContainText("SOCKS proxy on port 1080: ");
  await expect(page.getByText("After each test, you must wait 8 seconds before you can test again.")).toBeVisible();
});

for (const locale of ["ro", "ar"]) {
  test(`${locale}: lengths of time are Intl's own words, ports stay in left-to-right order`, async ({ page }) => {
    await page.goto(`/${locale}/self-test`);
    const time = page.locator("p").filter({ hasText: unit(locale, 20, "second") });
    await expect(time).toContainText(unit(locale, 1, "minute"));
    const mail = whatWeTest(page).first().locator("bdi");
    await expect(mail).toHaveText(/^\d+(, \d+)+$/);
    await expect(mail).toHaveAttribute("dir", "ltr");
    await page.goto(`${LAB_URL}/${locale}/self-test`);
    await expect(page.locator("p").filter({ hasText: unit(locale, 8, "second") })).toHaveCount(1);
  });
}
