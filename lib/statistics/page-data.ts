// The numbers behind the statistics page and the press page: one rollups query for the last 12
// ISO weeks (this week included), published twice: the whole span (totals and weeks) and the
// last 30 days (the daily chart). Null when there is no store to count from or it is down.
import { StoreUnavailableError } from "../store/types";
import { buildReport, dayAt, isoWeek, msOf } from "./report";
import type { StatisticsSource } from "./source";
import type { StatisticsReport } from "./types";

export const DAYS_SHOWN = 30;
export const WEEKS_SHOWN = 12;
const DAY_MS = 86_400_000;

export interface PageStatistics {
  demo: boolean;
  /** Monday of the first week shown to today: totals and weeks */
  span: StatisticsReport;
  /** the last DAYS_SHOWN days, today included */
  last30: StatisticsReport;
}

/** First and last day of the span and of the daily chart, by UTC days. */
export function pageRanges(now: Date): { from: string; to: string; last30From: string } {
  const to = dayAt(now.getTime());
  const monday = msOf(isoWeek(to).monday);
  return {
    from: dayAt(monday - (WEEKS_SHOWN - 1) * 7 * DAY_MS),
    to,
    last30From: dayAt(msOf(to) - (DAYS_SHOWN - 1) * DAY_MS),
  };
}

export async function loadPageStatistics(source: StatisticsSource | null, now = new Date()): Promise<PageStatistics | null> {
  if (!source) return null;
  const { from, to, last30From } = pageRanges(now);
  try {
    const rollups = await source.rollups(from, to);
    const build = (start: string) => buildReport({ ...rollups, from: start, to, demo: source.demo, now });
    return { demo: source.demo, span: build(from), last30: build(last30From) };
  } catch (e) {
    if (e instanceof StoreUnavailableError) return null;
    throw e;
  }
}
