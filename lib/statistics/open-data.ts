// The open data (GET /api/statistics and /api/statistics.csv): the report's days as JSON, or
// flat as RFC 4180 CSV, under CC BY 4.0. Suppressed cells (fewer than MIN_CELL) are null in
// JSON and empty in CSV.
import type { Cell, DayStats, StatisticsReport } from "./types";

export const LICENCE = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" } as const;

export interface OpenDataJson {
  generatedAt: string;
  licence: typeof LICENCE;
  demo: boolean;
  from: string;
  to: string;
  days: DayStats[];
}

export function toJson(report: StatisticsReport): OpenDataJson {
  return { generatedAt: report.generatedAt, licence: LICENCE, demo: report.demo, from: report.from, to: report.to, days: report.days };
}

const SUPPRESSED = "empty when fewer than 10";

/** The CSV columns, in order, with what each holds (for the README and the statistics page). */
export const CSV_SCHEMA = [
  { column: "date", meaning: "day (UTC), YYYY-MM-DD" },
  { column: "tests", meaning: `finished tests; ${SUPPRESSED}` },
  { column: "vulnerable", meaning: `tests whose overall verdict was vulnerable; ${SUPPRESSED}` },
  { column: "inconclusive", meaning: `tests whose overall verdict was inconclusive; ${SUPPRESSED}` },
  { column: "secure", meaning: `tests whose overall verdict was secure; ${SUPPRESSED}` },
  { column: "no_service", meaning: `tests that found no service at all; ${SUPPRESSED}` },
  { column: "smtp_relay_open", meaning: `tests with an open SMTP relay; ${SUPPRESSED}` },
  { column: "http_proxy_open", meaning: `tests with an open HTTP proxy; ${SUPPRESSED}` },
  { column: "http_connect_open", meaning: `tests with an open HTTP CONNECT proxy; ${SUPPRESSED}` },
  { column: "socks4_open", meaning: `tests with an open SOCKS4 proxy; ${SUPPRESSED}` },
  { column: "socks5_open", meaning: `tests with an open SOCKS5 proxy; ${SUPPRESSED}` },
  { column: "open_proxy", meaning: `tests with at least one open proxy of any kind; ${SUPPRESSED}` },
  { column: "ipv4", meaning: `tests of an IPv4 address; ${SUPPRESSED}` },
  { column: "ipv6", meaning: `tests of an IPv6 address; ${SUPPRESSED}` },
  { column: "retested_after_vulnerable", meaning: `tests whose previous test by the same visitor was vulnerable; ${SUPPRESSED}` },
  { column: "fixed_after_retest", meaning: `those of them that came out secure; ${SUPPRESSED}` },
  // added after the first release: new columns go last, so readers by position keep working
  { column: "http_post_open", meaning: `tests with an open HTTP proxy that forwards POST; ${SUPPRESSED}` },
] as const;

export type CsvColumn = (typeof CSV_SCHEMA)[number]["column"];
export const CSV_COLUMNS: readonly CsvColumn[] = CSV_SCHEMA.map((c) => c.column);

function csvRow(day: DayStats): Record<CsvColumn, string | Cell> {
  return {
    date: day.date,
    tests: day.tests,
    vulnerable: day.verdicts.vulnerable,
    inconclusive: day.verdicts.inconclusive,
    secure: day.verdicts.secure,
    no_service: day.verdicts["no-service"],
    smtp_relay_open: day.vulnerableByKind["smtp-relay"],
    http_proxy_open: day.vulnerableByKind["http-proxy"],
    http_connect_open: day.vulnerableByKind["http-connect"],
    http_post_open: day.vulnerableByKind["http-post"],
    socks4_open: day.vulnerableByKind.socks4,
    socks5_open: day.vulnerableByKind.socks5,
    open_proxy: day.openProxy,
    ipv4: day.ipVersion.ipv4,
    ipv6: day.ipVersion.ipv6,
    retested_after_vulnerable: day.retestedAfterVulnerable,
    fixed_after_retest: day.fixedAfterRetest,
  };
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
function field(value: string | number | null): string {
  const s = value === null ? "" : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Header row, then one row per day, oldest first; lines end with CRLF. */
export function toCsv(report: StatisticsReport): string {
  const lines = [CSV_COLUMNS.join(","), ...report.days.map((day) => CSV_COLUMNS.map((c) => field(csvRow(day)[c])).join(","))];
  return lines.map((line) => `${line}\r\n`).join("");
}
