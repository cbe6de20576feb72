// What the service hands to storage: an anonymous record of every finished test (with the
// visitor's previous verdict), and, on request, the latest report with the address written back.
import { describe, expect, it } from "vitest";
import type { SelfTestReport, Verdict } from "../probe/types";
import type { ProbeRunner } from "../runner/types";
import type { TestRecord } from "../store/types";
import { parseSelfTestConfig } from "./config";
import { createSelfTestService } from "./service";

function serviceWith(verdicts: Verdict[], records: TestRecord[] | null) {
  const parsed = parseSelfTestConfig({ SELFTEST_ALLOW_PRIVATE: "true", SELFTEST_COOLDOWN_SECONDS: "1", SELFTEST_CANARY_HOST: "127.0.0.1" });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  // A runner that answers at once with the next verdict, and a greeting that repeats the address.
  const runner: ProbeRunner = {
    run: async (target): Promise<SelfTestReport> => {
      const verdict = verdicts.shift()!;
      return {
        schema: 1, target, startedAt: new Date().toISOString(), durationMs: 10, verdict,
        checks: [{ kind: "smtp-relay", port: 25, verdict, reason: "relay-refused", software: "exim", durationMs: 9,
          transcript: [{ dir: "received", line: `220 mx ESMTP Exim, you are ${target}` }], fix: null }],
      };
    },
    close: async () => {},
  };
  const sink = records && { recordTest: async (r: TestRecord) => void records.push(r) };
  const failing = { recordTest: () => Promise.reject(new Error("database down")) };
  return createSelfTestService(parsed.config, runner, records ? sink : failing);
}

async function test(service: ReturnType<typeof serviceWith>, ip: string) {
  const ticket = await service.admit(ip);
  if (!ticket.ok) throw new Error(ticket.refused);
  return ticket.run();
}

describe("self-test service and storage", () => {
  it("records every finished test without the address, with the previous verdict of the same visitor", async () => {
    const records: TestRecord[] = [];
    const service = serviceWith(["vulnerable", "secure"], records);
    await test(service, "127.0.7.1");
    await new Promise((r) => setTimeout(r, 1_050)); // cooldown
    await test(service, "127.0.7.1");
    expect(records.map((r) => [r.verdict, r.previousVerdict, r.ipVersion])).toEqual([
      ["vulnerable", null],
      ["secure", "vulnerable"],
    ].map(([v, p]) => [v, p, 4]));
    expect(records[1]!.checks).toEqual([{ kind: "smtp-relay", port: 25, verdict: "secure", software: "exim" }]);
    expect(JSON.stringify(records)).not.toContain("127.0.7.1");
  });

  it("a store that fails loses the record, not the test", async () => {
    const service = serviceWith(["secure"], null);
    await expect(test(service, "127.0.7.2")).resolves.toMatchObject({ verdict: "secure" });
  });

  it("gives the latest report for saving with the tested address, and nothing to anyone else", async () => {
    const service = serviceWith(["vulnerable"], []);
    await test(service, "127.0.7.3");
    const latest = await service.latestForSaving("127.0.7.3");
    expect(latest?.report).toMatchObject({ schema: 1, target: "127.0.7.3", verdict: "vulnerable" });
    expect(Object.keys(latest!.report).slice(0, 2)).toEqual(["schema", "target"]);
    expect(latest?.report.checks[0]?.transcript[0]?.line).toBe("220 mx ESMTP Exim, you are 127.0.7.3");
    expect(latest?.visitor).toBeTruthy();
    expect(latest?.visitor).not.toContain("127.0.7.3");
    expect(await service.latestForSaving("127.0.7.4")).toBeNull();
  });
});

describe("a runner that fails", () => {
  it("gives the visitor's cooldown back: the test never ran", async () => {
    const parsed = parseSelfTestConfig({ SELFTEST_ALLOW_PRIVATE: "true", SELFTEST_COOLDOWN_SECONDS: "600", SELFTEST_CANARY_HOST: "127.0.0.1" });
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    let fail = true;
    const runner: ProbeRunner = {
      run: async (target) => {
        if (fail) throw new Error("the probe workers lost this test");
        return { schema: 1, target, startedAt: new Date().toISOString(), durationMs: 1, verdict: "no-service", checks: [] };
      },
      close: async () => {},
    };
    const service = createSelfTestService(parsed.config, runner);
    const first = await service.admit("127.0.9.1");
    if (!first.ok) throw new Error("refused");
    await expect(first.run()).rejects.toThrow(/lost/);
    await new Promise((r) => setTimeout(r, 10));
    fail = false;
    const again = await service.admit("127.0.9.1");
    if (!again.ok) throw new Error(`refused: ${again.refused}`);
    expect((await again.run()).verdict).toBe("no-service");
    expect(await service.admit("127.0.9.1")).toMatchObject({ refused: "rate-limited" }); // a test that ran counts
  });
});
