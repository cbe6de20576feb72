// Reports remembered in Redis: what one web instance remembers, another recalls; no address is
// stored; they expire; and Redis down loses the memory, never the test.
import type Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRedis, type RedisServer } from "../../tests/support/redis-server";
import type { SelfTestReport } from "../probe";
import { connectRedis, redisReady } from "./redis";
import { redisReports } from "./visitor-reports";

let server: RedisServer;
let a: Redis;
let b: Redis;

beforeAll(async () => {
  server = await startRedis();
  [a, b] = [connectRedis(server.url), connectRedis(server.url)];
  await Promise.all([redisReady(a), redisReady(b)]);
});
afterAll(async () => {
  a.disconnect();
  b.disconnect();
  await server.stop();
});

const report = (verdict: SelfTestReport["verdict"]): SelfTestReport => ({
  schema: 1, target: "198.51.100.7", startedAt: "2026-12-06T05:00:00.000Z", durationMs: 900, verdict,
  checks: [{ kind: "smtp-relay", port: 25, verdict, reason: "relay-denied", software: "postfix", durationMs: 800,
    transcript: [{ dir: "received", line: "220 mx.example ESMTP, hello 198.51.100.7" }], fix: null }],
});

describe("reports remembered in Redis", () => {
  it("one instance remembers, the other recalls the latest and the one before, without the address", async () => {
    await redisReports(a, 60_000).remember("visitor-1", report("vulnerable"));
    await redisReports(a, 60_000).remember("visitor-1", report("secure"));
    const recalled = await redisReports(b, 60_000).recall("visitor-1");
    expect(recalled?.current.verdict).toBe("secure");
    expect(recalled?.previous?.verdict).toBe("vulnerable");
    expect(recalled?.current).not.toHaveProperty("target");
    expect(await b.get("sys:reports:visitor-1")).not.toContain("198.51.100.7");
    expect(await redisReports(b, 60_000).recall("visitor-2")).toBeNull();
  });

  it("forgets them after the memory time", async () => {
    await redisReports(a, 200).remember("visitor-3", report("secure"));
    expect(await redisReports(b, 200).recall("visitor-3")).not.toBeNull();
    await new Promise((r) => setTimeout(r, 300));
    expect(await redisReports(b, 200).recall("visitor-3")).toBeNull();
  });

  it("with Redis down, remembering and recalling fail quietly", async () => {
    const own = await startRedis();
    const c = connectRedis(own.url);
    await redisReady(c);
    await own.stop();
    try {
      await expect(redisReports(c, 60_000).remember("visitor-4", report("secure"))).resolves.toBeUndefined();
      expect(await redisReports(c, 60_000).recall("visitor-4")).toBeNull();
    } finally {
      c.disconnect();
    }
  });
});
