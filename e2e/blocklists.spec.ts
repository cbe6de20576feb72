// The report's blocklist section, on a server this spec starts with DNSBL_RESOLVERS pointing at
// its own DNS server on loopback (never a real resolver): two listings (Spamhaus ZEN as an
// exploited host, DroneBL as a SOCKS proxy), one list that does not answer, a PTR name that does
// not point back. With and without JavaScript, in en, ar and ja.
import { expect, test, type Page } from "@playwright/test";
import { BLOCKLISTS } from "../lib/blocklists/lists";
import { startDnsServer, type DnsServer } from "../tests/support/dns-server";
import { expectNoAxeViolations } from "./support/axe";
import { startOwnServer, type OwnServer } from "./support/own-server";
import { closeAll, startSmtp } from "./support/peers";
import { message } from "./support/peers-messages";

const base = Number(process.env.E2E_PORT ?? 3100);
test.describe.configure({ mode: "serial", timeout: 120_000 });

const ZEN = BLOCKLISTS.find((l) => l.zone === "zen.spamhaus.org")!;
const RUNS = [
  ["en", true, "127.0.7.2"],
  ["ar", true, "127.0.7.3"],
  ["ja", true, "127.0.7.4"],
  ["en", false, "127.0.7.5"],
  ["ar", false, "127.0.7.6"],
  ["ja", false, "127.0.7.7"],
] as const;

const ONLY_BLOCKLISTS = "127.0.7.8";

const reversed = (ip: string) => ip.split(".").reverse().join(".");

let dns: DnsServer;
let server: OwnServer;
test.beforeAll(async () => {
  const records: Parameters<typeof startDnsServer>[0] = {};
  for (const visitor of [...RUNS.map((run) => run[2]), ONLY_BLOCKLISTS]) {
    const name = reversed(visitor);
    records[`${name}.zen.spamhaus.org`] = { a: ["127.0.0.4"] };
    records[`${name}.dnsbl.dronebl.org`] = { a: ["127.0.0.8"] };
    records[`${name}.bl.spamcop.net`] = { silent: true };
    records[`${name}.in-addr.arpa`] = { ptr: "mail.lab.test" };
  }
  records["mail.lab.test"] = { a: ["127.0.9.9"] }; // points elsewhere: not forward-confirmed
  dns = await startDnsServer(records);
  server = await startOwnServer(base + 14, { DNSBL_RESOLVERS: dns.address });
});
test.afterAll(async () => {
  await server?.stop();
  await dns?.close();
});

async function runTest(page: Page, locale: string, visitor: string) {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": visitor });
  await page.goto(`${server.url}/${locale}/self-test`);
  await expect(page.getByLabel(message(locale, "SelfTest.form.group.blocklists"))).toBeChecked();
  await page.getByLabel(message(locale, "SelfTest.form.consent")).check();
  await page.getByRole("button", { name: message(locale, "SelfTest.form.start") }).click();
  await page.waitForURL(/\/self-test\/report$/, { timeout: 30_000 });
}

