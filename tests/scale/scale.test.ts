// npm run test:scale: the site as a campaign runs it. Real Redis and PostgreSQL, two web
// instances (SELFTEST_RUNNER=queue) behind Debian nginx (round robin; the instances trust it as
// their proxy), two probe workers. Visitors come from distinct loopback addresses with a mail
// server of their own on that address (open relay on even N, closed on odd N).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOwnServer, startOwnWorker, type OwnServer } from "../../e2e/support/own-server";
import { closeAll, startSmtp, type Closable } from "../../e2e/support/peers";
import { createDatabase, startPostgres, stopPostgres, type PostgresServer } from "../support/postgres-server";
import { freePort } from "../support/free-port";
import { startRedis, type RedisServer } from "../support/redis-server";
import { startNginx } from "./nginx";
import { selfTest, visit } from "./visitor";

type Worker = Awaited<ReturnType<typeof startOwnWorker>>;
const at = (n: number) => `127.0.30.${n}`;
const expected = (n: number) => (n % 2 === 0 ? "vulnerable" : "secure");

let redis: RedisServer;
let postgres: PostgresServer;
let nginx: Awaited<ReturnType<typeof startNginx>>;
let webs: OwnServer[] = [];
let workers: Worker[] = [];
const peers: Closable[] = [];
let env: Record<string, string>;
let dataDir: string;
let siteUrl: string;

beforeAll(async () => {
  [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  dataDir = mkdtempSync(path.join(tmpdir(), "scale-"));
  const nginxPort = await freePort();
  siteUrl = `http://127.0.0.1:${nginxPort}`;
  env = {
    SITE_URL: siteUrl,
    REDIS_URL: redis.url,
    DATABASE_URL: await createDatabase(postgres, "scale"),
    DATA_DIR: dataDir,
    SELFTEST_KEY_SECRET: "scale-test-secret-0123456789abcdef",
    SELFTEST_RUNNER: "queue",
    SELFTEST_COOLDOWN_SECONDS: "600",
    SELFTEST_MAX_CONCURRENT: "64",
    SELFTEST_IPV4_PREFIX: "32", // every visitor is a network of its own
    SELFTEST_WORKER_CONCURRENCY: "16",
  };
  const ports = [await freePort(), await freePort()];
  webs = await Promise.all(ports.map((p) => startOwnServer(p, env)));
  workers = await Promise.all([startOwnWorker(siteUrl, env), startOwnWorker(siteUrl, env)]);
  nginx = await startNginx(nginxPort, ports.map((p) => `127.0.0.1:${p}`));
  for (let n = 1; n <= 60; n++) peers.push(await startSmtp(at(n), { relay: n % 2 === 0 ? "open" : "closed", greetingDelayMs: n > 50 ? 2_000 : 0 }));
}, 180_000);

afterAll(async () => {
  await nginx?.stop();
  await Promise.all(workers.map((w) => w.stop()));
  await Promise.all(webs.map((w) => w.stop()));
  await closeAll(peers);
  await redis?.stop();
  if (postgres) await stopPostgres(postgres);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe("two web instances, two probe workers, nginx in front", () => {
  it("40 visitors at once all get their own right verdict", async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => selfTest(nginx.url, at(i + 1))));
    answers.forEach((a, i) => {
      expect(a.status, a.body).toBe(200);
      const report = JSON.parse(a.body);
      expect(report.target).toBe(at(i + 1));
      expect(report.verdict).toBe(expected(i + 1));
    });
  });

  it("a second test by the same visitor through the other instance waits out the cooldown (429)", async () => {
    // Straight to each instance, as nginx would forward them: the instances trust 127.0.0.1.
    const forward = { accept: "application/json", "x-forwarded-for": at(41) };
    const first = await visit(`${webs[0]!.url}/api/self-test`, "127.0.0.1", { method: "POST", headers: forward });
    expect(first.status, first.body).toBe(200);
    const second = await visit(`${webs[1]!.url}/api/self-test`, "127.0.0.1", { method: "POST", headers: forward });
    expect(second.status).toBe(429);
    expect(JSON.parse(second.body)).toMatchObject({ refused: "rate-limited", ip: at(41) });
    expect(Number(second.headers["retry-after"])).toBeGreaterThan(500);
  });

  it("a worker killed mid-test: every running test still ends with its verdict", async () => {
    // 51-54 greet after 2 s: the tests are still running when the worker dies.
    const running = [51, 52, 53, 54].map((n) => selfTest(nginx.url, at(n)));
    await new Promise((r) => setTimeout(r, 800));
    await workers[0]!.kill();
    const answers = await Promise.all(running);
    answers.forEach((a, i) => {
      expect(a.status, a.body).toBe(200);
      expect(JSON.parse(a.body).verdict).toBe(expected(51 + i));
    });
    workers[0] = await startOwnWorker(siteUrl, env);
  }, 120_000);

  it("Redis stopped: pages still served, tests refused as unavailable; back without restarts", async () => {
    await redis.stop();
    expect((await visit(`${nginx.url}/en`, at(42))).status).toBe(200);
    const refused = await selfTest(nginx.url, at(42));
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body)).toMatchObject({ refused: "unavailable" });
    redis = await startRedis(redis.port);
    await expect.poll(async () => (await visit(`${webs[1]!.url}/readyz`, "127.0.0.1")).status, { timeout: 30_000, interval: 500 }).toBe(200);
    const again = await selfTest(nginx.url, at(42));
    expect(again.status, again.body).toBe(200);
    expect(JSON.parse(again.body).verdict).toBe("vulnerable");
  }, 90_000);

  it("a web instance killed: the other serves everything, saved reports included", async () => {
    const saved = await selfTest(nginx.url, at(43), "?save=1");
    expect(saved.status, saved.body).toBe(200);
    const url = new URL(JSON.parse(saved.body).saved.url);
    await webs[0]!.kill();
    for (let i = 0; i < 4; i++) expect((await visit(`${nginx.url}/en`, at(44))).status).toBe(200);
    const report = await visit(`${nginx.url}${url.pathname}`, at(44), { headers: { accept: "application/json" } });
    expect(report.status).toBe(200);
    expect(JSON.parse(report.body).verdict).toBe("secure");
    const fresh = await selfTest(nginx.url, at(45));
    expect(fresh.status, fresh.body).toBe(200);
    expect(JSON.parse(fresh.body).verdict).toBe("secure");
  }, 90_000);
});
