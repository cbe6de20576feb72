// The self-test journey against the lab server: the browser plays a visitor behind our trusted
// local proxy (X-Forwarded-For: 127.0.4.x) whose "server" is a set of loopback peers.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { closeAll, LAB_CHECKS, LAB_COOLDOWN_SECONDS, LAB_URL, startClosedProxy, startClosedSocks, startSmtp } from "./support/peers";
import { message } from "./support/peers-messages";

test.use({ baseURL: LAB_URL });

const en = (path: string) => message("en", path);

async function startTest(page: Page, visitor: string, locale = "en") {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": visitor });
  await page.goto(`/${locale}/self-test`);
  await expect(page.getByTestId("client-ip")).toHaveText(visitor);
  await page.getByLabel(message(locale, "SelfTest.form.consent")).check();
  await page.getByRole("button", { name: message(locale, "SelfTest.form.start") }).click();
}

async function expectReport(page: Page, verdict: string) {
  await page.waitForURL(/\/self-test\/report$/, { timeout: 30_000 });
  await expect(page.getByTestId("verdict-banner")).toHaveAttribute("data-verdict", verdict);
}

test("an open relay is reported as open to misuse, names Postfix and links its fix guide", async ({ page }) => {
  const visitor = "127.0.4.2";
  const peers = [await startSmtp(visitor, { relay: "open" })];
  try {
    await startTest(page, visitor);
    await expectReport(page, "vulnerable");
    await expect(page.getByTestId("report-ip")).toHaveText(visitor);
    const smtp = page.locator('li[data-kind="smtp-relay"]');
    await expect(smtp.locator("[data-status]")).toHaveText(en("Probe.verdict.vulnerable"));
    await expect(smtp).toContainText("Postfix");
    await expect(smtp).toContainText(en("Probe.reason.relay-accepted-null-sender").slice(0, 40));
    await expect(smtp.getByRole("link", { name: "How to fix Postfix" })).toHaveAttribute("href", "/en/fixes/postfix");
    await smtp.getByText(en("SelfTest.report.transcript")).click();
    await expect(smtp.locator("pre")).toContainText("RCPT TO");
    await expectNoAxeViolations(page);
  } finally {
    await closeAll(peers);
  }
});

test("a server that refuses everything gets the all-clear", async ({ page }) => {
  const visitor = "127.0.4.3";
  const peers = await Promise.all([startSmtp(visitor, { relay: "closed" }), startClosedProxy(visitor), startClosedSocks(visitor)]);
  try {
    await startTest(page, visitor);
    await expectReport(page, "secure");
    await expect(page.getByTestId("verdict-banner")).toContainText(en("SelfTest.report.banner.secure.title"));
    const checks = page.locator("li[data-kind]");
    await expect(checks).toHaveCount(LAB_CHECKS);
    for (const check of await checks.all()) await expect(check).toHaveAttribute("data-verdict", "secure");
    await expect(page.locator("li[data-kind] a[href*='/fixes/']")).toHaveCount(0);
  } finally {
    await closeAll(peers);
  }
});

test("an address with nothing listening gets “no service”", async ({ page }) => {
  await startTest(page, "127.0.4.4");
  await expectReport(page, "no-service");
  await expect(page.locator("li[data-kind]")).toHaveCount(LAB_CHECKS);
  await expect(page.locator('li[data-kind][data-verdict="no-service"]')).toHaveCount(LAB_CHECKS);
  await expect(page.locator("li[data-kind]").first()).toContainText(en("Probe.reason.connection-refused"));
});

