import { describe, expect, it } from "vitest";
import type { SelfTestReport } from "../probe/types";
import { testRecordOf } from "./test-record";

const report = (target: string): SelfTestReport => ({
  schema: 1,
  target,
  startedAt: "2026-12-05T10:00:00.000Z",
  durationMs: 4321,
  verdict: "vulnerable",
  checks: [
    { kind: "smtp-relay", port: 25, verdict: "vulnerable", reason: "relay-accepted", software: "postfix", durationMs: 900,
      transcript: [{ dir: "received", line: `220 mail.example ESMTP ${target}` }], fix: "postfix" },
    { kind: "socks5", port: 1080, verdict: "no-service", reason: "connection-refused", software: null, durationMs: 3, transcript: [], fix: null },
  ],
});

describe("testRecordOf", () => {
  it("keeps verdicts, kinds, ports and software, and nothing that names the visitor", () => {
    const at = new Date("2026-12-05T10:00:05Z");
    const record = testRecordOf(report("203.0.113.7"), "secure", at);
    expect(record).toEqual({
      finishedAt: at,
      durationMs: 4321,
      verdict: "vulnerable",
      ipVersion: 4,
      previousVerdict: "secure",
      country: null,
      sincePreviousMs: null,
      checks: [
        { kind: "smtp-relay", port: 25, verdict: "vulnerable", software: "postfix" },
        { kind: "socks5", port: 1080, verdict: "no-service", software: null },
      ],
    });
    expect(JSON.stringify(record)).not.toContain("203.0.113");
  });

  it("tells IPv6 from IPv4", () => {
    expect(testRecordOf(report("2001:db8::7"), null).ipVersion).toBe(6);
    expect(testRecordOf(report("2001:db8::7"), null).previousVerdict).toBeNull();
  });
});
