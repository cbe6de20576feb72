// Safety rules 3 and 4: no check ever sends DATA (mail is never sent), and proxies are only
// ever asked for our own canary.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RELAY_VARIANTS } from "./codes";
import { startCanary } from "./canary";
import { TargetRefusedError, runSelfTest } from "./run-self-test";
import { PATIENT } from "./test-peers/harness";
import { startRecordingSmtp } from "./test-peers/hostile-peers";
import { startHttpProxy, type ProxyPeer } from "./test-peers/proxy-peers";
import { startSocks4, startSocks5, type SocksPeer } from "./test-peers/socks-peers";
import type { Peer } from "./test-peers/tcp-fake";
import type { Canary } from "./types";

let canary: Canary;
let acceptAll: Peer & { lines: string[]; sessions: string[][] };
let acceptNone: Peer & { lines: string[]; sessions: string[][] };
let acceptBang: Peer & { lines: string[]; sessions: string[][] };
let proxy: ProxyPeer;
let s4: SocksPeer;
let s5: SocksPeer;

beforeAll(async () => {
  canary = await startCanary({ host: "127.0.0.1", port: 0 });
  [acceptAll, acceptNone, acceptBang, proxy, s4, s5] = await Promise.all([
    startRecordingSmtp(() => true),
    startRecordingSmtp(() => false),
    startRecordingSmtp((r) => r.endsWith("@mx.rec.test") === false && /!relaytest-[0-9a-f]+$/.test(r)),
    startHttpProxy(),
    startSocks4(),
    startSocks5(),
  ]);
});

afterAll(async () => {
  await Promise.all([acceptAll, acceptNone, acceptBang, proxy, s4, s5].map((p) => p.close()));
  await canary.close();
});

const ALLOWED_SMTP = /^(EHLO |HELO |STARTTLS$|MAIL FROM:<|RCPT TO:<|RSET$|QUIT$)/;

