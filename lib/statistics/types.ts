// Campaign statistics: the contract between the store's daily rollups, the statistics page, the
// press page and the open data (GET /api/statistics[.csv]). Aggregates only: every count below
// 10 leaves as null ("fewer than 10"), so no cell can point at a single visitor.
import type { CheckKind, Verdict } from "../probe/types";

/** Cells with fewer tests than this are suppressed (null). */
export const MIN_CELL = 10;

/**
 * What the store counts per day (table daily_stats: day, demo, metric, key, count), raw and
 * unsuppressed, updated in the same transaction as each anonymous test record:
 * - "tests" (key ""): finished tests
 * - "verdict" (key: overall Verdict): tests by overall verdict
 * - "vulnerable-kind" (key: CheckKind): tests with at least one vulnerable check of that kind
 * - "open-proxy" (key ""): tests with at least one vulnerable proxy check (any kind but smtp-relay)
 * - "software" (key: detected software, "unknown" when none): vulnerable checks by software
 * - "ip" (key "4" | "6"): tests by IP version of the tested address
 * - "country" (key: ISO 3166-1 alpha-2, "unknown"): tests by country of the tested address
 * - "retested-after-vulnerable" (key ""): tests whose previous test (same visitor, within the
 *   memory window) was vulnerable
 * - "fixed-after-retest" (key ""): those of them that came out secure
 * Plus table fix_intervals (day, demo, ms): for each "fixed-after-retest" test, the time since
 * the vulnerable test, so that the median can be computed over any range without raw records.
 */
export const METRICS = [
  "tests",
  "verdict",
  "vulnerable-kind",
  "open-proxy",
  "software",
  "ip",
  "country",
  "retested-after-vulnerable",
  "fixed-after-retest",
] as const;
export type Metric = (typeof METRICS)[number];

export interface RollupRow {
  day: string;
  metric: Metric;
  key: string;
  count: number;
}

/** A count as published: null when below MIN_CELL. */
export type Cell = number | null;

export interface Counts {
  tests: Cell;
  verdicts: Record<Verdict, Cell>;
  vulnerableByKind: Record<CheckKind, Cell>;
  openProxy: Cell;
  /** vulnerable checks by detected software; only keys with data */
  software: Record<string, Cell>;
  ipVersion: { ipv4: Cell; ipv6: Cell };
  /** tests by country of the tested address; only keys with data */
  countries: Record<string, Cell>;
  retestedAfterVulnerable: Cell;
  fixedAfterRetest: Cell;
}

export interface DayStats extends Counts {
  date: string;
}

export interface WeekStats extends Counts {
  /** ISO week, e.g. "2026-W49" */
  week: string;
  /** Monday and Sunday of the week, clipped to the range */
  from: string;
  to: string;
}

export interface StatisticsReport {
  generatedAt: string;
  /** true when the numbers are synthetic demo data (npm run seed:demo, STATISTICS_DEMO=true) */
  demo: boolean;
  from: string;
  to: string;
  totals: Counts & { medianFixMs: number | null };
  /** every day of the range, oldest first */
  days: DayStats[];
  /** every ISO week touching the range, oldest first */
  weeks: WeekStats[];
}

/** What the store hands over for a range (Store.rollups): raw daily counts and fix intervals. */
export interface Rollups {
  rows: RollupRow[];
  /** every fix interval (ms) of the range, in no particular order */
  fixIntervalsMs: number[];
}

// A record, so that a new Verdict fails to compile here until it is listed.
const VERDICT_KEYS: Record<Verdict, true> = { vulnerable: true, inconclusive: true, secure: true, "no-service": true };
/** Every Verdict, worst first (the engine's order: vulnerable > inconclusive > secure > no-service). */
export const VERDICTS = Object.keys(VERDICT_KEYS) as readonly Verdict[];
