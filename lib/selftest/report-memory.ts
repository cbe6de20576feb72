// The last two reports per visitor, so the report page can show the latest result and what
// changed since the test before. In memory only, expiring, bounded, and without the target
// address (the page puts back the address of whoever is asking).
import type { SelfTestReport } from "../probe";

export type StoredReport = Omit<SelfTestReport, "target">;

export interface Recalled {
  current: StoredReport;
  previous: StoredReport | null;
}

interface Entry extends Recalled {
  expiresAt: number;
}

export interface ReportMemory {
  remember(key: string, report: SelfTestReport): void;
  recall(key: string): Recalled | null;
  size(): number;
}

export function createReportMemory(opts: { ttlMs: number; maxEntries?: number; now?: () => number }): ReportMemory {
  const entries = new Map<string, Entry>();
  const now = opts.now ?? Date.now;
  const max = opts.maxEntries ?? 10_000;

  const live = (key: string): Entry | null => {
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt > now()) return entry;
    entries.delete(key);
    return null;
  };
  // Map keeps insertion order and remember() re-inserts, so the first entries are the oldest.
  const prune = () => {
    const t = now();
    for (const [key, entry] of entries) {
      if (entry.expiresAt > t && entries.size <= max) break;
      entries.delete(key);
    }
  };

  return {
    remember(key, report) {
      const { schema, startedAt, durationMs, verdict, checks } = report;
      const stored: StoredReport = { schema, startedAt, durationMs, verdict, checks };
      const previous = live(key)?.current ?? null;
      entries.delete(key);
      entries.set(key, { current: stored, previous, expiresAt: now() + opts.ttlMs });
      prune();
    },
    recall(key) {
      const entry = live(key);
      return entry ? { current: entry.current, previous: entry.previous } : null;
    },
    size: () => entries.size,
  };
}
