// The last two reports per visitor, as the service sees them: in this process's report memory
// (one instance), or in Redis when several web instances share the visitors (REDIS_URL), so the
// report page finds a test whichever instance ran it. Both keep the stored copy (no address,
// capped transcripts) under the gate's keyed hash, and forget it after SELFTEST_MEMORY_MINUTES.
import type Redis from "ioredis";
import type { SelfTestReport } from "../probe";
import type { Recalled, ReportMemory } from "./report-memory";
import { storedCopy, type StoredReport } from "./stored-report";

export interface VisitorReports {
  /** `asked`: the visitor's address as seen, when it differs from report.target (NAT64) */
  remember(key: string, report: SelfTestReport, asked?: string): Promise<void>;
  recall(key: string): Promise<Recalled | null>;
}

export function inMemoryReports(memory: ReportMemory): VisitorReports {
  return {
    remember: async (key, report, asked) => memory.remember(key, report, asked),
    recall: async (key) => memory.recall(key),
  };
}

/** Redis down: nothing is remembered and nothing is recalled, the tests themselves go on. */
export function redisReports(redis: Redis, ttlMs: number): VisitorReports {
  const at = (key: string) => `sys:reports:${key}`;
  const read = async (key: string): Promise<Recalled | null> => {
    const text = await redis.get(at(key)).catch(() => null);
    return text ? (JSON.parse(text) as Recalled) : null;
  };
  return {
    async remember(key, report, asked) {
      const current: StoredReport = storedCopy(report, asked);
      const previous = (await read(key))?.current ?? null;
      await redis.set(at(key), JSON.stringify({ current, previous } satisfies Recalled), "PX", ttlMs).catch(() => {});
    },
    recall: read,
  };
}
