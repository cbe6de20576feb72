// The TLS client must never let a peer choose work for our CPU: no finite-field DH (any modulus
// the server likes, composite ones included), no renegotiation (the same cost again and again).
import { afterEach, describe, expect, it } from "vitest";
import { startCanary } from "./canary";
import { probeOne } from "./test-peers/harness";
import { startHostileSmtps, startHostileStartTls, type TlsPeer } from "./test-peers/tls-hostile";
import type { Canary } from "./types";

let canary: Canary | null = null;
let peer: TlsPeer | null = null;

afterEach(async () => {
  await peer?.close();
  await canary?.close();
  peer = null;
  canary = null;
});

async function smtpsCheck(p: TlsPeer) {
  canary = await startCanary({ host: "127.0.0.1", port: 0 });
  return probeOne(canary, "smtp-relay", p.port, { smtpsPorts: [p.port], idleTimeoutMs: 1500 });
}

describe("TLS client against hostile SMTPS peers", () => {
  it("refuses a server that offers only DHE with a huge composite modulus: no handshake, tls-failed", async () => {
    peer = await startHostileSmtps({ dhe: true });
    const check = await smtpsCheck(peer);
    expect(peer.handshakes()).toBe(0);
    expect(check.verdict).toBe("inconclusive");
    expect(check.reason).toBe("tls-failed");
  });

  it("refuses renegotiation: one handshake per connection whatever the server asks", async () => {
    peer = await startHostileSmtps({ dhe: false, renegotiations: 20 });
    const check = await smtpsCheck(peer);
    expect(peer.handshakes()).toBe(1);
    expect(check.transcript.some((l) => l.dir === "received" && l.line.startsWith("220 hostile.peer.test"))).toBe(true);
  });
});

describe("TLS client against a hostile STARTTLS peer", () => {
  it("refuses DHE after STARTTLS too: no handshake, tls-failed", async () => {
    peer = await startHostileStartTls({ dhe: true });
    canary = await startCanary({ host: "127.0.0.1", port: 0 });
    const check = await probeOne(canary, "smtp-relay", peer.port, { idleTimeoutMs: 1500 });
    expect(check.transcript.some((l) => l.dir === "sent" && l.line === "STARTTLS")).toBe(true);
    expect(peer.handshakes()).toBe(0);
    expect(check.reason).toBe("tls-failed");
  });
});
