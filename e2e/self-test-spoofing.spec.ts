// Nobody can choose what the self-test probes: X-Forwarded-For counts only from a trusted
// proxy, and the production configuration refuses loopback visitors. Page and API alike.
import { expect, test } from "@playwright/test";
import http from "node:http";
import { expectNoAxeViolations } from "./support/axe";
import { LAB_URL, PRODUCTION_URL } from "./support/peers";
import { message } from "./support/peers-messages";

/** A request from a chosen loopback source address: a client that is not our proxy. */
function requestFrom(localAddress: string, url: string, init: { method: string; headers: Record<string, string> }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(url, { ...init, localAddress }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test.describe("a client that is not a trusted proxy (lab server)", () => {
  const client = "127.0.0.9";
  const spoofed = { "x-forwarded-for": "127.0.4.2", "x-real-ip": "127.0.4.2", forwarded: "for=127.0.4.2" };

  test("the page shows the socket address, not the forged one", async () => {
    const res = await requestFrom(client, `${LAB_URL}/en/self-test`, { method: "GET", headers: spoofed });
    expect(res.status).toBe(200);
    expect(res.body).toContain(`data-testid="client-ip">${client}<`);
    expect(res.body).not.toContain(`data-testid="client-ip">127.0.4.2<`);
  });

  test("the API tests the socket address, not the forged one", async () => {
    const res = await requestFrom(client, `${LAB_URL}/api/self-test`, {
      method: "POST",
      headers: { ...spoofed, accept: "application/json" },
    });
    expect([200, 429]).toContain(res.status); // 429 if this file ran twice within the cooldown
    const body = JSON.parse(res.body) as { target?: string; ip?: string };
    expect(body.target ?? body.ip).toBe(client);
  });
});

test.describe("production configuration", () => {
  test.use({ baseURL: PRODUCTION_URL });

  test("a loopback visitor is refused as not public on the page, whatever it claims", async ({ page }) => {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": "127.0.4.2" });
    await page.goto("/en/self-test");
    await expect(page.getByTestId("client-ip")).toHaveText("127.0.0.1");
    await page.getByLabel(message("en", "SelfTest.form.consent")).check();
    await page.getByRole("button", { name: message("en", "SelfTest.form.start") }).click();
    await expect(page).toHaveURL(/refused=loopback/);
    const notice = page.locator("#refusal");
    await expect(notice).toContainText(message("en", "SelfTest.refused.loopback").replace("{ip}", "127.0.0.1"));
    await expect(notice.getByRole("link", { name: message("en", "SelfTest.refused.useCurl") })).toHaveAttribute("href", "#curl");
    await expectNoAxeViolations(page);
  });

  test("the API refuses with the JSON contract (403) and a readable text", async ({ request }) => {
    const json = await request.post("/api/self-test", {
      headers: { "X-Forwarded-For": "127.0.4.2", Accept: "application/json" },
    });
    expect(json.status()).toBe(403);
    expect(await json.json()).toEqual({ refused: "loopback", ip: "127.0.0.1" });
    const text = await request.post("/api/self-test", { headers: { "X-Forwarded-For": "127.0.4.2" } });
    expect(text.status()).toBe(403);
    expect(await text.text()).toContain("127.0.0.1");
  });
});

test("the API's cooldown answer follows the contract: 429, Retry-After, retryAfterSeconds", async ({ request }) => {
  const headers = { "X-Forwarded-For": "127.0.4.10", Accept: "application/json" };
  const first = await request.post(`${LAB_URL}/api/self-test`, { headers });
  expect(first.status()).toBe(200);
  const report = await first.json();
  expect(report).toMatchObject({ schema: 1, target: "127.0.4.10", verdict: "no-service" });
  const second = await request.post(`${LAB_URL}/api/self-test`, { headers });
  expect(second.status()).toBe(429);
  const body = await second.json();
  expect(body).toMatchObject({ refused: "rate-limited", ip: "127.0.4.10" });
  expect(body.retryAfterSeconds).toBeGreaterThan(0);
  expect(second.headers()["retry-after"]).toBe(String(body.retryAfterSeconds));
});
