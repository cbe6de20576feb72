import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCanary } from "./canary";
import { startSmtpPeer, type SmtpPeer } from "./test-peers/smtp-peers";
import { PATIENT, probeOne, sentLines } from "./test-peers/harness";
import type { Canary } from "./types";

let canary: Canary;
const peers: Record<string, SmtpPeer> = {};

beforeAll(async () => {
  canary = await startCanary({ host: "127.0.0.1", port: 0 });
  const [open, closed, auth, greylist, starttls, smtps] = await Promise.all([
    startSmtpPeer("open"),
    startSmtpPeer("closed"),
    startSmtpPeer("auth"),
    startSmtpPeer("greylist"),
    startSmtpPeer("starttls-only"),
    startSmtpPeer("open", { secure: true }),
  ]);
  Object.assign(peers, { open, closed, auth, greylist, starttls, smtps });
});

afterAll(async () => {
  await Promise.all(Object.values(peers).map((p) => p.close()));
  await canary.close();
});

describe("smtp-relay against smtp-server peers", () => {
  it("open relay: vulnerable, names the variant, detects the software, never DATA", async () => {
    const c = await probeOne(canary, "smtp-relay", peers.open!.port, PATIENT);
    expect(`${c.verdict} ${c.reason}`).toBe("vulnerable relay-accepted-null-sender");
    expect(c.reason).toBe("relay-accepted-null-sender");
    expect(c.software).toBe("postfix");
    expect(c.fix).toBe("postfix");
    expect(c.report.verdict).toBe("vulnerable");
    // control first, then stop at the first accepted variant, then RSET/QUIT
    const sent = sentLines(c);
    expect(sent.slice(0, 3)).toEqual([expect.stringMatching(/^EHLO /), "STARTTLS", expect.stringMatching(/^EHLO /)]);
    expect(sent).toContain("RCPT TO:<postmaster>");
    expect(sent.filter((l) => l.startsWith("RCPT TO:<relaytest-")).length).toBe(1);
    expect(sent.slice(-2)).toEqual(["RSET", "QUIT"]);
    expect(peers.open!.dataCalls()).toBe(0);
  });

  it("closed relay: secure relay-denied after all 16 variants, spread over several connections", async () => {
    const c = await probeOne(canary, "smtp-relay", peers.closed!.port, PATIENT);
    expect(c).toMatchObject({ verdict: "secure", reason: "relay-denied", fix: null });
    // one postmaster control per connection + 16 variants (smtp-server refuses some odd syntaxes
    // itself with 501); the lines of the extra connections carry their number
    const rcpts = sentLines(c).map((l) => l.replace(/^\[\d\] /, "")).filter((l) => l.startsWith("RCPT TO:"));
    const connections = rcpts.filter((l) => l === "RCPT TO:<postmaster>").length;
    expect(rcpts.length - connections).toBe(16);
    expect(connections).toBeGreaterThanOrEqual(1);
    expect(connections).toBeLessThanOrEqual(4);
  });

  it("auth required (530): secure auth-required", async () => {
    const c = await probeOne(canary, "smtp-relay", peers.auth!.port, PATIENT);
    expect(c).toMatchObject({ verdict: "secure", reason: "auth-required" });
  });

  it("greylisting (451): inconclusive temporary-failure", async () => {
    const c = await probeOne(canary, "smtp-relay", peers.greylist!.port, PATIENT);
    expect(c).toMatchObject({ verdict: "inconclusive", reason: "temporary-failure" });
  });

  it("STARTTLS-only server: upgrades (no cert check) and finds the open relay", async () => {
    const c = await probeOne(canary, "smtp-relay", peers.starttls!.port, PATIENT);
    expect(c.verdict).toBe("vulnerable");
    expect(c.transcript.some((l) => l.dir === "received" && /STARTTLS/.test(l.line))).toBe(true);
    expect(sentLines(c)).toContain("STARTTLS");
  });

  it("implicit TLS (SMTPS): TLS from the first byte", async () => {
    const c = await probeOne(canary, "smtp-relay", peers.smtps!.port, { ...PATIENT, smtpsPorts: [peers.smtps!.port] });
    expect(c.verdict).toBe("vulnerable");
    expect(sentLines(c)).not.toContain("STARTTLS");
  });

  it("plaintext server on an implicit-TLS port: inconclusive tls-failed", async () => {
    const c = await probeOne(canary, "smtp-relay", peers.closed!.port, { ...PATIENT, smtpsPorts: [peers.closed!.port] });
    expect(c.verdict).toBe("inconclusive");
    expect(["tls-failed", "timeout"]).toContain(c.reason);
  });

  it("never sent DATA to any smtp-server peer", () => {
    for (const p of Object.values(peers)) expect(p.dataCalls()).toBe(0);
  });
});
