import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCanary } from "./canary";
import { PATIENT, probeOne } from "./test-peers/harness";
import { startHttpProxy, startPostOnlyProxy, startSlowTunnel, type ProxyPeer } from "./test-peers/proxy-peers";
import { startSocks4, startSocks5, type SocksPeer } from "./test-peers/socks-peers";
import type { Canary } from "./types";

let canary: Canary;
let open: ProxyPeer;
let authed: ProxyPeer;
let s5: SocksPeer;
let s5auth: SocksPeer;
let s4: SocksPeer;
let s4reject: SocksPeer;

beforeAll(async () => {
  canary = await startCanary({ host: "127.0.0.1", port: 0 });
  [open, authed, s5, s5auth, s4, s4reject] = await Promise.all([
    startHttpProxy(),
    startHttpProxy({ auth: true }),
    startSocks5(),
    startSocks5({ auth: true }),
    startSocks4(),
    startSocks4({ reject: true }),
  ]);
});

afterAll(async () => {
  await Promise.all([open, authed, s5, s5auth, s4, s4reject].map((p) => p.close()));
  await canary.close();
});

describe("http-post", () => {
  it("open proxy: POST is forwarded too, vulnerable nonce-returned", async () => {
    const c = await probeOne(canary, "http-post", open.port, PATIENT);
    expect(`${c.verdict} ${c.reason}`).toBe("vulnerable nonce-returned");
    expect(c.fix).toBe("generic-http-proxy");
    expect(c.transcript[0]!.line).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/syscanary\/[0-9a-f]{32} HTTP\/1\.1$/);
  });
  it("a proxy that refuses GET but forwards POST: http-proxy secure, http-post vulnerable", async () => {
    const postOnly = await startPostOnlyProxy();
    try {
      const get = await probeOne(canary, "http-proxy", postOnly.port, PATIENT);
      const post = await probeOne(canary, "http-post", postOnly.port, PATIENT);
      expect(`${get.verdict} ${get.reason}`).toBe("secure proxy-refused");
      expect(`${post.verdict} ${post.reason}`).toBe("vulnerable nonce-returned");
    } finally {
      await postOnly.close();
    }
  });
});

describe("a tunnel slower than its quiet time", () => {
  it("CONNECT whose answers come back 2 s late: still vulnerable, because the canary saw the request", async () => {
    const slow = await startSlowTunnel(2_000);
    try {
      const c = await probeOne(canary, "http-connect", slow.port, PATIENT);
      expect(`${c.verdict} ${c.reason}`).toBe("vulnerable nonce-returned");
      expect(c.durationMs).toBeGreaterThanOrEqual(2_000); // it waited past the 1 s quiet time
    } finally {
      await slow.close();
    }
  });
});

describe("HTTP proxies (proxy package)", () => {
  it("open proxy, GET absolute URI: vulnerable nonce-returned", async () => {
    const c = await probeOne(canary, "http-proxy", open.port, PATIENT);
    expect(`${c.verdict} ${c.reason}`).toBe("vulnerable nonce-returned");
    expect(c.fix).toBe("generic-http-proxy");
    expect(c.software).toBeNull(); // the proxy package says who it is only upstream (Via)
  });
  it("open proxy, CONNECT: vulnerable nonce-returned", async () => {
    const c = await probeOne(canary, "http-connect", open.port, PATIENT);
    expect(`${c.verdict} ${c.reason}`).toBe("vulnerable nonce-returned");
    expect(c.fix).toBe("generic-http-proxy");
  });
  it("proxy demanding auth (407): secure auth-required, both methods", async () => {
    for (const kind of ["http-proxy", "http-connect"] as const) {
      const c = await probeOne(canary, kind, authed.port, PATIENT);
      expect(`${kind} ${c.verdict} ${c.reason}`).toBe(`${kind} secure auth-required`);
      expect(c.fix).toBeNull();
    }
  });
});

describe("SOCKS", () => {
  it("SOCKS5 open (no-auth): vulnerable", async () => {
    const c = await probeOne(canary, "socks5", s5.port, PATIENT);
    expect(`${c.verdict} ${c.reason}`).toBe("vulnerable nonce-returned");
    expect(c.fix).toBe("generic-socks");
  });
  it("SOCKS5 user/pass only (method 0xFF to no-auth): secure auth-required", async () => {
    const c = await probeOne(canary, "socks5", s5auth.port, PATIENT);
    expect(`${c.verdict} ${c.reason}`).toBe("secure auth-required");
  });
  it("SOCKS4 open: vulnerable", async () => {
    const c = await probeOne(canary, "socks4", s4.port, PATIENT);
    expect(`${c.verdict} ${c.reason}`).toBe("vulnerable nonce-returned");
  });
  it("SOCKS4 rejecting (91): secure socks-rejected", async () => {
    const c = await probeOne(canary, "socks4", s4reject.port, PATIENT);
    expect(`${c.verdict} ${c.reason}`).toBe("secure socks-rejected");
  });
  it("SOCKS5 probe on a SOCKS4-only server: no-service not-socks (or closed)", async () => {
    const c = await probeOne(canary, "socks5", s4.port, PATIENT);
    expect(c.verdict).toBe("no-service");
  });
  it("SOCKS4 probe on an HTTP proxy: no-service not-socks", async () => {
    const c = await probeOne(canary, "socks4", open.port, PATIENT);
    expect(`${c.verdict} ${c.reason}`).toBe("no-service not-socks");
  });
  it("HTTP probe on a SOCKS5 server: no-service", async () => {
    const c = await probeOne(canary, "http-proxy", s5.port, PATIENT);
    expect(c.verdict).toBe("no-service");
  });
});

describe("a vulnerable finding rests on the canary's own record", () => {
  it("each open proxy's nonce-returned is backed by wasFetched for the nonce it was given", async () => {
    const issued: string[] = [];
    const recording: Canary = {
      ...canary,
      issueNonce: async () => {
        const n = await canary.issueNonce();
        issued.push(n.nonce);
        return n;
      },
    };
    const cases = [
      ["http-proxy", open.port],
      ["http-connect", open.port],
      ["socks5", s5.port],
      ["socks4", s4.port],
    ] as const;
    for (const [kind, port] of cases) {
      const c = await probeOne(recording, kind, port, PATIENT);
      expect(`${kind} ${c.verdict} ${c.reason}`).toBe(`${kind} vulnerable nonce-returned`);
      expect(await canary.wasFetched(issued.at(-1)!)).toBe(true);
    }
    expect(issued).toHaveLength(cases.length);
  });
});
