// How the statistics page and the press page write numbers, shares, dates and durations in the
// reader's locale (Intl only: digits, separators and date order come from the locale).
import { msOf } from "./report";
import type { Cell } from "./types";

export type DurationUnit = "minutes" | "hours" | "days";

export interface StatisticsFormat {
  number(n: number): string;
  /** a published count: the number, or the locale's "fewer than 10" */
  cell(n: Cell): string;
  /** a share of `total`: 0.44 → "44%" (one decimal below 10%, so small shares do not read as 0%) */
  percent(n: number, total: number): string;
  /** a UTC day (YYYY-MM-DD) in full, e.g. "5 December 2026" */
  day(day: string): string;
  /** a UTC day, short, for chart axes, e.g. "5 Dec" */
  shortDay(day: string): string;
  /** an instant in UTC, date and time */
  instant(iso: string): string;
  /** the country's name in the locale, e.g. "RO" → "Romania" */
  country(code: string): string;
}

export function statisticsFormat(locale: string, fewer: string): StatisticsFormat {
  const numbers = new Intl.NumberFormat(locale);
  const whole = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const fine = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const full = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const short = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });
  const regions = new Intl.DisplayNames(locale, { type: "region", fallback: "code" });
  return {
    number: (n) => numbers.format(n),
    cell: (n) => (n === null ? fewer : numbers.format(n)),
    percent: (n, total) => {
      const share = total > 0 ? n / total : 0;
      return (share < 0.1 ? fine : whole).format(share);
    },
    day: (day) => full.format(msOf(day)),
    shortDay: (day) => short.format(msOf(day)),
    instant: (iso) => instant.format(new Date(iso)),
    country: (code) => regions.of(code) ?? code,
  };
}

/** A fix time in the unit a reader would use: minutes up to 2 hours, hours up to 2 days, then days. */
export function durationParts(ms: number): { unit: DurationUnit; count: number } {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return { unit: "minutes", count: Math.max(1, minutes) };
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return { unit: "hours", count: hours };
  return { unit: "days", count: Math.round(ms / 86_400_000) };
}
