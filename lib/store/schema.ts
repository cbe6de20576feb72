// Kysely's view of the tables that migrations.ts creates. Times are epoch milliseconds (bigint
// columns): both backends compare and index them the same way, unlike their date types.
import type { Generated } from "kysely";

export interface SavedReportsTable {
  id: string;
  delete_hash: string;
  /** JSON of SelfTestReport */
  report: string;
  saved_at: number;
  expires_at: number;
}

export interface TestRecordsTable {
  id: string;
  finished_at: number;
  /** YYYY-MM-DD (UTC) of finished_at, for daily statistics */
  day: string;
  duration_ms: number;
  verdict: string;
  ip_version: number;
  previous_verdict: string | null;
  /** ISO 3166-1 alpha-2 of the tested address, upper-case; null when unknown */
  country: string | null;
  /** 1 for synthetic demo records (npm run seed:demo), else 0 */
  demo: Generated<number>;
  /** time since the same visitor's previous test, when known */
  since_previous_ms: number | null;
}

export interface TestRecordChecksTable {
  record_id: string;
  kind: string;
  port: number;
  verdict: string;
  software: string | null;
}

/** Counts per day and metric (lib/statistics/types.ts), raw: suppression happens on publication. */
export interface DailyStatsTable {
  day: string;
  demo: number;
  metric: string;
  key: string;
  count: number;
}

/** One row per "fixed-after-retest" test with a known interval; id is the test record's id. */
export interface FixIntervalsTable {
  id: string;
  day: string;
  demo: number;
  ms: number;
}

export interface Database {
  saved_reports: SavedReportsTable;
  test_records: TestRecordsTable;
  test_record_checks: TestRecordChecksTable;
  daily_stats: DailyStatsTable;
  fix_intervals: FixIntervalsTable;
}
