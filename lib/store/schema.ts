// Kysely's view of the tables that migrations.ts creates. Times are epoch milliseconds (bigint
// columns): both backends compare and index them the same way, unlike their date types.

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
}

export interface TestRecordChecksTable {
  record_id: string;
  kind: string;
  port: number;
  verdict: string;
  software: string | null;
}

export interface Database {
  saved_reports: SavedReportsTable;
  test_records: TestRecordsTable;
  test_record_checks: TestRecordChecksTable;
}
