import { createHash } from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CANARY_DEFAULTS,
  CANARY_PATH_PREFIX,
  connectionSource,
  createNonceStore,
  startCanary,
  type CanaryOptions,
} from "./canary";
import { idleConnector, openMany, slowloris, type HeldConnection, type HostileClients } from "./test-peers/canary-clients";
import { unkeyedProof } from "./test-peers/forging-proxy";
import type { Canary } from "./types";

function get(url: string, from = "127.0.0.1"): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent: false, localAddress: from }, (res) => {
      let body = "";
      res.on("data", (d: Buffer) => (body += d.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** true if the canary closed the connection within `ms` */
const closedWithin = (c: HeldConnection, ms: number) => Promise.race([c.closed.then(() => true), sleep(ms).then(() => false)]);

let canary: Canary;
let shortLived: Canary;
beforeAll(async () => {
  canary = await startCanary({ host: "127.0.0.1", port: 0 });
  shortLived = await startCanary({ host: "127.0.0.1", port: 0, nonceTtlMs: 30 });
});
afterAll(async () => {
  await canary.close();
  await shortLived.close();
});

describe("canary", () => {
  it("answers an issued nonce with its keyed proof, then reports the fetch as a flag", async () => {
    const { nonce, proof } = await canary.issueNonce();
    expect(canary.url(nonce)).toBe(`http://127.0.0.1:${canary.port}${CANARY_PATH_PREFIX}${nonce}`);
    expect(await canary.wasFetched(nonce)).toBe(false);
    const res = await get(canary.url(nonce));
    expect(res.status).toBe(200);
    expect(res.body).toContain(nonce);
    expect(res.body).toContain(proof);
    expect(await canary.wasFetched(nonce)).toBe(true);
  });
  it("answers 404 to nonces it did not issue, and never counts them as fetched", async () => {
    const stranger = "a".repeat(32);
    const res = await get(`http://127.0.0.1:${canary.port}${CANARY_PATH_PREFIX}${stranger}`);
    expect(res.status).toBe(404);
    expect((await get(`http://127.0.0.1:${canary.port}/`)).status).toBe(404);
    expect(await canary.wasFetched(stranger)).toBe(false);
  });
  it("the proof is keyed: not the nonce, not in the URL, not any unkeyed hash of the nonce", async () => {
    const { nonce, proof } = await canary.issueNonce();
    expect(proof).toMatch(/^proof-[0-9a-f]{64}$/); // a full HMAC-SHA-256
    expect(proof).not.toContain(nonce);
    expect(canary.url(nonce)).not.toContain(proof.slice(6));
    expect(proof).not.toBe(unkeyedProof(nonce));
    for (const text of [nonce, `secure-your-server:${nonce}`]) {
      expect(proof).not.toContain(createHash("sha256").update(text).digest("hex").slice(0, 32));
    }
  });
  it("expires nonces", async () => {
    const { nonce } = await shortLived.issueNonce();
    await sleep(60);
    expect((await get(shortLived.url(nonce))).status).toBe(404);
    expect(await shortLived.wasFetched(nonce)).toBe(false);
  });
  it("uses the public URL for url(), host and port", async () => {
    const pub = await startCanary({ host: "127.0.0.1", port: 0, publicUrl: "http://canary.example.org:8089" });
    try {
      expect(pub.host).toBe("canary.example.org");
      expect(pub.port).toBe(8089);
      expect(pub.url("ab")).toBe(`http://canary.example.org:8089${CANARY_PATH_PREFIX}ab`);
    } finally {
      await pub.close();
    }
  });
  it("refuses a public URL that is not plain http:// without a path", async () => {
    for (const publicUrl of ["https://canary.example.org", "http://canary.example.org/x/"]) {
      await expect(startCanary({ host: "127.0.0.1", port: 0, publicUrl })).rejects.toThrow(/publicUrl/);
    }
  });
});

describe("canary keeps a flag per nonce, never the fetching address", () => {
  it("a nonce entry holds only issuedAt and fetched", () => {
    const store = createNonceStore(60_000);
    const nonce = store.issue();
    expect(Object.keys(store.live(nonce)!).sort()).toEqual(["fetched", "issuedAt"]);
    expect(store.wasFetched(nonce)).toBe(false);
  });
  it("after a fetch from another address, wasFetched is a bare true and nothing names the peer", async () => {
    const { nonce } = await canary.issueNonce();
    expect((await get(canary.url(nonce), "127.0.0.2")).status).toBe(200);
    const answer: unknown = await canary.wasFetched(nonce);
    expect(answer).toBe(true);
    expect(Object.keys(canary).sort()).toEqual(["close", "host", "issueNonce", "port", "url", "wasFetched"]);
  });
});

describe("canary bounds: an internet-facing port", () => {
  const held: HostileClients[] = [];
  const open: Canary[] = [];
  const start = async (opts: Partial<CanaryOptions>) => {
    const c = await startCanary({ host: "127.0.0.1", port: 0, ...opts });
    open.push(c);
    return c;
  };
  const track = (h: HostileClients) => (held.push(h), h);
  afterAll(async () => {
    for (const h of held) h.close();
    await Promise.all(open.map((c) => c.close()));
  });
  const slow = { headersTimeoutMs: 10_000, requestTimeoutMs: 10_000, idleTimeoutMs: 10_000 };

  it("closes an idle connection after idleTimeoutMs", async () => {
    const c = await start({ ...slow, idleTimeoutMs: 300 });
    const idle = track(await idleConnector({ port: c.port }));
    expect(await closedWithin(idle.connections[0]!, 1_500)).toBe(true);
    expect(await idle.connections[0]!.closed).toBeGreaterThanOrEqual(250);
  });
  it("closes a slowloris after headersTimeoutMs, although its bytes keep the socket busy", async () => {
    const c = await start({ ...slow, idleTimeoutMs: 1_000, headersTimeoutMs: 400 });
    const loris = track(await slowloris({ port: c.port, intervalMs: 100 }));
    expect(await closedWithin(loris.connections[0]!, 2_000)).toBe(true);
  });
  it("requestTimeoutMs caps a connection's whole life, whatever it sends", async () => {
    const c = await start({ ...slow, idleTimeoutMs: 1_000, requestTimeoutMs: 500 });
    const loris = track(await slowloris({ port: c.port, intervalMs: 100 }));
    expect(await closedWithin(loris.connections[0]!, 2_000)).toBe(true);
  });
  it("caps connections per source, drops extras at once, and frees the slot on close", async () => {
    const c = await start({ ...slow, maxConnectionsPerSource: 3 });
    const flood = track(await openMany({ port: c.port, from: "127.0.0.2" }, 5));
    const [first, , , fourth, fifth] = flood.connections;
    expect(await closedWithin(fourth!, 1_000)).toBe(true);
    expect(await closedWithin(fifth!, 1_000)).toBe(true);
    expect(flood.open()).toBe(3);
    const neighbour = track(await idleConnector({ port: c.port, from: "127.0.0.3" }));
    expect(await closedWithin(neighbour.connections[0]!, 300)).toBe(false);
    first!.drop();
    await sleep(200);
    const again = track(await idleConnector({ port: c.port, from: "127.0.0.2" }));
    expect(await closedWithin(again.connections[0]!, 300)).toBe(false);
  });
  it("counts an IPv4 address, or an IPv6 /64, as one source (mapped IPv4 as the IPv4)", () => {
    // address strings only: nothing is dialled
    expect(connectionSource("::ffff:127.0.0.2")).toBe(connectionSource("127.0.0.2"));
    expect(connectionSource("127.0.0.2")).not.toBe(connectionSource("127.0.0.3"));
    expect(connectionSource("2001:db8:1:2::a")).toBe(connectionSource("2001:db8:1:2:ffff::b"));
    expect(connectionSource("2001:db8:1:2::a")).not.toBe(connectionSource("2001:db8:1:3::a"));
  });
  it("caps connections in total, drops extras at once, and frees the slot on close", async () => {
    const c = await start({ ...slow, maxConnections: 4, maxConnectionsPerSource: 2 });
    const a = track(await openMany({ port: c.port, from: "127.0.0.2" }, 2));
    track(await openMany({ port: c.port, from: "127.0.0.3" }, 2));
    const extra = track(await idleConnector({ port: c.port, from: "127.0.0.4" }));
    expect(await closedWithin(extra.connections[0]!, 1_000)).toBe(true);
    expect(a.open()).toBe(2);
    a.connections[0]!.drop();
    await sleep(200);
    const next = track(await idleConnector({ port: c.port, from: "127.0.0.4" }));
    expect(await closedWithin(next.connections[0]!, 300)).toBe(false);
  });
  it("answers a legitimate fetch while another source holds a flood of idle connections", async () => {
    const c = await start({ ...slow, maxConnections: 16, maxConnectionsPerSource: 8 });
    const flood = track(await openMany({ port: c.port, from: "127.0.0.2" }, 40));
    await sleep(200);
    expect(flood.open()).toBe(8);
    const { nonce, proof } = await c.issueNonce();
    const res = await get(c.url(nonce));
    expect(res.status).toBe(200);
    expect(res.body).toContain(proof);
    expect(await c.wasFetched(nonce)).toBe(true);
  });
  it("by default, idle and trickling connections are closed within a few seconds", async () => {
    expect(CANARY_DEFAULTS.idleTimeoutMs).toBeLessThanOrEqual(3_000);
    expect(CANARY_DEFAULTS.headersTimeoutMs).toBeLessThanOrEqual(5_000);
    expect(CANARY_DEFAULTS.requestTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(CANARY_DEFAULTS.maxConnections).toBe(256);
    expect(CANARY_DEFAULTS.maxConnectionsPerSource).toBe(8);
    const c = await start({});
    const [idle, loris] = await Promise.all([
      idleConnector({ port: c.port }),
      slowloris({ port: c.port, intervalMs: 500 }),
    ]).then((hs) => hs.map(track));
    const lives = await Promise.all([idle!.connections[0]!, loris!.connections[0]!].map((h) => closedWithin(h, 6_000)));
    expect(lives).toEqual([true, true]);
  }, 15_000);
});
