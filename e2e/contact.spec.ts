// Issue 16 items 2, 7 and 9: who runs the site, the self-test one step from every page, and the
// privacy page stating the cooldown the server runs with. playwright.config.ts starts the servers
// with OPERATOR_NAME, CONTACT_EMAIL and ACCESSIBILITY_CONTACT_EMAIL set (and no press address).
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { message } from "./support/peers-messages";

const port = Number(process.env.E2E_PORT ?? 3100);
const lab = `http://127.0.0.1:${port + 1}`; // SELFTEST_COOLDOWN_SECONDS=8
const OPERATOR = "E2E Test Operator";
const CONTACT = "contact@e2e-operator.test";
const ACCESSIBILITY = "access@e2e-operator.test";
const PRESS = "press@secure-your-server.example";

const unit = (locale: string, value: number, unit: "minute" | "second") =>
  new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }).format(value);

for (const locale of ["en", "ro", "ar"]) {
  const testServer = message(locale, "Layout.testServer");

  test(`${locale}: the header's "${testServer}" link reaches the self-test`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(`/${locale}/about`);
    const link = page.locator("header").getByRole("link", { name: testServer, exact: true });
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/self-test$`));
    await expect(page.locator("h1")).toHaveCount(1);
  });

  test(`${locale}: the footer links the self-test and the contact page`, async ({ page }) => {
    await page.goto(`/${locale}/guidance`);
    const footer = page.locator("footer");
    await footer.getByRole("link", { name: message(locale, "Layout.footer.selfTest"), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/self-test$`));
    await page.locator("footer").getByRole("link", { name: message(locale, "Layout.footer.contact"), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/contact$`));
    await expect(page.locator("h1")).toHaveText(message(locale, "Contact.title"));
  });

  test(`${locale}: the letter page starts with the self-test link`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(`/${locale}/letter`);
    const link = page.locator("main").getByRole("link", { name: testServer, exact: true });
    await expect(link).toHaveAttribute("href", `/${locale}/self-test`);
    await expect(link).toBeInViewport(); // on the first screen of a phone
    // before any of the letter's own sections
    const first = await page.locator("main article a, main article h2").first().textContent();
    expect(first).toBe(testServer);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/self-test$`));
  });

  test(`${locale}: the contact page names the operator and the configured addresses`, async ({ page }) => {
    await page.goto(`/${locale}/contact`);
    await expect(page.locator("h1")).toHaveText(message(locale, "Contact.title"));
    const row = (id: string) => page.locator(`#contact-${id}`);
    await expect(row("operator")).toContainText(message(locale, "Contact.operator"));
    await expect(row("operator").locator("dd")).toHaveText(OPERATOR);
    for (const [id, address] of [["general", CONTACT], ["accessibility", ACCESSIBILITY], ["press", PRESS]]) {
      await expect(row(id!).getByRole("link", { name: address! })).toHaveAttribute("href", `mailto:${address}`);
    }
    await row("accessibility").getByRole("link", { name: message(locale, "Contact.accessibilityStatement") }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/accessibility$`));
  });

  test(`${locale}: the contact page has no axe violations`, async ({ page }) => {
    await page.goto(`/${locale}/contact`);
    await expectNoAxeViolations(page);
  });

  test(`${locale}: the accessibility statement gives the configured contact and what to do next`, async ({ page }) => {
    await page.goto(`/${locale}/accessibility`);
    const article = page.locator("main article");
    await expect(article.getByRole("link", { name: ACCESSIBILITY })).toHaveAttribute("href", `mailto:${ACCESSIBILITY}`);
    await expect(article.locator(`a[href="/${locale}/contact"]`)).toHaveCount(1);
    // the enforcement procedure: its own section, after the contact
    await expect(article.locator("h2")).toHaveCount(6);
    await expectNoAxeViolations(page);
  });

  test(`${locale}: the privacy page states the cooldown each server runs with`, async ({ page }) => {
    await page.goto(`/${locale}/privacy`);
    await expect(page.locator("main article strong").first()).toHaveText(unit(locale, 1, "minute"));
    await page.goto(`${lab}/${locale}/privacy`);
    const stated = page.locator("main article strong");
    await expect(stated).toHaveCount(2);
    await expect(stated.first()).toHaveText(unit(locale, 8, "second"));
    await expect(stated.nth(1)).toHaveText(unit(locale, 8, "second"));
    await expectNoAxeViolations(page);
  });
}

test("the English privacy page says it in words", async ({ page }) => {
  await page.goto(`${lab}/en/privacy`);
  await expect(page.locator("main article")).toContainText("After each test, you must wait 8 seconds before you can test again from the same address.");
});
