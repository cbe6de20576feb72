// Everything the site needs to run a self-test, built once by server.ts and shared with the
// Next.js request code through runtime.ts. App code stays thin: client IP in, report out.
import { randomBytes } from "node:crypto";
import { assessTarget, DEFAULTS, planChecks, TargetRefusedError, type CheckKind, type ProgressEvent, type SelfTestReport } from "../probe";
import type { ProbeRunner } from "../runner/types";
import type { Store } from "../store/types";
import type { SelfTestConfig } from "./config";
import type { Selection } from "./groups";
import type Redis from "ioredis";
import { createGate, type Refusal } from "./gate";
import { createRedisGate } from "./gate-redis";
import { createReportMemory, type Recalled } from "./report-memory";
import { restoredFor } from "./stored-report";
import { testRecordOf } from "./test-record";
import { inMemoryReports, redisReports } from "./visitor-reports";
import { createVisitorKeyer } from "./visitor-key";

export interface Ticket {
  ok: true;
  target: string;
  run(opts?: { onProgress?: (e: ProgressEvent) => void; signal?: AbortSignal }): Promise<SelfTestReport>;
  /** give the slot back without running (the cooldown stays used) */
  cancel(): void;
}

export interface SelfTestService {
  readonly cooldownSeconds: number;
  readonly memoryMinutes: number;
  /** the (kind, port) pairs a test runs, for the given kinds (all when empty) */
  plan(kinds?: readonly CheckKind[]): { kind: CheckKind; port: number }[];
  /** ms the whole test may take at most */
  readonly deadlineMs: number;
  /** `selection` absent: every check and the blocklists */
  admit(ip: string | null, selection?: Selection): Promise<Ticket | Refusal>;
  waitSeconds(ip: string): Promise<number>;
  recall(ip: string): Promise<Recalled | null>;
  /** The visitor's latest report as it can be saved (address written back), and the gate's key
   * for them; null when nothing is remembered. */
  latestForSaving(ip: string): Promise<{ report: SelfTestReport; visitor: string } | null>;
  /** server.ts admits API requests before Next.js and hands the ticket over by token */
  park(ticket: Ticket): string;
  claim(token: string | null): Ticket | null;
}

// One line in the log per outage, not one per test.
let recordFailing = false;
function reportRecordFailure(e: unknown) {
  if (recordFailing) return;
  recordFailing = true;
  console.error(`Anonymous test records are not being written: ${(e as Error).message}`);
  setTimeout(() => (recordFailing = false), 60_000).unref();
}

// A parked ticket not claimed by then belongs to a request that never reached the route.
const PARK_MS = 15_000;

/**
 * `runner` is null when the self-test cannot run (switched off, or no canary): every test is refused.
 * `records` gets an anonymous record of every finished test; a store that fails loses the record,
 * never the test.
 */
export function createSelfTestService(
  config: SelfTestConfig,
  runner: ProbeRunner | null,
  records: Pick<Store, "recordTest"> | null = null,
  /** with several web instances: the gate's state lives here (REDIS_URL) */
  redis: Redis | null = null,
): SelfTestService {
  const keyOf = createVisitorKeyer(config.keySecret ? Buffer.from(config.keySecret) : undefined);
  const gateOptions = {
    allowPrivate: config.allowPrivate,
    cooldownSeconds: config.cooldownSeconds,
    maxConcurrent: config.maxConcurrent,
    maxPerNetwork: config.maxPerNetwork,
    prefixes: config.networkPrefixes,
    disabled: config.disabled || runner === null,
    keyOf,
  };
  const gate = redis ? createRedisGate({ ...gateOptions, redis }) : createGate(gateOptions);
  const ttlMs = config.memoryMinutes * 60_000;
  const memory = redis ? redisReports(redis, ttlMs) : inMemoryReports(createReportMemory({ ttlMs, maxBytes: config.memoryMaxMb * 1024 * 1024 }));
  const parked = new Map<string, { ticket: Ticket; timer: ReturnType<typeof setTimeout> }>();

  // A lab port plan (SELFTEST_PORTS) also limits which kinds run at all.
  const engineOptions = (kinds?: readonly CheckKind[]) => {
    const planned = config.ports ? (Object.keys(config.ports) as CheckKind[]) : undefined;
    const chosen = kinds && kinds.length > 0 ? kinds : undefined;
    const only = planned && chosen ? planned.filter((k) => chosen.includes(k)) : (chosen ?? planned);
    // An explicit empty choice (the blocklists alone) runs no check, not the engine's "all".
    const none = kinds?.length === 0 || only?.length === 0;
    return { only: only ? [...only] : undefined, ports: config.ports ?? undefined, ...(none ? { checks: false } : {}) };
  };

  return {
    cooldownSeconds: config.cooldownSeconds,
    memoryMinutes: config.memoryMinutes,
    deadlineMs: DEFAULTS.totalTimeoutMs,
    plan: (kinds) => {
      const opts = engineOptions(kinds);
      return opts.checks === false ? [] : planChecks(opts);
    },
    async admit(ip, selection) {
      const admitted = await gate.admit(ip);
      if (!admitted.ok) return admitted;
      return {
        ok: true,
        target: admitted.target,
        async run({ onProgress, signal } = {}) {
          try {
            const report = await runner!.run(
              admitted.target,
              {
                ...engineOptions(selection?.kinds),
                ...(selection?.blocklists === false ? {} : { blocklists: { resolvers: config.dnsblResolvers } }),
                allowPrivate: config.allowPrivate,
                ...(config.mailDomain ? { canaryDomain: config.mailDomain, heloName: config.mailDomain } : {}),
              },
              { signal, onProgress },
            );
            const previous = (await memory.recall(admitted.key))?.current ?? null;
            await memory.remember(admitted.key, report, ip ?? undefined);
            records?.recordTest(testRecordOf(report, previous)).catch(reportRecordFailure);
            return report;
          } catch (e) {
            // A runner that failed (a lost probe worker) ran no test: the visitor may retry at once.
            if (!(e instanceof TargetRefusedError)) admitted.refund();
            throw e;
          } finally {
            admitted.release();
          }
        },
        cancel: () => admitted.release(),
      };
    },
    waitSeconds: (ip) => gate.waitSeconds(ip),
    // the gate's key, not keyOf(ip): a NAT64 visitor's reports are kept under the IPv4 tested
    recall: async (ip) => {
      const key = gate.reportKey(ip);
      return key ? memory.recall(key) : null;
    },
    async latestForSaving(ip) {
      const key = gate.reportKey(ip);
      const recalled = key ? await memory.recall(key) : null;
      const assessed = assessTarget(ip, { allowPrivate: config.allowPrivate });
      if (!key || !recalled || !assessed.ok) return null;
      const { schema, ...rest } = restoredFor(recalled.current, ip);
      return { report: { schema, target: assessed.ip, ...rest }, visitor: key };
    },
    park(ticket) {
      const token = randomBytes(16).toString("hex");
      const timer = setTimeout(() => parked.delete(token) && ticket.cancel(), PARK_MS);
      timer.unref();
      parked.set(token, { ticket, timer });
      return token;
    },
    claim(token) {
      const entry = token ? parked.get(token) : undefined;
      if (!entry) return null;
      parked.delete(token!);
      clearTimeout(entry.timer);
      return entry.ticket;
    },
  };
}
