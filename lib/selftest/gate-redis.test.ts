// The Redis gate as two web instances see it: two gates, each with its own Redis client, share
// one real redis-server (tests/support/redis-server.ts).
import type Redis from "ioredis";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startRedis, type RedisServer } from "../../tests/support/redis-server";
import type { Admission, GateOptions, Refusal } from "./gate";
import { createRedisGate } from "./gate-redis";
import { connectRedis, redisReady } from "./redis";

let server: RedisServer;
let clients: Redis[] = [];

beforeAll(async () => {
  server = await startRedis();
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  clients = [connectRedis(server.url), connectRedis(server.url)];
  await Promise.all(clients.map((c) => redisReady(c)));
  await clients[0]!.flushall();
});
afterEach(() => {
  for (const c of clients) c.disconnect();
});

/** The gates of two web instances sharing one Redis. */
function instances(over: Partial<GateOptions> & { leaseSeconds?: number } = {}) {
  return clients.map((redis) =>
    createRedisGate({ redis, allowPrivate: false, cooldownSeconds: 60, maxConcurrent: 2, disabled: false, keyOf: (ip) => `k:${ip}`, ...over }),
  );
}
const admitted = (a: Admission | Refusal): Admission => {
  if (!a.ok) throw new Error(`refused: ${a.refused}`);
  return a;
};

describe("redis gate shared by two instances", () => {
  it("one test per cooldown, whichever instance the second request reaches", async () => {
    const [a, b] = instances();
    admitted(await a!.admit("8.8.8.8")).release();
    const second = await b!.admit("8.8.8.8");
    expect(second).toMatchObject({ ok: false, refused: "rate-limited", status: 429, ip: "8.8.8.8" });
    expect(second.ok === false && second.retryAfterSeconds).toBeGreaterThan(55);
    expect(await b!.waitSeconds("8.8.8.8")).toBeGreaterThan(55);
    expect(await a!.waitSeconds("9.9.9.9")).toBe(0);
  });

  it("shares the per-network cap: a third test from one /24 waits, on either instance", async () => {
    const [a, b] = instances({ maxConcurrent: 10 });
    const one = admitted(await a!.admit("8.8.8.1"));
    admitted(await b!.admit("8.8.8.2"));
    expect(await a!.admit("8.8.8.3")).toMatchObject({ refused: "rate-limited", status: 429, retryAfterSeconds: 20 });
    expect(await b!.waitSeconds("8.8.8.4")).toBe(20);
    one.release();
    await new Promise((r) => setTimeout(r, 50)); // the release is sent without waiting
    expect((await b!.admit("8.8.8.4")).ok).toBe(true);
  });

  it("shares the global cap; a visitor turned away as busy keeps no cooldown", async () => {
    const [a, b] = instances();
    const first = admitted(await a!.admit("8.8.8.8"));
    admitted(await b!.admit("9.9.9.9"));
    expect(await a!.admit("1.1.1.1")).toMatchObject({ refused: "busy", status: 503, retryAfterSeconds: 20 });
    expect(await b!.waitSeconds("1.1.1.1")).toBe(0);
    first.release();
    await new Promise((r) => setTimeout(r, 50));
    expect((await b!.admit("1.1.1.1")).ok).toBe(true);
  });

  it("never gives out more slots than the cap when instances race", async () => {
    const [a, b] = instances({ maxConcurrent: 5 });
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a! : b!).admit(`8.8.${i}.8`)));
    expect(answers.filter((x) => x.ok)).toHaveLength(5);
    expect(answers.filter((x) => !x.ok && x.refused === "busy")).toHaveLength(35);
  });

  it("slots of an instance that died without releasing them expire on their own", async () => {
    const [a, b] = instances({ maxConcurrent: 1, leaseSeconds: 1 });
    admitted(await a!.admit("8.8.8.8")); // never released: the instance is gone
    expect(await b!.admit("9.9.9.9")).toMatchObject({ refused: "busy" });
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await b!.admit("9.9.9.9")).ok).toBe(true);
  });

  it("a refunded test (its runner failed) gives the cooldown back on every instance", async () => {
    const [a, b] = instances();
    const first = admitted(await a!.admit("8.8.8.8"));
    first.refund();
    first.release();
    await new Promise((r) => setTimeout(r, 50));
    expect((await b!.admit("8.8.8.8")).ok).toBe(true);
  });

  it("still refuses private addresses without asking Redis", async () => {
    const [a] = instances();
    expect(await a!.admit("127.0.0.2")).toMatchObject({ refused: "loopback", status: 403 });
    expect(await a!.admit(null)).toMatchObject({ refused: "invalid-address", status: 403 });
  });
});

describe("redis gate while Redis is down", () => {
  it("answers unavailable (503) at once, and admits again when Redis is back, without a restart", async () => {
    const own = await startRedis();
    const redis = connectRedis(own.url);
    await redisReady(redis);
    const gate = createRedisGate({ redis, allowPrivate: false, cooldownSeconds: 60, maxConcurrent: 2, disabled: false, keyOf: (ip) => `k:${ip}` });
    try {
      await own.stop();
      const t0 = Date.now();
      expect(await gate.admit("8.8.8.8")).toMatchObject({ ok: false, refused: "unavailable", status: 503, retryAfterSeconds: 20 });
      expect(Date.now() - t0).toBeLessThan(1_000);
      expect(await gate.waitSeconds("8.8.8.8")).toBe(0);
      const back = await startRedis(own.port);
      try {
        await redisReady(redis, 10_000);
        expect((await gate.admit("8.8.8.8")).ok).toBe(true);
      } finally {
        await back.stop();
      }
    } finally {
      redis.disconnect();
      await own.stop();
    }
  });
});
