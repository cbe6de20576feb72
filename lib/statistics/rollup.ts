// What one anonymous test record adds to the daily rollups (lib/statistics/types.ts explains
// the metrics). Pure: the store applies these increments in the record's own transaction, and
// rebuildRollups() computes the same sums with GROUP BY queries, so both must agree with this file.
import type { TestRecord } from "../store/types";
import type { Metric } from "./types";

export interface RollupIncrement {
  metric: Metric;
  key: string;
  count: number;
}

/** The key of records without a known country, and of vulnerable checks without detected software. */
export const UNKNOWN = "unknown";

/** UTC day (YYYY-MM-DD) a record counts for. */
export function dayOf(finishedAt: Date): string {
  return finishedAt.toISOString().slice(0, 10);
}

/** ISO 3166-1 alpha-2, upper-case, or null for anything else (what the store keeps). */
export function normalizeCountry(country: string | null | undefined): string | null {
  const upper = country?.trim().toUpperCase();
  return upper && /^[A-Z]{2}$/.test(upper) ? upper : null;
}

/** A retest after a vulnerable result that came out secure. */
export function isFixedAfterRetest(record: Pick<TestRecord, "previousVerdict" | "verdict">): boolean {
  return record.previousVerdict === "vulnerable" && record.verdict === "secure";
}

/** The fix interval this record contributes to fix_intervals, or null. */
export function fixIntervalOf(record: Pick<TestRecord, "previousVerdict" | "verdict" | "sincePreviousMs">): number | null {
  return isFixedAfterRetest(record) && record.sincePreviousMs !== null ? Math.round(record.sincePreviousMs) : null;
}

export function rollupIncrements(record: TestRecord): RollupIncrement[] {
  const out: RollupIncrement[] = [
    { metric: "tests", key: "", count: 1 },
    { metric: "verdict", key: record.verdict, count: 1 },
  ];
  const vulnerable = record.checks.filter((c) => c.verdict === "vulnerable");
  for (const kind of new Set(vulnerable.map((c) => c.kind))) out.push({ metric: "vulnerable-kind", key: kind, count: 1 });
  if (vulnerable.some((c) => c.kind !== "smtp-relay")) out.push({ metric: "open-proxy", key: "", count: 1 });
  const bySoftware = new Map<string, number>();
  for (const c of vulnerable) bySoftware.set(c.software ?? UNKNOWN, (bySoftware.get(c.software ?? UNKNOWN) ?? 0) + 1);
  for (const [key, count] of bySoftware) out.push({ metric: "software", key, count });
  out.push({ metric: "ip", key: String(record.ipVersion), count: 1 });
  out.push({ metric: "country", key: normalizeCountry(record.country) ?? UNKNOWN, count: 1 });
  if (record.previousVerdict === "vulnerable") out.push({ metric: "retested-after-vulnerable", key: "", count: 1 });
  if (isFixedAfterRetest(record)) out.push({ metric: "fixed-after-retest", key: "", count: 1 });
  return out;
}
