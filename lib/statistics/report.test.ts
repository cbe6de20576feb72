// buildReport on hand-made rollup rows: calendar (zero-filled days, ISO weeks), suppression after
// summing, median. The numbers from real stores are in statistics.test.ts.
import { describe, expect, it } from "vitest";
import { buildReport, isoWeek, medianOf } from "./report";
import type { RollupRow } from "./types";

const NOW = new Date("2026-06-01T10:00:00.000Z");

describe("isoWeek", () => {
  it.each([
    ["2026-03-01", "2026-W09", "2026-02-23", "2026-03-01"],
    ["2026-03-02", "2026-W10", "2026-03-02", "2026-03-08"],
    ["2026-12-28", "2026-W53", "2026-12-28", "2027-01-03"],
    ["2027-01-03", "2026-W53", "2026-12-28", "2027-01-03"],
    ["2027-01-04", "2027-W01", "2027-01-04", "2027-01-10"],
    ["2024-12-30", "2025-W01", "2024-12-30", "2025-01-05"],
    ["2021-01-03", "2020-W53", "2020-12-28", "2021-01-03"],
    ["2025-12-28", "2025-W52", "2025-12-22", "2025-12-28"],
    ["2025-12-29", "2026-W01", "2025-12-29", "2026-01-04"],
  ])("%s is in %s (%s..%s)", (day, week, monday, sunday) => {
    expect(isoWeek(day)).toEqual({ week, monday, sunday });
  });
});

describe("medianOf", () => {
  it("is null below 10 values, the middle value of an odd count, the rounded mean of the middle two", () => {
    expect(medianOf([1, 2, 3, 4, 5, 6, 7, 8, 9])).toBeNull();
    expect(medianOf([10, 1, 9, 2, 8, 3, 7, 4, 6, 5, 100])).toBe(6);
    expect(medianOf([10, 1, 9, 2, 8, 3, 7, 4, 6, 5])).toBe(6); // (5 + 6) / 2 = 5.5 → 6
    expect(medianOf([1, 1, 1, 1, 1, 2, 2, 2, 2, 2])).toBe(2);
  });
});

describe("buildReport", () => {
  const row = (day: string, metric: RollupRow["metric"], key: string, count: number): RollupRow => ({ day, metric, key, count });

  it("publishes a week of 3 + 4 + 5 tests as 12 while every day is null", () => {
    const rows = [row("2026-03-02", "tests", "", 3), row("2026-03-03", "tests", "", 4), row("2026-03-08", "tests", "", 5)];
    const report = buildReport({ rows, fixIntervalsMs: [], from: "2026-03-02", to: "2026-03-08", demo: false, now: NOW });
    expect(report.days.map((d) => d.tests)).toEqual([null, null, null, null, null, null, null]);
    expect(report.weeks.map((w) => [w.week, w.tests])).toEqual([["2026-W10", 12]]);
    expect(report.totals.tests).toBe(12);
  });

  it("zero-fills every day, carries every verdict and kind, and clips weeks to the range", () => {
    const report = buildReport({ rows: [], fixIntervalsMs: [], from: "2026-12-30", to: "2027-01-05", demo: true, now: NOW });
    expect(report).toMatchObject({ generatedAt: "2026-06-01T10:00:00.000Z", demo: true, from: "2026-12-30", to: "2027-01-05" });
    expect(report.days.map((d) => d.date)).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04", "2027-01-05"]);
    expect(report.weeks.map(({ week, from, to }) => ({ week, from, to }))).toEqual([
      { week: "2026-W53", from: "2026-12-30", to: "2027-01-03" },
      { week: "2027-W01", from: "2027-01-04", to: "2027-01-05" },
    ]);
    expect(report.days[0]).toEqual({
      date: "2026-12-30",
      tests: null,
      verdicts: { vulnerable: null, inconclusive: null, secure: null, "no-service": null },
      vulnerableByKind: { "smtp-relay": null, "http-proxy": null, "http-post": null, "http-connect": null, socks4: null, socks5: null },
      openProxy: null,
      software: {},
      ipVersion: { ipv4: null, ipv6: null },
      countries: {},
      retestedAfterVulnerable: null,
      fixedAfterRetest: null,
    });
    expect(report.totals.medianFixMs).toBeNull();
  });

  it("lists only software and countries published for the range, biggest first, and ignores rows outside it", () => {
    const rows = [
      row("2026-03-02", "country", "FR", 6),
      row("2026-03-03", "country", "FR", 6),
      row("2026-03-02", "country", "DE", 20),
      row("2026-03-02", "country", "LI", 9),
      row("2026-03-02", "software", "exim", 10),
      row("2026-03-02", "software", "dante", 1),
      row("2026-03-04", "country", "LI", 50),
    ];
    const report = buildReport({ rows, fixIntervalsMs: [], from: "2026-03-02", to: "2026-03-03", demo: false, now: NOW });
    expect(Object.entries(report.totals.countries)).toEqual([["DE", 20], ["FR", 12]]);
    expect(report.totals.software).toEqual({ exim: 10 });
    expect(report.days.map((d) => d.countries)).toEqual([{ DE: 20, FR: null }, { DE: null, FR: null }]);
  });
});