test("progress rows appear before the test ends, and the progress view is accessible", async ({ page }) => {
  const visitor = "127.0.4.5";
  const peers = [await startSmtp(visitor, { relay: "closed", greetingDelayMs: 5_000 })];
  try {
    await startTest(page, visitor);
    const progress = page.getByTestId("self-test-progress");
    await expect(progress.locator("tbody tr")).toHaveCount(LAB_CHECKS);
    // the slow mail server is still being checked while the others have finished
    await expect(progress.locator('tbody tr[data-status="running"]')).toHaveCount(1);
    await expect(progress.locator('tbody tr[data-status="no-service"]')).toHaveCount(LAB_CHECKS - 1);
    await expect(progress.locator("progress")).toHaveAttribute("value", String(LAB_CHECKS - 1));
    expect(page.url()).toMatch(/\/en\/self-test$/);
    await expectNoAxeViolations(page);
    await expectReport(page, "secure");
  } finally {
    await closeAll(peers);
  }
});

test("the start form explains a missing confirmation (error summary and field message)", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "127.0.4.11" });
  await page.goto("/en/self-test");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: en("SelfTest.form.start") }).click();
  await expect(page).toHaveURL(/error=consent/);
  const summary = page.locator("#error-summary");
  await expect(summary).toContainText(en("SelfTest.errors.summary"));
  await expect(summary.getByRole("link", { name: en("SelfTest.errors.consent") })).toHaveAttribute("href", "#consent");
  await expect(page.locator("#consent-error")).toContainText(en("SelfTest.errors.consent"));
  await expect(page).toHaveTitle(/^Error:/);
  await expectNoAxeViolations(page);
});

test("testing again after a fix says what changed", async ({ page }) => {
  test.setTimeout(90_000);
  const visitor = "127.0.4.8";
  let peers = [await startSmtp(visitor, { relay: "open" })];
  try {
    await startTest(page, visitor);
    await expectReport(page, "vulnerable");
    await expect(page.getByText(/You can test again in \d+ second/)).toBeVisible();
    await closeAll(peers);
    peers = [await startSmtp(visitor, { relay: "closed" })];
    await page.waitForTimeout(LAB_COOLDOWN_SECONDS * 1000 + 500);
    await page.getByRole("button", { name: en("SelfTest.form.again") }).click();
    await expect(page.getByTestId("verdict-banner")).toHaveAttribute("data-verdict", "secure", { timeout: 30_000 });
    const changes = page.getByTestId("changes");
    await expect(changes).toContainText(en("SelfTest.report.changes.heading"));
    await expect(changes.getByRole("listitem")).toHaveText(/port 2525: was “Open to misuse”, now “Protected”/);
  } finally {
    await closeAll(peers);
  }
});

async function expectRateLimitedInGerman(page: Page, visitor: string) {
  await startTest(page, visitor, "de");
  await expectReport(page, "no-service");
  await startTest(page, visitor, "de");
  await expect(page).toHaveURL(/\/de\/self-test\?refused=rate-limited/);
  const notice = page.locator("#refusal");
  await expect(notice).toContainText(message("de", "SelfTest.refused.heading"));
  await expect(notice).toContainText(message("de", "SelfTest.refused.rate-limited").split("{")[0]!.trim());
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
}

test("a second test inside the cooldown gets the localized rate-limit message (live view)", async ({ page }) => {
  await expectRateLimitedInGerman(page, "127.0.4.12");
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still runs the test and shows the complete report", async ({ page }) => {
    const visitor = "127.0.4.6";
    const peers = [await startSmtp(visitor, { relay: "open" })];
    try {
      await startTest(page, visitor);
      await expectReport(page, "vulnerable");
      await expect(page.locator("li[data-kind]")).toHaveCount(LAB_CHECKS);
      await expect(page.locator('li[data-kind="smtp-relay"]')).toContainText("Postfix");
      // the fix is named in the verdict box and again at the check
      await expect(page.getByTestId("verdict-banner").getByRole("link", { name: "How to fix Postfix" })).toBeVisible();
      await expect(page.locator('li[data-kind="smtp-relay"]').getByRole("link", { name: "How to fix Postfix" })).toBeAttached();
      await expect(page.getByText("curl -X POST")).toHaveCount(0); // report page: no curl block
    } finally {
      await closeAll(peers);
    }
  });

  test("a second test inside the cooldown gets the localized rate-limit message", async ({ page }) => {
    await expectRateLimitedInGerman(page, "127.0.4.7");
  });
});
