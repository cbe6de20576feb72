// How the relay check reads refusals that are not a plain 5xx: a temporary reply that names
// the relay refusal (Postfix's Debian default) and a server that hangs up after refusing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCanary } from "./canary";
import { startRecordingSmtp } from "./test-peers/hostile-peers";
import { PATIENT, probeOne } from "./test-peers/harness";
import { DEFAULTS } from "./defaults";
import type { Canary } from "./types";

let canary: Canary;
const peers: Awaited<ReturnType<typeof startRecordingSmtp>>[] = [];
const refuseAll = () => false;

beforeAll(async () => {
  canary = await startCanary({ host: "127.0.0.1", port: 0 });
});

afterAll(async () => {
  await Promise.all(peers.map((p) => p.close()));
  await canary.close();
});

async function peer(opts: Parameters<typeof startRecordingSmtp>[1]) {
  const started = await startRecordingSmtp(refuseAll, opts);
  peers.push(started);
  return started;
}

describe("relay refusals beyond 5xx", () => {
  it("454 'Relay access denied' (defer_unauth_destination) is secure, not greylisting", async () => {
    const p = await peer({ refusal: "454 4.7.1 <x@y>: Relay access denied" });
    const c = await probeOne(canary, "smtp-relay", p.port, PATIENT);
    expect(`${c.verdict} ${c.reason}`).toBe("secure relay-denied");
  });

  it("a temporary refusal without that wording stays inconclusive", async () => {
    const p = await peer({ refusal: "451 4.7.1 Please try again later" });
    const c = await probeOne(canary, "smtp-relay", p.port, PATIENT);
    expect(`${c.verdict} ${c.reason}`).toBe("inconclusive temporary-failure");
  });

  it("hanging up after refusing relay attempts is secure", async () => {
    const p = await peer({ hangUpAfterRefusals: 3 });
    const c = await probeOne(canary, "smtp-relay", p.port, PATIENT);
    expect(`${c.verdict} ${c.reason}`).toBe("secure relay-denied");
    expect(p.lines.filter((l) => l.startsWith("RCPT TO:<relaytest-")).length).toBeGreaterThanOrEqual(3);
  });

  it("hanging up before refusing anything is not secure", async () => {
    const p = await peer({ hangUpAfterRefusals: 0 });
    const c = await probeOne(canary, "smtp-relay", p.port, PATIENT);
    expect(c.verdict).toBe("inconclusive");
  });
});

describe("relay attempts over several connections", () => {
  const variants = (p: { lines: string[] }) => p.lines.filter((l) => l.startsWith("RCPT TO:<relaytest-")).length;

  it("a server waiting 2 s before each refusal is secure within the default limits", async () => {
    const p = await peer({ refusalDelayMs: 2_000 });
    const c = await probeOne(canary, "smtp-relay", p.port, { connectTimeoutMs: DEFAULTS.connectTimeoutMs, idleTimeoutMs: DEFAULTS.idleTimeoutMs, totalTimeoutMs: DEFAULTS.totalTimeoutMs });
    expect(`${c.verdict} ${c.reason}`).toBe("secure relay-denied");
    expect(p.sessions.length).toBeGreaterThan(1);
    expect(p.sessions.length).toBeLessThanOrEqual(4);
    // every attempt was asked exactly once across the connections
    expect(p.lines.filter((l) => l.startsWith("RCPT TO:") && l !== "RCPT TO:<postmaster>")).toHaveLength(16);
  }, 30_000);

  it("a server that allows one connection gets every attempt on it", async () => {
    const p = await peer({ maxSessions: 1 });
    const c = await probeOne(canary, "smtp-relay", p.port, PATIENT);
    expect(`${c.verdict} ${c.reason}`).toBe("secure relay-denied");
    expect(p.sessions[0]!.filter((l) => l.startsWith("RCPT TO:") && l !== "RCPT TO:<postmaster>")).toHaveLength(16);
    expect(c.transcript.some((l) => /^\[\d\] 421 /.test(l.line))).toBe(true); // the refused extras are shown
  });

  it("accepting one late variant is found whichever connection asks it", async () => {
    const p = await startRecordingSmtp((rcpt) => rcpt.includes("!") && rcpt.endsWith("]"), { refusalDelayMs: 100 });
    peers.push(p);
    const c = await probeOne(canary, "smtp-relay", p.port, PATIENT);
    expect(`${c.verdict} ${c.reason}`).toBe("vulnerable relay-accepted-bang-path-literal");
    expect(variants(p)).toBeLessThanOrEqual(16);
  });
});
