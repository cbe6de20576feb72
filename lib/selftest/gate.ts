// The safety gate in front of the engine: kill switch, public targets only, one full test per
// visitor per cooldown, a cap on tests at once per network and a cap across everyone. Order
// matters: a full network is refused before the cooldown is touched (a neighbour's tests are
// not this visitor's fault), and the cooldown is taken before the global cap so that a flood
// from one address meets "rate limited" on every request but the first, whatever the cap.
// Every lookup goes through the address assessTarget returns, so a NAT64 visitor
// (64:ff9b::a.b.c.d) finds what was recorded for the IPv4 that was actually tested.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { assessTarget, type RefusalCode } from "../probe";
import { DEFAULT_PREFIXES, visitorKeys, type NetworkPrefixes, type VisitorKeys } from "./visitor-key";

export type GateCode = RefusalCode | "rate-limited" | "busy" | "disabled" | "cross-site" | "unavailable";
export const GATE_CODES = ["rate-limited", "busy", "disabled", "cross-site", "unavailable"] as const;

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
  /** the test never ran (its runner failed): give the visitor's cooldown back */
  refund(): void;
}

export interface GateOptions {
  allowPrivate: boolean;
  cooldownSeconds: number;
  maxConcurrent: number;
  disabled: boolean;
  /** how an address is stored in the limiter (a keyed hash: no plain IPs in memory) */
  keyOf: (ip: string) => string;
  /** what a "busy" refusal (or a full network) asks the visitor to wait */
  busyRetrySeconds?: number;
  /** the networks that count as one (default: IPv4 /24, IPv6 /64) */
  prefixes?: NetworkPrefixes;
  /** tests at once from one network (default 2) */
  maxPerNetwork?: number;
}

export interface Gate {
  admit(ip: string | null): Promise<Admission | Refusal>;
  /** seconds until this address may test again (0 = now) */
  waitSeconds(ip: string): Promise<number>;
  /** the key its reports are remembered under (Admission.key), null for an untestable address */
  reportKey(ip: string): string | null;
  running(): number;
}

export function refuse(refused: GateCode, status: Refusal["status"], ip: string | null, retryAfterSeconds?: number): Refusal {
  return { ok: false, refused, status, ip, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) };
}

/** An admission whose release runs once, however often it is called. */
export function admission(target: string, key: string, actions: { release(): void; refund(): void }): Admission {
  let released = false;
  return {
    ok: true,
    target,
    key,
    release() {
      if (released) return;
      released = true;
      actions.release();
    },
    refund: actions.refund,
  };
}

export function createGate(opts: GateOptions): Gate {
  const limiter = new RateLimiterMemory({ points: 1, duration: opts.cooldownSeconds, keyPrefix: "selftest" });
  const prefixes = opts.prefixes ?? DEFAULT_PREFIXES;
  const maxPerNetwork = opts.maxPerNetwork ?? 2;
  const busyRetry = opts.busyRetrySeconds ?? 20;
  // Tests running per network key; an entry lives only while a test of that network runs.
  const perNetwork = new Map<string, number>();
  let running = 0;

  const keysOf = (ip: string): VisitorKeys | null => {
    const assessed = assessTarget(ip, { allowPrivate: opts.allowPrivate });
    return assessed.ok ? visitorKeys(assessed.ip, opts.keyOf, prefixes) : null;
  };
  const networkFull = (network: string) => (perNetwork.get(network) ?? 0) >= maxPerNetwork;
  const cooldownLeft = async (key: string) => {
    const res = await limiter.get(key);
    return res && res.consumedPoints > 0 && res.msBeforeNext > 0 ? Math.ceil(res.msBeforeNext / 1000) : 0;
  };
  // A full network frees up when one of its tests ends; a visitor who also waits out a
  // cooldown is told the longer of the two.
  const waitFor = async (keys: VisitorKeys) =>
    Math.max(await cooldownLeft(keys.cooldown), networkFull(keys.network) ? busyRetry : 0);
  const leave = (network: string) => {
    const left = (perNetwork.get(network) ?? 1) - 1;
    if (left > 0) perNetwork.set(network, left);
    else perNetwork.delete(network);
  };

  return {
    async admit(ip) {
      if (opts.disabled) return refuse("disabled", 503, ip);
      if (!ip) return refuse("invalid-address", 403, null);
      const assessed = assessTarget(ip, { allowPrivate: opts.allowPrivate });
      if (!assessed.ok) return refuse(assessed.code, 403, ip);
      const keys = visitorKeys(assessed.ip, opts.keyOf, prefixes);
      if (networkFull(keys.network)) {
        return refuse("rate-limited", 429, ip, Math.max(busyRetry, await cooldownLeft(keys.cooldown)));
      }
      // Held across the await below, so that parallel requests from one network see each other.
      perNetwork.set(keys.network, (perNetwork.get(keys.network) ?? 0) + 1);
      try {
        await limiter.consume(keys.cooldown);
      } catch (e) {
        leave(keys.network);
        if (!(e instanceof RateLimiterRes)) throw e;
        return refuse("rate-limited", 429, ip, Math.max(1, Math.ceil(e.msBeforeNext / 1000)));
      }
      if (running >= opts.maxConcurrent) {
        leave(keys.network);
        await limiter.delete(keys.cooldown); // not this visitor's fault: let them retry without a cooldown
        return refuse("busy", 503, ip, busyRetry);
      }
      running++;
      return admission(assessed.ip, keys.address, {
        release() {
          running--;
          leave(keys.network);
        },
        refund: () => void limiter.delete(keys.cooldown),
      });
    },
    async waitSeconds(ip) {
      const keys = keysOf(ip);
      return keys ? waitFor(keys) : 0;
    },
    reportKey: (ip) => keysOf(ip)?.address ?? null,
    running: () => running,
  };
}
