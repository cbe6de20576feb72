// Everything the site needs to run a self-test, built once by server.ts and shared with the
// Next.js request code through runtime.ts. App code stays thin: client IP in, report out.
import { randomBytes } from "node:crypto";
import { DEFAULTS, planChecks, type CheckKind, type ProgressEvent, type SelfTestReport } from "../probe";
import type { ProbeRunner } from "../runner/types";
import type { SelfTestConfig } from "./config";
import { createGate, type Refusal } from "./gate";
import { createReportMemory, type Recalled } from "./report-memory";
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
  admit(ip: string | null, kinds?: readonly CheckKind[]): Promise<Ticket | Refusal>;
  waitSeconds(ip: string): Promise<number>;
  recall(ip: string): Recalled | null;
  /** server.ts admits API requests before Next.js and hands the ticket over by token */
  park(ticket: Ticket): string;
  claim(token: string | null): Ticket | null;
}

// A parked ticket not claimed by then belongs to a request that never reached the route.
const PARK_MS = 15_000;

/** `runner` is null when the self-test cannot run (switched off, or no canary): every test is refused. */
export function createSelfTestService(config: SelfTestConfig, runner: ProbeRunner | null): SelfTestService {
  const keyOf = createVisitorKeyer();
  const gate = createGate({
    allowPrivate: config.allowPrivate,
    cooldownSeconds: config.cooldownSeconds,
    maxConcurrent: config.maxConcurrent,
    maxPerNetwork: config.maxPerNetwork,
    prefixes: config.networkPrefixes,
    disabled: config.disabled || runner === null,
    keyOf,
  });
  const memory = createReportMemory({ ttlMs: config.memoryMinutes * 60_000, maxBytes: config.memoryMaxMb * 1024 * 1024 });
  const parked = new Map<string, { ticket: Ticket; timer: ReturnType<typeof setTimeout> }>();

  // A lab port plan (SELFTEST_PORTS) also limits which kinds run at all.
  const engineOptions = (kinds?: readonly CheckKind[]) => {
    const planned = config.ports ? (Object.keys(config.ports) as CheckKind[]) : undefined;
    const chosen = kinds && kinds.length > 0 ? kinds : undefined;
    const only = planned && chosen ? planned.filter((k) => chosen.includes(k)) : (chosen ?? planned);
    return { only: only ? [...only] : undefined, ports: config.ports ?? undefined };
  };

  return {
    cooldownSeconds: config.cooldownSeconds,
    memoryMinutes: config.memoryMinutes,
    deadlineMs: DEFAULTS.totalTimeoutMs,
    plan: (kinds) => {
      const opts = engineOptions(kinds);
      // An empty selection must plan nothing, not "everything" (the engine's meaning of []).
      return opts.only?.length === 0 ? [] : planChecks(opts);
    },
    async admit(ip, kinds) {
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
                ...engineOptions(kinds),
                allowPrivate: config.allowPrivate,
                ...(config.mailDomain ? { canaryDomain: config.mailDomain, heloName: config.mailDomain } : {}),
              },
              { signal, onProgress },
            );
            memory.remember(admitted.key, report, ip ?? undefined);
            return report;
          } finally {
            admitted.release();
          }
        },
        cancel: () => admitted.release(),
      };
    },
    waitSeconds: (ip) => gate.waitSeconds(ip),
    // the gate's key, not keyOf(ip): a NAT64 visitor's reports are kept under the IPv4 tested
    recall: (ip) => {
      const key = gate.reportKey(ip);
      return key ? memory.recall(key) : null;
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
