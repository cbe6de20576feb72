// The safety gate in front of the engine: kill switch, public targets only, one full test per
// visitor per cooldown, and a cap on tests running at once. Order matters: the per-visitor
// cooldown is taken before the global cap so that a flood from one address meets "rate limited"
// on every request but the first, whatever the cap.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { assessTarget, type RefusalCode } from "../probe";

export type GateCode = RefusalCode | "rate-limited" | "busy" | "disabled" | "cross-site";
export const GATE_CODES = ["rate-limited", "busy", "disabled", "cross-site"] as const;

export interface Refusal {
  ok: false;
  refused: GateCode;
  status: 403 | 429 | 503;
  /** the address we saw (null when it could not be determined) */
  ip: string | null;
  retryAfterSeconds?: number;
}

export interface Admission {
  ok: true;
  target: string;
  key: string;
  release(): void;
}

export interface GateOptions {
  allowPrivate: boolean;
  cooldownSeconds: number;
  maxConcurrent: number;
  disabled: boolean;
  /** how an address is stored in the limiter (a keyed hash: no plain IPs in memory) */
  keyOf: (ip: string) => string;
  /** what a "busy" refusal asks the visitor to wait */
  busyRetrySeconds?: number;
}

export interface Gate {
  admit(ip: string | null): Promise<Admission | Refusal>;
  /** seconds until this address may test again (0 = now) */
  waitSeconds(ip: string): Promise<number>;
  running(): number;
}

export function createGate(opts: GateOptions): Gate {
  const limiter = new RateLimiterMemory({ points: 1, duration: opts.cooldownSeconds, keyPrefix: "selftest" });
  let running = 0;

  const refuse = (refused: GateCode, status: Refusal["status"], ip: string | null, retryAfterSeconds?: number): Refusal => ({
    ok: false,
    refused,
    status,
    ip,
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });

  return {
    async admit(ip) {
      if (opts.disabled) return refuse("disabled", 503, ip);
      if (!ip) return refuse("invalid-address", 403, null);
      const assessed = assessTarget(ip, { allowPrivate: opts.allowPrivate });
      if (!assessed.ok) return refuse(assessed.code, 403, ip);
      const key = opts.keyOf(assessed.ip);
      try {
        await limiter.consume(key);
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        return refuse("rate-limited", 429, ip, Math.max(1, Math.ceil(e.msBeforeNext / 1000)));
      }
      if (running >= opts.maxConcurrent) {
        await limiter.delete(key); // not this visitor's fault: let them retry without a cooldown
        return refuse("busy", 503, ip, opts.busyRetrySeconds ?? 20);
      }
      running++;
      let released = false;
      return {
        ok: true,
        target: assessed.ip,
        key,
        release() {
          if (released) return;
          released = true;
          running--;
        },
      };
    },
    async waitSeconds(ip) {
      const res = await limiter.get(opts.keyOf(ip));
      return res && res.consumedPoints > 0 && res.msBeforeNext > 0 ? Math.ceil(res.msBeforeNext / 1000) : 0;
    },
    running: () => running,
  };
}
