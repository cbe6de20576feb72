// Hostile and broken peers: each must give the right verdict within the deadline, with no
// unhandled rejection (vitest fails the run on any).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCanary } from "./canary";
import { CHECK_KINDS } from "./codes";
import { DEFAULTS } from "./defaults";
import { runSelfTest } from "./run-self-test";
import { FAST, probeOne } from "./test-peers/harness";
import {
  start421,
  startCloseMidDialogue,
  startEcho,
  startFake200,
  startGarbage,
  startHugeLine,
  startSilent,
  startSocksLiar,
  startTarpit,
  startSwallowingProxy,
  startBadGateway,
} from "./test-peers/hostile-peers";
import { startProofForger, unkeyedProof } from "./test-peers/forging-proxy";
import { startTcpFake, type Peer } from "./test-peers/tcp-fake";
import type { Canary, CheckKind } from "./types";

let canary: Canary;
// Proofs this canary issued, as a proof that leaked to a proxy would be known to it.
const leaked = new Map<string, string>();
let leaky: Canary;
const peers: Record<string, Peer> = {};
const DEADLINE = FAST.totalTimeoutMs + 300;

beforeAll(async () => {
  canary = await startCanary({ host: "127.0.0.1", port: 0 });
  leaky = {
    ...canary,
    issueNonce: async () => {
      const issued = await canary.issueNonce();
      leaked.set(issued.nonce, issued.proof);
      return issued;
    },
  };
  const entries = await Promise.all(
    Object.entries({
      tarpit: startTarpit(),
      huge: startHugeLine(),
      hugeHttp: startHugeLine("HTTP/1.1 200 OK\r\nX-Junk: "),
      garbage: startGarbage(),
      fake200: startFake200(),
      echo: startEcho(),
      liar: startSocksLiar(),
      closer: startCloseMidDialogue(),
      busy: start421(),
      silent: startSilent(),
      swallow: startSwallowingProxy(),
      badGateway: startBadGateway(),
      forger: startProofForger(unkeyedProof),
      leakEchoer: startProofForger((nonce) => leaked.get(nonce) ?? ""),
    }).map(async ([k, p]) => [k, await p] as const),
  );
  for (const [k, p] of entries) peers[k] = p;
});

afterAll(async () => {
  await Promise.all(Object.values(peers).map((p) => p.close()));
  await canary.close();
});

async function expectVerdict(kind: CheckKind, peer: string, verdict: string, reasons: string[]) {
  const t0 = Date.now();
  const c = await probeOne(canary, kind, peers[peer]!.port);
  expect(Date.now() - t0).toBeLessThan(DEADLINE);
  expect(c.verdict, `${kind}@${peer}: ${c.reason}`).toBe(verdict);
  expect(reasons).toContain(c.reason);
  expect(c.fix).toBeNull();
  return c;
}

describe("hostile SMTP peers", () => {
  it("tarpit greeting (1 byte/s): inconclusive timeout after one idle timeout", async () => {
    const c = await expectVerdict("smtp-relay", "tarpit", "inconclusive", ["timeout"]);
    expect(c.durationMs).toBeLessThan(FAST.idleTimeoutMs + 400);
  });
  it("20 MB line: inconclusive line-too-long, reads a few KiB only", async () => {
    await expectVerdict("smtp-relay", "huge", "inconclusive", ["line-too-long", "too-much-data"]);
  });
  it("random bytes: no-service not-smtp", async () => {
    await expectVerdict("smtp-relay", "garbage", "no-service", ["not-smtp", "line-too-long"]);
  });
  it("closes mid-dialogue: inconclusive connection-closed", async () => {
    await expectVerdict("smtp-relay", "closer", "inconclusive", ["connection-closed"]);
  });
  it("421 at connect: inconclusive service-unavailable", async () => {
    await expectVerdict("smtp-relay", "busy", "inconclusive", ["service-unavailable"]);
  });
  it("silent service: inconclusive timeout", async () => {
    await expectVerdict("smtp-relay", "silent", "inconclusive", ["timeout"]);
  });
});

describe("hostile HTTP peers", () => {
  it("200 to everything (GET): inconclusive nonce-missing, never vulnerable", async () => {
    const c = await expectVerdict("http-proxy", "fake200", "inconclusive", ["nonce-missing"]);
    expect(c.software).toBe("nginx");
  });
  it("200 to CONNECT, forwarding nothing: inconclusive nonce-missing", async () => {
    await expectVerdict("http-connect", "fake200", "inconclusive", ["nonce-missing"]);
  });
  it("page echoing our request (URL with nonce): nonce-missing, not vulnerable", async () => {
    await expectVerdict("http-proxy", "echo", "inconclusive", ["nonce-missing"]);
  });
  it("20 MB header line: bounded, not vulnerable", async () => {
    await expectVerdict("http-proxy", "hugeHttp", "inconclusive", ["nonce-missing"]);
    await expectVerdict("http-connect", "hugeHttp", "inconclusive", ["nonce-missing"]);
  });
  it("random bytes: no-service not-http", async () => {
    await expectVerdict("http-proxy", "garbage", "no-service", ["not-http"]);
    await expectVerdict("http-connect", "garbage", "no-service", ["not-http"]);
  });
  it("silent: inconclusive timeout", async () => {
    await expectVerdict("http-proxy", "silent", "inconclusive", ["timeout"]);
  });
  it("fetches the canary but returns something else: inconclusive canary-reached-no-echo", async () => {
    await expectVerdict("http-proxy", "swallow", "inconclusive", ["canary-reached-no-echo"]);
  });
  it("502 from the proxy: inconclusive upstream-failed, software detected", async () => {
    const c = await expectVerdict("http-proxy", "badGateway", "inconclusive", ["upstream-failed"]);
    expect(c.software).toBe("squid");
  });
});