for (const [locale, javaScriptEnabled, visitor] of RUNS) {
  test.describe(`${locale}, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("the report names the lists that list the address, what to do, and the reverse DNS", async ({ page }) => {
      const t = (key: string) => message(locale, `SelfTest.blocklists.${key}`);
      // One visitor also runs an open relay: the section then points to its fix guide first.
      const openRelay = locale === "en" && javaScriptEnabled;
      const peers = [await startSmtp(visitor, { relay: openRelay ? "open" : "closed" })];
      try {
        await runTest(page, locale, visitor);
        const section = page.getByTestId("blocklists");
        await expect(section.getByRole("heading", { level: 2 })).toHaveText(t("heading"));
        await expect(section.locator("li[data-zone]")).toHaveCount(BLOCKLISTS.length);
        await expect(section.locator('li[data-status="listed"]')).toHaveCount(2);
        await expect(section.locator('li[data-status="error"]')).toHaveCount(1);
        // Listed first, with the list's category in the reader's language and its removal page.
        const zen = section.locator('li[data-zone="zen.spamhaus.org"]');
        await expect(zen).toHaveAttribute("data-status", "listed");
        await expect(zen).toContainText(t("status.listed"));
        await expect(zen).toContainText(t("category.exploited-host"));
        await expect(zen.locator(`a[href="${ZEN.delistUrl}"]`)).toHaveCount(1);
        await expect(section.locator('li[data-zone="dnsbl.dronebl.org"]')).toContainText(t("category.open-proxy"));
        await expect(section.locator('li[data-zone="bl.spamcop.net"]')).toContainText(t("reason.timeout"));
        await expect(section.locator('li[data-zone="psbl.surriel.com"]')).toContainText(t("status.not-listed"));
        await expect(section.locator(`a[href="/${locale}/guidance/blocklists"]`)).toHaveCount(1);
        await expect(page.getByTestId("reverse-dns")).toContainText("mail.lab.test");
        await expect(page.getByTestId("reverse-dns")).toContainText(t("reverseDns.unconfirmed").split("<name>")[0]!.trim().slice(0, 12));
        await expect(section.getByTestId("blocklists-fixes")).toHaveCount(openRelay ? 1 : 0);
        if (openRelay) await expect(section.getByRole("link", { name: "How to fix Postfix" })).toHaveAttribute("href", "/en/fixes/postfix");
        if (locale === "en") {
          await expect(page.getByTestId("blocklists-summary")).toHaveText("2 lists name your address. We could not check 1 list.");
        }
        if (locale === "ar") await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
        // axe runs inside the page, so only where scripts run; the markup is the same without.
        if (javaScriptEnabled) await expectNoAxeViolations(page);
      } finally {
        await closeAll(peers);
      }
    });
  });
}

test("with only the blocklists chosen, no check runs and the report states no verdict on the server", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": ONLY_BLOCKLISTS });
  await page.goto(`${server.url}/en/self-test`);
  for (const group of ["mail", "web-proxy", "socks"]) await page.getByLabel(message("en", `SelfTest.form.group.${group}`)).uncheck();
  await page.getByLabel(message("en", "SelfTest.form.consent")).check();
  await page.getByRole("button", { name: message("en", "SelfTest.form.start") }).click();
  await page.waitForURL(/\/self-test\/report$/, { timeout: 30_000 });
  await expect(page.getByTestId("blocklists-summary")).toHaveText("2 lists name your address. We could not check 1 list.");
  await expect(page.getByTestId("verdict-banner")).toHaveCount(0);
  await expect(page.locator("li[data-kind]")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the API's JSON report carries blocklists and reverseDns, the text report names the listings", async ({ request }) => {
  const visitor = "127.0.7.2"; // listed as above; its cooldown (1 s) is long over
  const peers = [await startSmtp(visitor, { relay: "closed" })];
  try {
    const json = await request.post(`${server.url}/api/self-test`, { headers: { "X-Forwarded-For": visitor, accept: "application/json" } });
    expect(json.status()).toBe(200);
    const report = await json.json();
    expect(report.reverseDns).toEqual({ name: "mail.lab.test", forwardConfirmed: false });
    expect(report.blocklists).toHaveLength(BLOCKLISTS.length);
    expect(report.blocklists.find((b: { zone: string }) => b.zone === "zen.spamhaus.org")).toEqual({
      zone: "zen.spamhaus.org",
      name: ZEN.name,
      status: "listed",
      answers: ["127.0.0.4"],
      meaning: ZEN.codes.find((c) => c.answer === "127.0.0.4")!.meaning,
      reason: null,
      lookupUrl: ZEN.lookupUrl.replace("{ip}", visitor),
      delistUrl: ZEN.delistUrl,
    });
    await new Promise((r) => setTimeout(r, 1_100));
    const text = await request.post(`${server.url}/api/self-test?groups=blocklists`, { headers: { "X-Forwarded-For": visitor, accept: "text/plain" } });
    expect(text.status()).toBe(200);
    const body = await text.text();
    expect(body).toContain(`[${message("en", "SelfTest.blocklists.status.listed")}] ${ZEN.name} (zen.spamhaus.org) 127.0.0.4`);
    expect(body).toContain("Reverse DNS: mail.lab.test (does not point back to this address)");
    expect(body).not.toContain("smtp"); // blocklists only: no check ran, so no verdict either
    expect(body).not.toContain(message("en", "SelfTest.report.banner.no-service.title"));
  } finally {
    await closeAll(peers);
  }
});
