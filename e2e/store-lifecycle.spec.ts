// The store across a restart and while it is down, on servers this spec starts itself.
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startOwnServer } from "./support/own-server";
import { closeAll, startSmtp } from "./support/peers";
import { message } from "./support/peers-messages";

const base = Number(process.env.E2E_PORT ?? 3100);
test.describe.configure({ timeout: 120_000 });

/** A loopback port nothing listens on: a PostgreSQL server that is down. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test("a saved report survives a server restart", async ({ request }) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "e2e-restart-"));
  const visitor = "127.0.6.2";
  const peers = [await startSmtp(visitor, { relay: "open" })];
  let server = await startOwnServer(base + 10, { DATA_DIR: dataDir });
  try {
    const ready = await request.get(`${server.url}/readyz`);
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, checks: { store: "ok" } });
    const res = await request.post(`${server.url}/api/self-test?save=1`, { headers: { "X-Forwarded-For": visitor, accept: "application/json" } });
    expect(res.status()).toBe(200);
    const { saved, checks } = await res.json();
    await server.stop();
    server = await startOwnServer(base + 10, { DATA_DIR: dataDir });
    const again = await request.get(saved.url, { headers: { accept: "application/json" } });
    expect(again.status()).toBe(200);
    const json = await again.json();
    expect(json).toMatchObject({ target: visitor, verdict: "vulnerable", expiresAt: saved.expiresAt });
    expect(json.checks).toEqual(checks.map((c: object) => expect.objectContaining({ ...c, transcript: expect.any(Array) })));
    const page = await request.get(saved.url.replace("/en/", "/de/"));
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain(message("de", "SavedReport.title"));
  } finally {
    await server.stop();
    await closeAll(peers);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test("with the database down, pages and the self-test work and saving says “try again” (503)", async ({ request }) => {
  const visitor = "127.0.6.3";
  const peers = [await startSmtp(visitor, { relay: "closed" })];
  const server = await startOwnServer(base + 11, { DATABASE_URL: `postgres://app@127.0.0.1:${await closedPort()}/sys` });
  try {
    expect((await request.get(`${server.url}/fr/guidance`)).status()).toBe(200);
    // alive, but a load balancer should send it no traffic that needs the database
    expect((await request.get(`${server.url}/healthz`)).status()).toBe(200);
    const ready = await request.get(`${server.url}/readyz`);
    expect(ready.status()).toBe(503);
    expect(await ready.json()).toEqual({ ready: false, checks: { store: "unavailable" } });
    const headers = { "X-Forwarded-For": visitor, accept: "application/json", "accept-language": "fr" };
    const plain = await request.post(`${server.url}/api/self-test`, { headers });
    expect(plain.status()).toBe(200);
    expect((await plain.json()).verdict).toBe("secure");

    await new Promise((r) => setTimeout(r, 1_100)); // the cooldown of this server is 1 s
    const saving = await request.post(`${server.url}/api/self-test?save=1`, { headers });
    expect(saving.status()).toBe(503);
    const body = await saving.json();
    expect(body).toMatchObject({ verdict: "secure", saved: null, error: "unavailable", message: message("fr", "SavedReport.api.unavailable") });

    const report = await request.get(`${server.url}/fr/reports/${"A".repeat(22)}`);
    expect(report.status()).toBe(503);
    expect(await report.text()).toContain(message("fr", "SavedReport.unavailable"));
    const json = await request.get(`${server.url}/fr/reports/${"A".repeat(22)}`, { headers: { accept: "application/json" } });
    expect(json.status()).toBe(503);

    const statistics = await request.get(`${server.url}/fr/statistics`);
    expect(statistics.status()).toBe(200); // the page stays up and says why it has no numbers
    expect(await statistics.text()).toContain(message("fr", "Statistics.unavailableTitle"));
    const press = await request.get(`${server.url}/fr/press`);
    expect(press.status()).toBe(200);
    expect(await press.text()).toContain(message("fr", "Press.stats.unavailable"));
    const openData = await request.get(`${server.url}/api/statistics.csv`);
    expect(openData.status()).toBe(503);
    expect(openData.headers()["retry-after"]).toBe("60");
  } finally {
    await server.stop();
    await closeAll(peers);
  }
});
