// The same gate as gate.ts with its state in Redis, so that every web instance enforces the same
// cooldown, per-network cap and global cap. One Lua script checks and takes all three at once
// (in gate.ts's order: a full network, then the cooldown, then the global cap), so two
// instances can never both take the last slot. Slots are leases that expire on their own: the
// tests of an instance that dies free their slots after leaseSeconds, without a restart.
// Redis down: a test cannot start ("unavailable", 503); pages do not need Redis at all.
import { randomUUID } from "node:crypto";
import type Redis from "ioredis";
import { assessTarget } from "../probe";
import { admission, refuse, type Admission, type Gate, type GateOptions, type Refusal } from "./gate";
import { DEFAULT_PREFIXES, visitorKeys, type VisitorKeys } from "./visitor-key";

// KEYS: cooldown, network leases, global leases. ARGV: cooldown ms, network cap, global cap,
// lease id, lease ms. Returns {verdict, cooldown ms left}. Redis's clock for every instance.
const ADMIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
local cool = redis.call('PTTL', KEYS[1])
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[2]) then return {'network', cool} end
if cool > 0 then return {'cooldown', cool} end
if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[3]) then return {'busy', 0} end
redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
local expires = now + tonumber(ARGV[5])
for i = 2, 3 do
  redis.call('ZADD', KEYS[i], expires, ARGV[4])
  redis.call('PEXPIRE', KEYS[i], ARGV[5])
end
return {'ok', 0}`;

// KEYS: cooldown, network leases. Returns {cooldown ms left, tests running in the network}.
const WAIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
return {redis.call('PTTL', KEYS[1]), redis.call('ZCOUNT', KEYS[2], now, '+inf')}`;

export interface RedisGateOptions extends GateOptions {
  redis: Redis;
  /** longest a test may hold its slots (default 120 s): the engine's deadline, with room */
  leaseSeconds?: number;
}

export function createRedisGate(opts: RedisGateOptions): Gate {
  const { redis } = opts;
  const prefixes = opts.prefixes ?? DEFAULT_PREFIXES;
  const maxPerNetwork = opts.maxPerNetwork ?? 2;
  const busyRetry = opts.busyRetrySeconds ?? 20;
  const leaseMs = (opts.leaseSeconds ?? 120) * 1000;
  const key = (kind: string, id: string) => `sys:gate:${kind}:${id}`;
  const GLOBAL = "sys:gate:running";
  let mine = 0;

  const keysOf = (ip: string): VisitorKeys | null => {
    const assessed = assessTarget(ip, { allowPrivate: opts.allowPrivate });
    return assessed.ok ? visitorKeys(assessed.ip, opts.keyOf, prefixes) : null;
  };
  const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
  const unavailable = (ip: string | null) => refuse("unavailable", 503, ip, busyRetry);

  return {
    async admit(ip): Promise<Admission | Refusal> {
      if (opts.disabled) return refuse("disabled", 503, ip);
      if (!ip) return refuse("invalid-address", 403, null);
      const assessed = assessTarget(ip, { allowPrivate: opts.allowPrivate });
      if (!assessed.ok) return refuse(assessed.code, 403, ip);
      const keys = visitorKeys(assessed.ip, opts.keyOf, prefixes);
      const lease = randomUUID();
      const leases = [key("network", keys.network), GLOBAL];
      let verdict: string;
      let cooldownMs: number;
      try {
        [verdict, cooldownMs] = (await redis.eval(ADMIT, 3, key("cooldown", keys.cooldown), ...leases,
          opts.cooldownSeconds * 1000, maxPerNetwork, opts.maxConcurrent, lease, leaseMs)) as [string, number];
      } catch {
        return unavailable(ip);
      }
      if (verdict === "network") return refuse("rate-limited", 429, ip, Math.max(busyRetry, cooldownMs > 0 ? seconds(cooldownMs) : 0));
      if (verdict === "cooldown") return refuse("rate-limited", 429, ip, seconds(cooldownMs));
      if (verdict === "busy") return refuse("busy", 503, ip, busyRetry);
      mine++;
      return admission(assessed.ip, keys.address, {
        release() {
          mine--;
          // Lost when Redis is down: the leases then expire on their own.
          redis.multi().zrem(leases[0]!, lease).zrem(leases[1]!, lease).exec().catch(() => {});
        },
        refund: () => void redis.del(key("cooldown", keys.cooldown)).catch(() => {}),
      });
    },
    async waitSeconds(ip) {
      const keys = keysOf(ip);
      if (!keys) return 0;
      try {
        const [cooldownMs, inNetwork] = (await redis.eval(WAIT, 2, key("cooldown", keys.cooldown), key("network", keys.network))) as [number, number];
        return Math.max(cooldownMs > 0 ? seconds(cooldownMs) : 0, inNetwork >= maxPerNetwork ? busyRetry : 0);
      } catch {
        return 0;
      }
    },
    reportKey: (ip) => keysOf(ip)?.address ?? null,
    /** tests admitted through this instance and still running */
    running: () => mine,
  };
}
