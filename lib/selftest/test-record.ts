// The anonymous record of a finished test (statistics): what was found, never who was tested.
// The country is looked up here, while the address is at hand, and only its code is kept.
import ipaddr from "ipaddr.js";
import type { SelfTestReport, Verdict } from "../probe/types";
import { countryOf } from "../statistics/country";
import type { TestRecord } from "../store/types";

/** The same visitor's test before this one, as the report memory recalls it. */
export interface PreviousTest {
  verdict: Verdict;
  startedAt: string;
}

export interface TestRecordOptions {
  finishedAt?: Date;
  /** the tested address's country; by default looked up in geoip-country */
  country?: (ip: string) => string | null;
}

export function testRecordOf(report: SelfTestReport, previous: PreviousTest | null, options: TestRecordOptions = {}): TestRecord {
  const { finishedAt = new Date(), country = countryOf } = options;
  const since = previous ? Date.parse(report.startedAt) - Date.parse(previous.startedAt) : NaN;
  return {
    finishedAt,
    durationMs: report.durationMs,
    verdict: report.verdict,
    ipVersion: ipaddr.parse(report.target).kind() === "ipv6" ? 6 : 4,
    previousVerdict: previous?.verdict ?? null,
    country: country(report.target),
    // start to start: the time the visitor took to fix and come back
    sincePreviousMs: Number.isFinite(since) && since >= 0 ? since : null,
    checks: report.checks.map(({ kind, port, verdict, software }) => ({ kind, port, verdict, software })),
  };
}
