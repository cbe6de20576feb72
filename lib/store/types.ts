// The storage interface the site uses: saved reports and anonymous test records. Two backends
// implement it (sqlite.ts, the embedded default; postgres.ts when DATABASE_URL is set) with the
// same Kysely schema and migrations, so every caller is backend-blind.
import type { CheckKind, SelfTestReport, Verdict } from "../probe/types";
import type { Rollups } from "../statistics/types";

export interface SavedReportRow {
  /** ≥ 128 random bits, URL-safe (saved-reports.ts makes it) */
  id: string;
  /** SHA-256 (hex) of the delete secret: the secret itself is never stored */
  deleteHash: string;
  report: SelfTestReport;
  savedAt: Date;
  expiresAt: Date;
}

/** One finished test, without the address, a hash of it or transcripts (statistics). */
export interface TestRecord {
  finishedAt: Date;
  durationMs: number;
  verdict: Verdict;
  ipVersion: 4 | 6;
  /** the same visitor's previous overall verdict, when they tested within the memory window */
  previousVerdict: Verdict | null;
  /** ISO 3166-1 alpha-2 of the tested address (any case; stored upper-case), null when unknown */
  country: string | null;
  /** time since the same visitor's previous test, when known (the fix interval of a fixed retest) */
  sincePreviousMs: number | null;
  /** synthetic demo data (npm run seed:demo), kept apart from real records */
  demo?: boolean;
  checks: { kind: CheckKind; port: number; verdict: Verdict; software: string | null }[];
}

export interface Store {
  readonly backend: "sqlite" | "postgres";
  /** Applies pending migrations. Every other method waits for it; after a failure the next call tries again. */
  ready(): Promise<void>;
  /** One round trip to the database (for /readyz); throws StoreUnavailableError when it is down. */
  ping(): Promise<void>;
  saveReport(row: SavedReportRow): Promise<void>;
  /** null when unknown or expired at `now` */
  findReport(id: string, now: Date): Promise<SavedReportRow | null>;
  /** true when a report with this id and delete hash existed and is gone */
  deleteReport(id: string, deleteHash: string): Promise<boolean>;
  /** deletes reports expired at `now`; returns how many */
  purgeExpired(now: Date): Promise<number>;
  /** Writes the record, its checks and its rollup increments (daily_stats, fix_intervals) in one transaction. */
  recordTest(record: TestRecord): Promise<void>;
  /** Bulk insert of raw records and checks WITHOUT rollups (seeding, benchmarks): call rebuildRollups() after. One transaction. */
  insertTestRecords(records: TestRecord[]): Promise<void>;
  /** Recomputes daily_stats and fix_intervals (demo and real) from the raw records, in one transaction. */
  rebuildRollups(): Promise<void>;
  /** The rollups of the days `from`..`to` (YYYY-MM-DD, inclusive) of demo or real data; never reads raw records. */
  rollups(query: { from: string; to: string; demo: boolean }): Promise<Rollups>;
  /** Deletes every demo record (with its checks) and the demo rollups; returns how many records. */
  deleteDemoData(): Promise<number>;
  close(): Promise<void>;
}

const BRAND = Symbol.for("secure-your-server.store-unavailable");

/** Thrown by every Store method when the database cannot be reached or refuses the query. */
export class StoreUnavailableError extends Error {
  readonly [BRAND] = true;

  constructor(cause: unknown) {
    super(`store unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "StoreUnavailableError";
  }

  // The store is opened by server.ts but read from Next's bundles, which carry their own copy of
  // this class: `instanceof` recognises the error by its brand, not by which copy made it.
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}