describe("safety", () => {
  it("never sends DATA/BDAT, whatever the server accepts, and uses only canary-domain recipients", async () => {
    const all = [acceptAll, acceptNone, acceptBang];
    const report = await runSelfTest("127.0.0.1", {
      allowPrivate: true,
      canary,
      ...PATIENT,
      only: ["smtp-relay"],
      ports: { "smtp-relay": all.map((p) => p.port) },
    });
    expect(report.checks.map((c) => `${c.verdict} ${c.reason}`)).toEqual([
      "vulnerable relay-accepted-null-sender",
      "secure relay-denied",
      "vulnerable relay-accepted-bang-path",
    ]);
    for (const peer of all) {
      expect(peer.lines.length).toBeGreaterThan(0);
      for (const line of peer.lines) {
        expect(line, line).toMatch(ALLOWED_SMTP);
        expect(line).not.toMatch(/^(DATA|BDAT)/i);
        if (line.startsWith("RCPT TO:") && line !== "RCPT TO:<postmaster>") {
          expect(line).toMatch(/relaytest-[0-9a-f]+.*relay-canary\.invalid|relay-canary\.invalid.*relaytest-[0-9a-f]+/);
        }
      }
      // each connection's first RCPT is its control; once one connection has proven the relay,
      // the others are cut off mid-attempt, so only the refusing server sees QUIT on every one
      expect(peer.sessions.some((session) => session.at(-1) === "QUIT")).toBe(true);
      for (const session of peer.sessions) {
        if (peer === acceptNone) expect(session.at(-1)).toBe("QUIT");
        const rcpts = session.filter((l) => l.startsWith("RCPT TO:"));
        if (rcpts.length > 0) expect(rcpts[0]).toBe("RCPT TO:<postmaster>");
      }
    }
    // all 16 variants on the refusing server, each exactly once, over at most 4 connections
    const tried = acceptNone.lines.filter((l) => l.startsWith("RCPT TO:") && l !== "RCPT TO:<postmaster>");
    expect(tried).toHaveLength(RELAY_VARIANTS.length);
    const pairs = acceptNone.sessions.flatMap((session) =>
      session.flatMap((l, i) => (l.startsWith("RCPT TO:") && l !== "RCPT TO:<postmaster>" ? [`${session[i - 1]} ${l}`] : [])),
    );
    expect(new Set(pairs).size).toBe(RELAY_VARIANTS.length); // sender and recipient: no variant twice
    expect(acceptNone.sessions.length).toBeGreaterThan(1);
    expect(acceptNone.sessions.length).toBeLessThanOrEqual(4);
    // an open relay accepting the first attempt is done on one connection
    expect(acceptAll.sessions).toHaveLength(1);
    expect(acceptAll.lines.filter((l) => l.startsWith("RCPT TO:"))).toHaveLength(2);
  });

  it("without PIPELINING: one command at a time, no RCPT after a refused MAIL", async () => {
    const peer = await startRecordingSmtp(() => false, { pipelining: false, acceptSender: (f) => !f.includes("[") });
    try {
      const report = await runSelfTest("127.0.0.1", {
        allowPrivate: true, canary, ...PATIENT, only: ["smtp-relay"], ports: { "smtp-relay": [peer.port] },
      });
      expect(report.checks[0]).toMatchObject({ verdict: "secure", reason: "relay-denied" });
      // null sender, foreign sender, sender at banner get to RCPT; the 13 literal-sender ones do not
      expect(peer.lines.filter((l) => l.startsWith("RCPT TO:<relaytest-"))).toHaveLength(3);
      // one control MAIL per connection plus one per variant
      expect(peer.lines.filter((l) => l.startsWith("MAIL FROM:"))).toHaveLength(peer.sessions.length + 16);
      expect(peer.lines.some((l) => /^(DATA|BDAT)/i.test(l))).toBe(false);
    } finally {
      await peer.close();
    }
  });

  it("proxies are only ever asked for the canary", async () => {
    const report = await runSelfTest("127.0.0.1", {
      allowPrivate: true,
      canary,
      ...PATIENT,
      ports: {
        "smtp-relay": [],
        "http-proxy": [proxy.port],
        "http-post": [proxy.port],
        "http-connect": [proxy.port],
        socks4: [s4.port],
        socks5: [s5.port],
      },
    });
    expect(report.checks.every((c) => c.verdict === "vulnerable")).toBe(true);
    const authority = `${canary.host}:${canary.port}`;
    expect(proxy.requests.length).toBeGreaterThan(0);
    for (const r of proxy.requests) {
      expect(r).toMatch(new RegExp(`^((GET|POST) http://${authority}/syscanary/[0-9a-f]{32}|CONNECT ${authority})$`));
    }
    for (const d of [...s4.destinations, ...s5.destinations]) expect(d).toBe(authority);
    expect(s4.destinations.length + s5.destinations.length).toBe(2);
  });

  it("never unwraps IPv4-compatible ::a.b.c.d into the IPv4 it spells, even for a lab", async () => {
    // Node spells a peer ::7f00:1 as "::127.0.0.1"; read as ::ffff:127.0.0.1 it would be dialed
    // as 127.0.0.1, here the recording server.
    const before = acceptAll.lines.length;
    const run = runSelfTest("::127.0.0.1", {
      allowPrivate: true, canary, ...PATIENT, only: ["smtp-relay"], ports: { "smtp-relay": [acceptAll.port] },
    });
    await expect(run).rejects.toMatchObject({ name: "TargetRefusedError", code: "reserved" });
    expect(acceptAll.lines.length).toBe(before);
  });

  it("keeps AWS's IPv6 metadata address refused when private targets are allowed", async () => {
    // an empty port plan: even a wrong answer here dials nothing
    const run = runSelfTest("fd00:ec2::254", { allowPrivate: true, canary, ports: { "smtp-relay": [] }, only: ["smtp-relay"] });
    await expect(run).rejects.toBeInstanceOf(TargetRefusedError);
    await expect(run).rejects.toMatchObject({ code: "link-local" });
  });
});
