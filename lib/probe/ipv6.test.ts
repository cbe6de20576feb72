// IPv6 end to end: every check kind against peers on ::1, with the canary listening on both
// families. An IPv6 target's proxies are sent to the canary's IPv6 URL (SOCKS4, which can only
// name IPv4 destinations, to the IPv4 one); without an IPv6 listener, to the IPv4 canary.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCanary } from "./canary";
import { CHECK_KINDS } from "./codes";
import { runSelfTest } from "./run-self-test";
import { PATIENT } from "./test-peers/harness";
import { startHttpProxy, type ProxyPeer } from "./test-peers/proxy-peers";
import { startSmtpPeer, type SmtpPeer } from "./test-peers/smtp-peers";
import { startSocks4, startSocks5, type SocksPeer } from "./test-peers/socks-peers";
import type { Canary, CheckKind } from "./types";

let dual: Canary;
let v4only: Canary;
let smtp: SmtpPeer;
let proxy: ProxyPeer;
let s4: SocksPeer;
let s5: SocksPeer;

beforeAll(async () => {
  dual = await startCanary({ host: "127.0.0.1", port: 0, v6: { host: "::1", port: 0 } });
  v4only = await startCanary({ host: "127.0.0.1", port: 0 });
  [smtp, proxy, s4, s5] = await Promise.all([
    startSmtpPeer("open", {}, "::1"),
    startHttpProxy({ host: "::1" }),
    startSocks4({ host: "::1" }),
    startSocks5({ host: "::1" }),
  ]);
});

afterAll(async () => {
  await Promise.all([smtp, proxy, s4, s5].map((p) => p.close()));
  await Promise.all([dual.close(), v4only.close()]);
});

const ports = (): Record<CheckKind, number[]> => ({
  "smtp-relay": [smtp.port],
  "http-proxy": [proxy.port],
  "http-post": [proxy.port],
  "http-connect": [proxy.port],
  socks4: [s4.port],
  socks5: [s5.port],
});

describe("IPv6 targets", () => {
  it("the canary's IPv6 listener serves the nonces the canary issued", async () => {
    const { nonce, proof } = await dual.issueNonce();
    expect(dual.v6!.url(nonce)).toBe(`http://[::1]:${dual.v6!.port}/syscanary/${nonce}`);
    const body = await new Promise<string>((resolve, reject) => {
      http.get(dual.v6!.url(nonce), { agent: false }, (res) => {
        let b = "";
        res.on("data", (c: Buffer) => (b += c.toString()));
        res.on("end", () => resolve(b));
      }).on("error", reject);
    });
    expect(body).toContain(proof);
    expect(await dual.wasFetched(nonce)).toBe(true);
  });

  it("every check kind against peers on ::1: vulnerable, proven through the IPv6 canary", async () => {
    proxy.requests.length = 0;
    s4.destinations.length = 0;
    s5.destinations.length = 0;
    const report = await runSelfTest("::1", { allowPrivate: true, canary: dual, ...PATIENT, ports: ports() });
    expect(report.target).toBe("::1");
    expect(report.checks.map((c) => `${c.kind} ${c.verdict} ${c.reason}`)).toEqual(
      CHECK_KINDS.map((k) => `${k} vulnerable ${k === "smtp-relay" ? "relay-accepted-null-sender" : "nonce-returned"}`),
    );
    const v6 = `[::1]:${dual.v6!.port}`;
    expect(proxy.requests.sort()).toEqual(
      [`CONNECT ${v6}`, expect.stringMatching(new RegExp(`^GET http://\\[::1\\]:${dual.v6!.port}/syscanary/`)), expect.stringMatching(/^POST http:\/\/\[::1\]:/)].sort(),
    );
    expect(s5.destinations).toEqual([`0000:0000:0000:0000:0000:0000:0000:0001:${dual.v6!.port}`]); // as the server spells ::1
    expect(s4.destinations).toEqual([`127.0.0.1:${dual.port}`]); // SOCKS4 names IPv4 only
    expect(smtp.dataCalls()).toBe(0);
  });

  it("without an IPv6 listener, an IPv6 target's proxies are sent to the IPv4 canary", async () => {
    proxy.requests.length = 0;
    const report = await runSelfTest("::1", { allowPrivate: true, canary: v4only, ...PATIENT, only: ["http-proxy"], ports: ports() });
    expect(report.checks[0]).toMatchObject({ verdict: "vulnerable", reason: "nonce-returned" });
    expect(proxy.requests).toEqual([expect.stringContaining(`http://127.0.0.1:${v4only.port}/syscanary/`)]);
  });

  it("an IPv4 target's proxies get the IPv4 URL even when the canary also listens on IPv6", async () => {
    const proxy4 = await startHttpProxy();
    try {
      const report = await runSelfTest("127.0.0.1", { allowPrivate: true, canary: dual, ...PATIENT, only: ["http-proxy"], ports: { "http-proxy": [proxy4.port] } });
      expect(report.checks[0]).toMatchObject({ verdict: "vulnerable", reason: "nonce-returned" });
      expect(proxy4.requests).toEqual([expect.stringContaining(`http://127.0.0.1:${dual.port}/syscanary/`)]);
    } finally {
      await proxy4.close();
    }
  });
});
