// The report journey on a phone (issue 16, items 4–6): the verdict names the problem and its
// fix on the first screen, the findings come in the order a reader acts on them, "nothing found"
// asks whether we tested the right address, and waiting shows time — with and without
// JavaScript. Visitors are 127.0.16.x behind the lab server's trusted local proxy.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "next-intl";
import { startFake200 } from "../lib/probe/test-peers/hostile-peers";
import { expectNoAxeViolations } from "./support/axe";
import { closeAll, LAB_PORTS, LAB_URL, startSmtp } from "./support/peers";

test.use({ baseURL: LAB_URL, viewport: { width: 375, height: 667 } });

const LOCALES = [
  { locale: "en", n: 1 },
  { locale: "ro", n: 4 },
  { locale: "ar", n: 7 },
] as const;

/** The site's own words, formatted as the pages format them (plurals included). */
function words(locale: string) {
  const messages = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));
  const t = createTranslator({ locale, messages });
  const seconds = (n: number) => new Intl.NumberFormat(locale, { style: "unit", unit: "second", unitDisplay: "long" }).format(n);
  return { t: (key: string, values?: Record<string, string | number>) => t(key as never, values as never), seconds };
}

async function openStartPage(page: Page, visitor: string, locale: string) {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": visitor });
  await page.goto(`/${locale}/self-test`);
}

async function start(page: Page, locale: string) {
  const { t } = words(locale);
  await page.getByLabel(t("SelfTest.form.consent")).check();
  await page.getByRole("button", { name: t("SelfTest.form.start") }).click();
}

