// Saved reports against the lab server: a visitor (X-Forwarded-For: 127.0.5.x) runs a test,
// saves it, a second person opens the link in a fresh browser, prints it, and the saver deletes it.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { closeAll, LAB_CHECKS, LAB_URL, startSmtp } from "./support/peers";
import { message } from "./support/peers-messages";

test.use({ baseURL: LAB_URL });

const en = (path: string) => message("en", path);
const REPORT_URL = /\/en\/reports\/([A-Za-z0-9_-]{22})$/;

async function runAndSave(page: Page, visitor: string) {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": visitor });
  await page.goto("/en/self-test");
  await page.getByLabel(en("SelfTest.form.consent")).check();
  await page.getByRole("button", { name: en("SelfTest.form.start") }).click();
  await page.waitForURL(/\/self-test\/report$/, { timeout: 30_000 });
  const save = page.getByTestId("save-report");
  // what is kept, for how long and for whom, before anything is kept
  await expect(save).toContainText(visitor);
  await expect(save).toContainText("90 days");
  await expect(save).toContainText("Anyone who has the link can open it");
  const verdicts = await page.locator("li[data-kind]").evaluateAll((items) =>
    items.map((li) => `${li.getAttribute("data-kind")}:${li.getAttribute("data-port")}=${li.getAttribute("data-verdict")}`),
  );
  await page.getByRole("button", { name: en("SelfTest.report.save.button") }).click();
  await page.waitForURL(REPORT_URL);
  return { verdicts, url: page.url() };
}

/** Another person: a fresh browser context without the saver's cookie, from another address. */
async function asSomeoneElse<T>(browser: Browser, javaScriptEnabled: boolean, visit: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ baseURL: LAB_URL, javaScriptEnabled, extraHTTPHeaders: { "X-Forwarded-For": "127.0.5.200" } });
  try {
    return await visit(await context.newPage());
  } finally {
    await context.close();
  }
}

async function expectSameReport(page: Page, visitor: string, verdicts: string[]) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en("SavedReport.title"));
  await expect(page.getByTestId("report-ip")).toHaveText(visitor);
  await expect(page.getByTestId("report-verdict")).toHaveText(en("Probe.verdict.vulnerable"));
  const seen = await page.locator("li[data-kind]").evaluateAll((items) =>
    items.map((li) => `${li.getAttribute("data-kind")}:${li.getAttribute("data-port")}=${li.getAttribute("data-verdict")}`),
  );
  expect(seen).toEqual(verdicts);
  await expect(page.locator('li[data-kind="smtp-relay"]')).toContainText("Postfix");
  // the same order as the live report: the verdict box names the problem and links its fix first
  await expect(page.getByTestId("verdict-banner").getByRole("link", { name: "How to fix Postfix" })).toHaveAttribute("href", "/en/fixes/postfix");
  await expect(page.locator('li[data-kind="smtp-relay"]').getByRole("link", { name: "How to fix Postfix" })).toHaveAttribute("href", "/en/fixes/postfix");
  await expect(page.getByText(en("SavedReport.about.heading"))).toBeVisible();
  // verdict and fix first, problems, then the folded ports with nothing listening, then the summary
  const order = await page.locator("[data-testid=verdict-banner], [data-group], [data-testid=report-summary]").evaluateAll((els) =>
    els.map((el) => el.getAttribute("data-group") ?? el.getAttribute("data-testid")),
  );
  expect(order).toEqual(["verdict-banner", "vulnerable", "no-service", "report-summary"]);
}

async function deleteAndExpectGone(page: Page, browser: Browser, deleteUrl: string, reportUrl: string, javaScriptEnabled: boolean) {
  await page.goto(deleteUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en("SavedReport.delete.title"));
  if (javaScriptEnabled) await expectNoAxeViolations(page); // axe runs as a script in the page
  await page.getByRole("button", { name: en("SavedReport.delete.button") }).click();
  await page.waitForURL(/\/en\/reports\/deleted$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en("SavedReport.deleted.title"));
  await asSomeoneElse(browser, javaScriptEnabled, async (other) => {
    const response = await other.goto(reportUrl);
    expect(response?.status()).toBe(404);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(en("SavedReport.notFound.title"));
  });
  // the private link is spent too
  expect((await page.goto(deleteUrl))?.status()).toBe(404);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("save → open the link as someone else → print → delete → 404", async ({ page }) => {
      const visitor = javaScriptEnabled ? "127.0.5.2" : "127.0.5.3";
      const peers = [await startSmtp(visitor, { relay: "open" })];
      try {
        const { verdicts, url } = await runAndSave(page, visitor);
        expect(verdicts).toHaveLength(LAB_CHECKS);
        // the saver sees both links once; the delete link is not the report link
        await expect(page.getByTestId("saved-notice")).toBeVisible();
        await expect(page.getByTestId("saved-url")).toHaveText(url);
        const deleteUrl = (await page.getByTestId("delete-url").textContent())!;
        expect(deleteUrl).toMatch(new RegExp(`^${url}/delete/[A-Za-z0-9_-]{22}$`));
        if (javaScriptEnabled) await expectNoAxeViolations(page);

        await asSomeoneElse(page.context().browser()!, javaScriptEnabled, async (other) => {
          const response = await other.goto(url);
          expect(response?.status()).toBe(200);
          expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
          expect(response?.headers()["cache-control"]).toContain("private");
          expect(response?.headers()["x-robots-tag"]).toContain("noindex");
          await expect(other.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
          await expectSameReport(other, visitor, verdicts);
          await expect(other.getByTestId("saved-notice")).toHaveCount(0);
          await expect(other.getByText(deleteUrl)).toHaveCount(0);
          if (javaScriptEnabled) await expectNoAxeViolations(other);

          // Printed: no site header or footer, every transcript open, links written out, nothing cut off.
          await other.emulateMedia({ media: "print" });
          await expect(other.locator("body > header")).toBeHidden();
          await expect(other.locator("body > footer")).toBeHidden();
          await expect(other.getByText(en("SavedReport.link").replace("{url}", url))).toBeVisible();
          const transcripts = other.locator("li[data-kind] pre");
          await expect(transcripts.first()).toBeVisible();
          for (const pre of await transcripts.all()) await expect(pre).toBeVisible();
          const cut = await other.evaluate(() =>
            [...document.querySelectorAll(".report-document pre, .report-document dd, .report-document p")]
              .filter((el) => el.scrollWidth > el.clientWidth + 1)
              .map((el) => el.textContent?.slice(0, 60)),
          );
          expect(cut, "elements whose text runs past their box in print").toEqual([]);
          const fixLink = other.locator('li[data-kind="smtp-relay"]').getByRole("link", { name: "How to fix Postfix" });
          const printedHref = await fixLink.evaluate((a) => getComputedStyle(a, "::after").content);
          expect(printedHref).toContain(`${LAB_URL}/en/fixes/postfix`);
          await other.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
          const shot = await other.screenshot({ fullPage: true, path: test.info().outputPath("print.png") });
          await test.info().attach("saved report, print", { body: shot, contentType: "image/png" });
          expect(shot.byteLength).toBeGreaterThan(10_000);
        });

        await deleteAndExpectGone(page, page.context().browser()!, deleteUrl, url, javaScriptEnabled);
      } finally {
        await closeAll(peers);
      }
    });
  });
}