describe("hostile SOCKS peers", () => {
  it("SOCKS4 liar granting everything, forwarding nothing: inconclusive nonce-missing", async () => {
    await expectVerdict("socks4", "liar", "inconclusive", ["nonce-missing"]);
  });
  it("SOCKS5 liar granting everything, forwarding nothing: inconclusive nonce-missing", async () => {
    await expectVerdict("socks5", "liar", "inconclusive", ["nonce-missing"]);
  });
  it("random bytes: no-service not-socks", async () => {
    await expectVerdict("socks4", "garbage", "no-service", ["not-socks"]);
    await expectVerdict("socks5", "garbage", "no-service", ["not-socks"]);
  });
  it("a reply that only looks granted in its second byte (0x7f 0x5a …): no-service not-socks", async () => {
    const fake = await startTcpFake((sock) => sock.once("data", () => sock.write(Buffer.from([0x7f, 0x5a, 0, 0, 0, 0, 0, 0]))));
    try {
      const c = await probeOne(canary, "socks4", fake.port);
      expect(`${c.verdict} ${c.reason}`).toBe("no-service not-socks");
    } finally {
      await fake.close();
    }
  });
  it("20 MB stream: bounded, no-service", async () => {
    await expectVerdict("socks5", "huge", "no-service", ["not-socks"]);
  });
  it("silent: inconclusive timeout", async () => {
    await expectVerdict("socks5", "silent", "inconclusive", ["timeout"]);
  });
});

describe("proxies that fake the canary's answer without fetching it", () => {
  const KINDS = ["http-proxy", "http-connect", "socks4", "socks5"] as const;
  it("the old unkeyed proof, computed from the nonce in our request: never vulnerable", async () => {
    for (const kind of KINDS) await expectVerdict(kind, "forger", "inconclusive", ["nonce-missing"]);
  });
  it("the real proof echoed while the canary never served the nonce: never vulnerable", async () => {
    for (const kind of KINDS) {
      const t0 = Date.now();
      const c = await probeOne(leaky, kind, peers.leakEchoer!.port);
      expect(Date.now() - t0).toBeLessThan(DEADLINE);
      // the peer really did send the proof back: only the canary's missing record says no
      expect(c.transcript.some((l) => l.dir === "received" && l.line.includes("proof-"))).toBe(true);
      expect(`${kind} ${c.verdict} ${c.reason}`).toBe(`${kind} inconclusive nonce-missing`);
    }
  });
});

describe("fakes that answer are judged as soon as the answer is complete", () => {
  // With the engine's default 6 s idle timeout: a complete answer (Content-Length, close,
  // garbage) or a granted tunnel the canary never heard from must not wait for it.
  const CASES: [string, CheckKind[]][] = [
    ["fake200", ["http-proxy", "http-post", "http-connect"]],
    ["echo", ["http-proxy", "http-post", "http-connect"]],
    ["garbage", ["smtp-relay", "http-proxy", "http-connect", "socks4", "socks5"]],
    ["liar", ["socks4", "socks5"]],
  ];
  it.each(CASES)("%s: %j well under the idle timeout", async (peer, kinds) => {
    for (const kind of kinds) {
      const c = await probeOne(canary, kind, peers[peer]!.port, { idleTimeoutMs: DEFAULTS.idleTimeoutMs, totalTimeoutMs: DEFAULTS.totalTimeoutMs });
      expect(c.verdict, `${kind}: ${c.reason}`).not.toBe("vulnerable");
      expect(c.reason, kind).not.toBe("timeout");
      expect(c.durationMs, kind).toBeLessThan(DEFAULTS.idleTimeoutMs / 2);
    }
  });
});

describe("all hostile peers at once under one deadline", () => {
  it("finishes within the total deadline, no peer connection left open", async () => {
    const all = Object.values(peers).map((p) => p.port);
    const sockets = () => process.getActiveResourcesInfo().filter((r) => r === "TCPSocketWrap").length;
    const baseline = sockets();
    const t0 = Date.now();
    const report = await runSelfTest("127.0.0.1", {
      allowPrivate: true,
      canary,
      ...FAST,
      totalTimeoutMs: 1500,
      ports: { "smtp-relay": all, "http-proxy": all, "http-post": all, "http-connect": all, socks4: all, socks5: all },
    });
    expect(Date.now() - t0).toBeLessThan(1500 + 400);
    expect(report.checks).toHaveLength(all.length * CHECK_KINDS.length);
    expect(report.checks.every((c) => c.verdict !== "vulnerable")).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    for (const [name, p] of Object.entries(peers)) expect(p.openConnections(), name).toBe(0);
    expect(sockets()).toBeLessThanOrEqual(baseline); // nothing left on our side either
  });
});
