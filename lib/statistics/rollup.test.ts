import { describe, expect, it } from "vitest";
import type { TestRecord } from "../store/types";
import { dayOf, fixIntervalOf, normalizeCountry, rollupIncrements } from "./rollup";

const base: TestRecord = {
  finishedAt: new Date("2026-03-02T23:59:59.999Z"),
  durationMs: 1000,
  verdict: "secure",
  ipVersion: 4,
  previousVerdict: null,
  country: "DE",
  sincePreviousMs: null,
  checks: [],
};

describe("rollupIncrements", () => {
  it("counts a plain test: tests, verdict, ip, country", () => {
    expect(rollupIncrements(base)).toEqual([
      { metric: "tests", key: "", count: 1 },
      { metric: "verdict", key: "secure", count: 1 },
      { metric: "ip", key: "4", count: 1 },
      { metric: "country", key: "DE", count: 1 },
    ]);
  });

  it("counts kinds once per test, software once per vulnerable check, open proxy for any proxy kind", () => {
    const record: TestRecord = {
      ...base,
      verdict: "vulnerable",
      ipVersion: 6,
      country: null,
      previousVerdict: "vulnerable",
      sincePreviousMs: 5000,
      checks: [
        { kind: "http-proxy", port: 3128, verdict: "vulnerable", software: "squid" },
        { kind: "http-proxy", port: 8080, verdict: "vulnerable", software: "squid" },
        { kind: "socks5", port: 1080, verdict: "vulnerable", software: null },
        { kind: "smtp-relay", port: 25, verdict: "secure", software: "postfix" },
        { kind: "socks4", port: 1080, verdict: "inconclusive", software: "dante" },
      ],
    };
    expect(rollupIncrements(record)).toEqual([
      { metric: "tests", key: "", count: 1 },
      { metric: "verdict", key: "vulnerable", count: 1 },
      { metric: "vulnerable-kind", key: "http-proxy", count: 1 },
      { metric: "vulnerable-kind", key: "socks5", count: 1 },
      { metric: "open-proxy", key: "", count: 1 },
      { metric: "software", key: "squid", count: 2 },
      { metric: "software", key: "unknown", count: 1 },
      { metric: "ip", key: "6", count: 1 },
      { metric: "country", key: "unknown", count: 1 },
      { metric: "retested-after-vulnerable", key: "", count: 1 },
    ]);
    expect(fixIntervalOf(record)).toBeNull();
  });

  it("an open SMTP relay alone is not an open proxy", () => {
    const record: TestRecord = { ...base, verdict: "vulnerable", checks: [{ kind: "smtp-relay", port: 25, verdict: "vulnerable", software: "exim" }] };
    expect(rollupIncrements(record).map((i) => i.metric)).not.toContain("open-proxy");
  });

  it("a secure retest after a vulnerable one is fixed, with its interval when known", () => {
    const fixed: TestRecord = { ...base, previousVerdict: "vulnerable", sincePreviousMs: 90_000.6 };
    expect(rollupIncrements(fixed).slice(-2)).toEqual([
      { metric: "retested-after-vulnerable", key: "", count: 1 },
      { metric: "fixed-after-retest", key: "", count: 1 },
    ]);
    expect(fixIntervalOf(fixed)).toBe(90_001);
    expect(fixIntervalOf({ ...fixed, sincePreviousMs: null })).toBeNull();
    expect(fixIntervalOf({ ...fixed, previousVerdict: "inconclusive" })).toBeNull();
    expect(rollupIncrements({ ...fixed, previousVerdict: "secure" }).map((i) => i.metric)).not.toContain("retested-after-vulnerable");
  });

  it("days are UTC; countries are upper-case alpha-2 or unknown", () => {
    expect(dayOf(base.finishedAt)).toBe("2026-03-02");
    expect(dayOf(new Date("2026-03-03T00:30:00+01:00"))).toBe("2026-03-02");
    expect(normalizeCountry(" fr ")).toBe("FR");
    expect(normalizeCountry("FRA")).toBeNull();
    expect(normalizeCountry("")).toBeNull();
    expect(normalizeCountry(null)).toBeNull();
    expect(rollupIncrements({ ...base, country: "x1" }).at(-1)).toEqual({ metric: "country", key: "unknown", count: 1 });
  });
});