test("the same report opens in any language; unknown and malformed ids get a localized 404", async ({ page, request }) => {
  const visitor = "127.0.5.4";
  const peers = [await startSmtp(visitor, { relay: "open" })];
  try {
    const { url } = await runAndSave(page, visitor);
    const id = REPORT_URL.exec(url)![1];
    await page.goto(`/ro/reports/${id}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ro");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(message("ro", "SavedReport.title"));
    await expect(page.getByTestId("report-ip")).toHaveText(visitor);
    await page.goto(`/ar/reports/${id}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByTestId("report-verdict")).toHaveText(message("ar", "Probe.verdict.vulnerable"));

    for (const bad of ["AAAAAAAAAAAAAAAAAAAAAA", "short", "x".repeat(200), "%27%20OR%201%3D1--"]) {
      const response = await page.goto(`/ro/reports/${bad}`);
      expect(response?.status(), bad).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(message("ro", "SavedReport.notFound.title"));
      const json = await request.get(`/en/reports/${bad}`, { headers: { accept: "application/json" } });
      expect(json.status()).toBe(404);
      expect(await json.json()).toEqual({ error: "not-found" });
    }
    const wrongToken = await request.post(`/en/reports/${id}/delete/${"A".repeat(22)}`, { headers: { accept: "application/json" } });
    expect(wrongToken.status()).toBe(404);
    expect((await request.get(`/en/reports/${id}`, { headers: { accept: "application/json" } })).status()).toBe(200);
  } finally {
    await closeAll(peers);
  }
});

test("API: save=1 returns the links; the report URL answers JSON; POST to the delete URL deletes", async ({ request }) => {
  const visitor = "127.0.5.5";
  const peers = [await startSmtp(visitor, { relay: "closed" })];
  try {
    const headers = { "X-Forwarded-For": visitor, accept: "application/json" };
    const before = await request.post("/api/self-test?groups=mail", { headers: { ...headers, "X-Forwarded-For": "127.0.5.6" } });
    expect(await before.json()).not.toHaveProperty("saved"); // nothing stored without save=1

    const res = await request.post("/api/self-test?groups=mail&save=1", { headers });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.verdict).toBe("secure");
    expect(body.saved.url).toMatch(new RegExp(`^${LAB_URL}/en/reports/[A-Za-z0-9_-]{22}$`));
    expect(body.saved.deleteUrl).toMatch(new RegExp(`^${body.saved.url}/delete/[A-Za-z0-9_-]{22}$`));
    const days = (Date.parse(body.saved.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);

    const stored = await request.get(body.saved.url, { headers: { accept: "application/json" } });
    expect(stored.status()).toBe(200);
    expect(stored.headers()["referrer-policy"]).toBe("no-referrer");
    expect(stored.headers()["cache-control"]).toContain("private");
    const json = await stored.json();
    expect(json).toMatchObject({ schema: 1, target: visitor, verdict: "secure", startedAt: body.startedAt, expiresAt: body.saved.expiresAt });
    expect(json.checks.map((c: { kind: string; verdict: string }) => `${c.kind}=${c.verdict}`)).toEqual(
      body.checks.map((c: { kind: string; verdict: string }) => `${c.kind}=${c.verdict}`),
    );
    expect(Date.parse(json.savedAt)).toBeLessThanOrEqual(Date.now());

    const text = await request.post("/api/self-test?groups=mail&save=maybe", { headers: { "X-Forwarded-For": "127.0.5.7" } });
    expect(text.status()).toBe(400);
    expect(await text.json()).toMatchObject({ error: "invalid-save" });

    const deleted = await request.post(body.saved.deleteUrl, { headers: { accept: "application/json" } });
    expect(deleted.status()).toBe(200);
    expect(await deleted.json()).toEqual({ deleted: true });
    expect((await request.get(body.saved.url, { headers: { accept: "application/json" } })).status()).toBe(404);
  } finally {
    await closeAll(peers);
  }
});
