// How the relay check reads refusals that are not a plain 5xx: a temporary reply that names
// the relay refusal (Postfix's Debian default) and a server that hangs up after refusing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCanary } from "./canary";
import { startRecordingSmtp } from "./test-peers/hostile-peers";
import { PATIENT, probeOne } from "./test-peers/harness";
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
