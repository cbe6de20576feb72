// From the store's raw daily rollups to the published report: every day of the range
// (zero-filled), its ISO weeks and the totals, summed raw and only then suppressed, so a week of
// 3 + 4 + 5 tests is published as 12 while each of its days is null.
import { CHECK_KINDS, type CheckKind, type Verdict } from "../probe";
import { MIN_CELL, VERDICTS, type Cell, type Counts, type DayStats, type Metric, type Rollups, type StatisticsReport, type WeekStats } from "./types";

const DAY_MS = 86_400_000;

/** Raw counts by metric and key ("metric|key"). */
type Raw = Map<string, number>;
const slot = (metric: Metric, key: string) => `${metric}|${key}`;

function add(into: Raw, from: Raw): void {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
}

/** A count as published: null below MIN_CELL, zero included. */
export function cell(n: number): Cell {
  return n >= MIN_CELL ? n : null;
}

export function dayAt(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function msOf(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** ISO 8601 week of a day: label ("2026-W53", by the ISO week-numbering year) and its Monday and Sunday. */
export function isoWeek(day: string): { week: string; monday: string; sunday: string } {
  const ms = msOf(day);
  const monday = ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS;
  // The week belongs to the year its Thursday falls in.
  const year = new Date(monday + 3 * DAY_MS).getUTCFullYear();
  const number = Math.floor((monday + 3 * DAY_MS - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { week: `${year}-W${String(number).padStart(2, "0")}`, monday: dayAt(monday), sunday: dayAt(monday + 6 * DAY_MS) };
}

/** Median rounded to whole ms (an even count takes the mean of the middle two); null below MIN_CELL values. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length < MIN_CELL) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return Math.round(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** Keys of a metric published for the range: those whose range total is not suppressed, biggest first. */
function publishedKeys(totals: Raw, metric: Metric): string[] {
  const prefix = `${metric}|`;
  return [...totals]
    .filter(([k, n]) => k.startsWith(prefix) && cell(n) !== null)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([k]) => k.slice(prefix.length));
}

function publish(raw: Raw, keys: { software: string[]; countries: string[] }): Counts {
  const get = (metric: Metric, key = "") => cell(raw.get(slot(metric, key)) ?? 0);
  const each = <K extends string>(metric: Metric, list: readonly K[]) =>
    Object.fromEntries(list.map((key) => [key, get(metric, key)])) as Record<K, Cell>;
  return {
    tests: get("tests"),
    verdicts: each<Verdict>("verdict", VERDICTS),
    vulnerableByKind: each<CheckKind>("vulnerable-kind", CHECK_KINDS),
    openProxy: get("open-proxy"),
    software: each("software", keys.software),
    ipVersion: { ipv4: get("ip", "4"), ipv6: get("ip", "6") },
    countries: each("country", keys.countries),
    retestedAfterVulnerable: get("retested-after-vulnerable"),
    fixedAfterRetest: get("fixed-after-retest"),
  };
}

export interface BuildReportInput extends Rollups {
  /** first and last day (YYYY-MM-DD, inclusive), as range.ts parsed them */
  from: string;
  to: string;
  demo: boolean;
  now: Date;
}

export function buildReport({ rows, fixIntervalsMs, from, to, demo, now }: BuildReportInput): StatisticsReport {
  const byDay = new Map<string, Raw>();
  for (let ms = msOf(from); ms <= msOf(to); ms += DAY_MS) byDay.set(dayAt(ms), new Map());
  for (const row of rows) {
    const raw = byDay.get(row.day); // rows outside the range are ignored
    if (raw) raw.set(slot(row.metric, row.key), (raw.get(slot(row.metric, row.key)) ?? 0) + row.count);
  }

  const totals: Raw = new Map();
  const weeks = new Map<string, { from: string; to: string; raw: Raw }>();
  for (const [day, raw] of byDay) {
    add(totals, raw);
    const { week } = isoWeek(day);
    const entry = weeks.get(week) ?? { from: day, to: day, raw: new Map() };
    entry.to = day; // days arrive in order: the first and last seen are the week clipped to the range
    add(entry.raw, raw);
    weeks.set(week, entry);
  }

  const keys = { software: publishedKeys(totals, "software"), countries: publishedKeys(totals, "country") };
  return {
    generatedAt: now.toISOString(),
    demo,
    from,
    to,
    totals: { ...publish(totals, keys), medianFixMs: medianOf(fixIntervalsMs) },
    days: [...byDay].map(([date, raw]): DayStats => ({ date, ...publish(raw, keys) })),
    weeks: [...weeks].map(([week, w]): WeekStats => ({ week, from: w.from, to: w.to, ...publish(w.raw, keys) })),
  };
}
