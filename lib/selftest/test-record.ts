// The anonymous record of a finished test (statistics): what was found, never who was tested.
import ipaddr from "ipaddr.js";
import type { SelfTestReport, Verdict } from "../probe/types";
import type { TestRecord } from "../store/types";

export function testRecordOf(report: SelfTestReport, previousVerdict: Verdict | null, finishedAt = new Date()): TestRecord {
  return {
    finishedAt,
    durationMs: report.durationMs,
    verdict: report.verdict,
    ipVersion: ipaddr.parse(report.target).kind() === "ipv6" ? 6 : 4,
    previousVerdict,
    // country and time since the previous test: filled in when the statistics work wires them up
    country: null,
    sincePreviousMs: null,
    checks: report.checks.map(({ kind, port, verdict, software }) => ({ kind, port, verdict, software })),
  };
}