for (const { locale, n } of LOCALES) {
  test.describe(locale, () => {
    test(`${locale}: waiting shows time, clears the old error, then the verdict names the problem with its fix on the first screen`, async ({ page }) => {
      const visitor = `127.0.16.${n}`;
      const { t, seconds } = words(locale);
      // The mail server answers late, so the waiting view is there to be seen.
      const peers = [await startSmtp(visitor, { relay: "open", greetingDelayMs: 3_000 }), await startFake200({ host: visitor, port: LAB_PORTS.http })];
      try {
        await openStartPage(page, visitor, locale);
        // the start button comes before the list of what we test, which is folded away
        const startButton = page.getByRole("button", { name: t("SelfTest.form.start") });
        const what = page.getByTestId("what-we-test");
        await expect(what).toBeHidden();
        expect(await startButton.evaluate((b, list) => !!(b.compareDocumentPosition(list!) & Node.DOCUMENT_POSITION_FOLLOWING), await what.elementHandle())).toBe(true);

        await startButton.click(); // no consent: the error summary
        await expect(page.locator("#error-summary")).toBeVisible();
        await start(page, locale);
        const progress = page.getByTestId("self-test-progress");
        await expect(progress).toBeVisible();
        await expect(page.locator("#error-summary")).toHaveCount(0);

        const elapsed = page.getByTestId("progress-elapsed");
        await expect(elapsed).toContainText(t("SelfTest.progress.limit", { time: seconds(20) }));
        await expect(elapsed).toContainText(t("SelfTest.progress.elapsed", { time: seconds(1) }), { timeout: 3_000 });

        await page.waitForURL(new RegExp(`/${locale}/self-test/report$`), { timeout: 30_000 });
        const banner = page.getByTestId("verdict-banner");
        await expect(banner).toHaveAttribute("data-verdict", "vulnerable");
        await expect(page.locator("#verdict-heading")).toBeFocused();
        // one problem: the heading names it; the fix is the guide for the detected software
        const relay = t("SelfTest.report.problem.line", { port: LAB_PORTS.smtp, software: "Postfix", problem: t("SelfTest.report.problem.relay") });
        await expect(page.locator("#verdict-heading")).toHaveText(relay);
        const fix = banner.getByRole("link", { name: t("SelfTest.report.fix", { name: "Postfix" }) });
        await expect(fix).toHaveAttribute("href", `/${locale}/fixes/postfix`);
        const bottom = await fix.evaluate((a) => a.getBoundingClientRect().bottom + window.scrollY);
        expect(bottom, "the fix link's bottom edge, in px from the top of the page").toBeLessThanOrEqual(667);
        await page.screenshot({ path: test.info().outputPath("first-screen.png") });

        // problems, then "could not tell", then the ports with nothing listening, folded
        const order = await page.locator("[data-testid=verdict-banner], [data-group]").evaluateAll((els) =>
          els.map((el) => el.getAttribute("data-group") ?? "verdict"),
        );
        expect(order).toEqual(["verdict", "vulnerable", "inconclusive", "no-service"]);
        const nothing = page.locator('[data-group="no-service"] > details');
        expect(await nothing.getAttribute("open")).toBeNull();
        await expect(nothing.locator("> summary")).toHaveText(t("SelfTest.report.groups.nothing", { count: 1 }));
        await expect(page.locator('[data-group="no-service"] li[data-kind="socks5"]')).toBeHidden();
      } finally {
        await closeAll(peers);
      }
    });

    test(`${locale}: nothing found asks whether we tested the address in the letter, with the command for that server`, async ({ page }) => {
      const visitor = `127.0.16.${n + 1}`;
      const { t } = words(locale);
      await openStartPage(page, visitor, locale);
      await page.getByLabel(t("SelfTest.form.group.blocklists")).uncheck(); // loopback only: done in well under a second
      await start(page, locale);
      await page.waitForURL(new RegExp(`/${locale}/self-test/report$`), { timeout: 30_000 });
      const banner = page.getByTestId("verdict-banner");
      await expect(banner).toHaveAttribute("data-verdict", "no-service");
      const elsewhere = banner.getByTestId("elsewhere");
      await expect(elsewhere.getByRole("heading")).toHaveText(t("SelfTest.report.elsewhere.question", { address: visitor }));
      await expect(elsewhere.locator("h3 bdi")).toHaveText(visitor); // keeps its order in Arabic
      await expect(elsewhere.locator("pre code")).toHaveText(`curl -X POST ${LAB_URL}/api/self-test`);
      await expect(elsewhere.getByRole("button", { name: t("SelfTest.curl.copy") })).toBeVisible();
      await expect(page.getByTestId("report-duration")).toHaveText(t("SelfTest.report.summary.underOne"));
      await expectNoAxeViolations(page);
      await page.screenshot({ path: test.info().outputPath("nothing-found.png") });
    });

    test.describe("without JavaScript", () => {
      test.use({ javaScriptEnabled: false });

      test(`${locale}: the form answers at once with a waiting page that opens the report by itself`, async ({ page }) => {
        const visitor = `127.0.16.${n + 2}`;
        const { t, seconds } = words(locale);
        const peers = [await startSmtp(visitor, { relay: "open", greetingDelayMs: 5_000 })];
        try {
          await openStartPage(page, visitor, locale);
          const started = Date.now();
          await start(page, locale);
          await page.waitForURL(new RegExp(`/${locale}/self-test/testing\\?`));
          expect(Date.now() - started, "ms until the waiting page").toBeLessThan(4_000);
          await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("SelfTest.progress.heading"));
          await expect(page.getByTestId("progress-elapsed")).toContainText(t("SelfTest.progress.limit", { time: seconds(20) }));
          await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(1);
          await page.waitForURL(new RegExp(`/${locale}/self-test/report$`), { timeout: 30_000 });
          await expect(page.getByTestId("verdict-banner")).toHaveAttribute("data-verdict", "vulnerable");
          await expect(page.getByTestId("verdict-banner").getByRole("link", { name: t("SelfTest.report.fix", { name: "Postfix" }) })).toBeVisible();
        } finally {
          await closeAll(peers);
        }
      });
    });
  });
}

test("the waiting page cannot be made to wait for ever: a start time from long ago gives up", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "127.0.16.20" });
  await page.goto(`/en/self-test/testing?since=${Date.now() - 3_600_000}&after=x`);
  await expect(page).toHaveURL(/\/en\/self-test\?error=failed$/);
  await expect(page.locator("#refusal")).toContainText(words("en").t("SelfTest.errors.failed"));
});
