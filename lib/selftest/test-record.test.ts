import { describe, expect, it } from "vitest";
import type { SelfTestReport } from "../probe/types";
import { testRecordOf } from "./test-record";

const report = (target: string, startedAt = "2026-12-05T10:00:00.000Z"): SelfTestReport => ({
  schema: 1,
  target,
  startedAt,
  durationMs: 4321,
  verdict: "secure",
  checks: [
    { kind: "smtp-relay", port: 25, verdict: "secure", reason: "relay-refused", software: "postfix", durationMs: 900,
      transcript: [{ dir: "received", line: `220 mail.example ESMTP ${target}` }], fix: "postfix" },
    { kind: "socks5", port: 1080, verdict: "no-service", reason: "connection-refused", software: null, durationMs: 3, transcript: [], fix: null },
  ],
});

describe("testRecordOf", () => {
  it("keeps verdicts, kinds, ports, software, the country code and the time since the last test, and nothing that names the visitor", () => {
    const at = new Date("2026-12-05T10:00:05Z");
    const asked: string[] = [];
    const country = (ip: string) => (asked.push(ip), "RO");
    const record = testRecordOf(report("203.0.113.7"), { verdict: "vulnerable", startedAt: "2026-12-05T08:30:00.000Z" }, { finishedAt: at, country });
    expect(record).toEqual({
      finishedAt: at,
      durationMs: 4321,
      verdict: "secure",
      ipVersion: 4,
      previousVerdict: "vulnerable",
      country: "RO",
      sincePreviousMs: 90 * 60_000,
      checks: [
        { kind: "smtp-relay", port: 25, verdict: "secure", software: "postfix" },
        { kind: "socks5", port: 1080, verdict: "no-service", software: null },
      ],
    });
    expect(asked).toEqual(["203.0.113.7"]);
    expect(JSON.stringify(record)).not.toContain("203.0.113");
  });

  it("tells IPv6 from IPv4, and has no previous verdict or interval for a first test", () => {
    const record = testRecordOf(report("2001:db8::7"), null, { country: () => null });
    expect(record.ipVersion).toBe(6);
    expect(record.previousVerdict).toBeNull();
    expect(record.sincePreviousMs).toBeNull();
  });

  it("finds the country in the shipped GeoLite2 data, and none for private or loopback addresses", () => {
    // 8.8.8.8 and 2001:4860:4860::8888 are Google's public resolvers, registered in the US.
    expect(testRecordOf(report("8.8.8.8"), null).country).toBe("US");
    expect(testRecordOf(report("2001:4860:4860::8888"), null).country).toBe("US");
    expect(testRecordOf(report("127.0.0.1"), null).country).toBeNull();
    expect(testRecordOf(report("10.1.2.3"), null).country).toBeNull();
  });

  it("gives no interval when the clocks disagree (previous test after this one)", () => {
    const record = testRecordOf(report("203.0.113.7"), { verdict: "vulnerable", startedAt: "2026-12-05T11:00:00.000Z" }, { country: () => null });
    expect(record.sincePreviousMs).toBeNull();
  });
});
