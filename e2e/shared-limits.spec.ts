// Site instances sharing one real Redis (REDIS_URL): a visitor's second test through the other
// instance waits out the cooldown; with Redis down the pages stay up while starting a test says
// "unavailable" (503, localized) until Redis is back; with SELFTEST_RUNNER=queue a separate
// probe worker (npm run worker) runs the tests.
import { expect, test } from "@playwright/test";
import { startRedis } from "../tests/support/redis-server";
import { startOwnServer, startOwnWorker, type OwnServer } from "./support/own-server";
import { closeAll, startSmtp } from "./support/peers";
import { message } from "./support/peers-messages";

const base = Number(process.env.E2E_PORT ?? 3100);
test.describe.configure({ timeout: 180_000 });

test("two instances share the cooldown through Redis and recover from a Redis outage", async ({ request }) => {
  const redis = await startRedis();
  const env = { REDIS_URL: redis.url, SELFTEST_KEY_SECRET: "e2e-shared-secret-0123456789abcdef", SELFTEST_COOLDOWN_SECONDS: "60" };
  const servers: OwnServer[] = [];
  let restarted: Awaited<ReturnType<typeof startRedis>> | null = null;
  try {
    servers.push(...(await Promise.all([startOwnServer(base + 15, env), startOwnServer(base + 16, env)])));
    const [a, b] = servers as [OwnServer, OwnServer];
    const startTest = (server: OwnServer, visitor: string, headers: Record<string, string> = { accept: "application/json" }) =>
      request.post(`${server.url}/api/self-test`, { headers: { "X-Forwarded-For": visitor, ...headers } });

    const ready = await request.get(`${a.url}/readyz`);
    expect(await ready.json()).toEqual({ ready: true, checks: { store: "ok", redis: "ok" } });
    expect((await startTest(a, "127.0.7.20")).status()).toBe(200);
    // the report page (where the no-JavaScript form lands) finds it on the other instance too
    const page = await request.get(`${b.url}/en/self-test/report`, { headers: { "X-Forwarded-For": "127.0.7.20" } });
    expect(page.status()).toBe(200);
    const html = await page.text();
    expect(html).toContain('data-testid="verdict-banner"');
    expect(html).not.toContain(message("en", "SelfTest.report.none"));
    const again = await startTest(b, "127.0.7.20");
    expect(again.status()).toBe(429);
    expect(await again.json()).toMatchObject({ refused: "rate-limited", ip: "127.0.7.20" });
    expect(Number(again.headers()["retry-after"])).toBeGreaterThan(50);

    await redis.stop();
    expect((await request.get(`${b.url}/fr`)).status()).toBe(200);
    const down = await startTest(b, "127.0.7.21", { "accept-language": "fr" });
    expect(down.status()).toBe(503);
    expect(down.headers()["retry-after"]).toBe("20");
    const text = await down.text();
    expect(text).toContain("unavailable");
    expect(text).toContain(message("fr", "SelfTest.refused.unavailable").split("{")[0]!.trim());
    const notReady = await request.get(`${b.url}/readyz`);
    expect(notReady.status()).toBe(503);
    expect(await notReady.json()).toEqual({ ready: false, checks: { store: "ok", redis: "unavailable" } });

    restarted = await startRedis(redis.port);
    await expect.poll(async () => (await request.get(`${b.url}/readyz`)).status(), { timeout: 15_000 }).toBe(200);
    expect((await startTest(b, "127.0.7.21")).status()).toBe(200);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await restarted?.stop();
    await redis.stop();
  }
});

test("with the queue, a probe worker runs the test and /readyz reports whether one listens", async ({ request }) => {
  const redis = await startRedis();
  const env = { REDIS_URL: redis.url, SELFTEST_KEY_SECRET: "e2e-shared-secret-0123456789abcdef", SELFTEST_RUNNER: "queue" };
  const visitor = "127.0.7.30";
  const peers = [await startSmtp(visitor, { relay: "open" })];
  let web: OwnServer | null = null;
  let worker: { stop(): Promise<void> } | null = null;
  try {
    web = await startOwnServer(base + 17, env);
    worker = await startOwnWorker(web.url, env);
    await expect.poll(async () => (await request.get(`${web!.url}/readyz`)).json(), { timeout: 15_000 }).toEqual({
      ready: true,
      checks: { store: "ok", redis: "ok", workers: "ok" },
    });
    const res = await request.post(`${web.url}/api/self-test`, { headers: { "X-Forwarded-For": visitor, accept: "application/json" } });
    expect(res.status()).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ target: visitor, verdict: "vulnerable" });
    expect(report.checks[0]).toMatchObject({ kind: "smtp-relay", port: 2525, verdict: "vulnerable", software: "postfix" });

    await worker.stop();
    worker = null;
    await expect.poll(async () => (await request.get(`${web!.url}/readyz`)).status(), { timeout: 15_000 }).toBe(503);
  } finally {
    await worker?.stop();
    await web?.stop();
    await closeAll(peers);
    await redis.stop();
  }
});
