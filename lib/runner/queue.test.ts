// The job queue against a real Redis: the web side (createQueueRunner) and probe workers
// (startProbeWorker), in this process or in one we kill mid-test.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type Redis from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startRedis, type RedisServer } from "../../tests/support/redis-server";
import { startCanary, TargetRefusedError, type Canary, type ProgressEvent } from "../probe";
import { startRecordingSmtp, startSilent } from "../probe/test-peers/hostile-peers";
import { startHttpProxy, type ProxyPeer } from "../probe/test-peers/proxy-peers";
import type { Peer } from "../probe/test-peers/tcp-fake";
import { connectRedis, redisReady } from "../selftest/redis";
import { createQueueRunner } from "./queue";
import { startProbeWorker } from "./queue-worker";

const FAST = { allowPrivate: true, connectTimeoutMs: 1000, idleTimeoutMs: 2000, totalTimeoutMs: 8000 };
let redis: RedisServer;
let canary: Canary;
let proxy: ProxyPeer;
let silent: Peer;
const connections: Redis[] = [];
let admin: Redis;
const closers: (() => Promise<void>)[] = [];

const client = async () => {
  const c = connectRedis(redis.url);
  connections.push(c);
  await redisReady(c);
  return c;
};
const runner = async (maxWaitMs = 30_000) => {
  const r = createQueueRunner({ redisUrl: redis.url, subscriber: await client(), publisher: await client(), maxWaitMs, pollMs: 500 });
  closers.push(() => r.close());
  return r;
};
const worker = async (lockMs = 10_000) => {
  const w = startProbeWorker({ redisUrl: redis.url, canary, concurrency: 4, lockMs, publisher: await client(), subscriber: await client() });
  closers.push(() => w.close());
  return w;
};

beforeAll(async () => {
  redis = await startRedis();
  admin = connectRedis(redis.url);
  await redisReady(admin);
  canary = await startCanary({ host: "127.0.0.1", port: 0 });
  [proxy, silent] = await Promise.all([startHttpProxy(), startSilent()]);
});
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
  await admin.flushall(); // no job of one test is left for the next
  for (const c of connections.splice(0)) c.disconnect();
});
afterAll(async () => {
  await Promise.all([proxy.close(), silent.close(), canary.close()]);
  admin.disconnect();
  await redis.stop();
});

describe("queue runner and probe workers", () => {
  it("a worker runs the test and its progress reaches the web side in order", async () => {
    const r = await runner();
    await worker();
    const events: ProgressEvent["type"][] = [];
    const report = await r.run("127.0.0.1", { ...FAST, only: ["http-proxy"], ports: { "http-proxy": [proxy.port] } }, { onProgress: (e) => events.push(e.type) });
    expect(report.checks[0]).toMatchObject({ kind: "http-proxy", verdict: "vulnerable", reason: "nonce-returned" });
    expect(events).toEqual(["planned", "start", "finish"]);
  });

  it("a refused target comes back as TargetRefusedError", async () => {
    const r = await runner();
    await worker();
    await expect(r.run("127.0.0.1", { only: ["socks5"] })).rejects.toBeInstanceOf(TargetRefusedError);
  });

  it("the visitor leaving aborts the test on the worker", async () => {
    const r = await runner();
    await worker();
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 300);
    const t0 = Date.now();
    const report = await r.run("127.0.0.1", { ...FAST, idleTimeoutMs: 20_000, totalTimeoutMs: 30_000, only: ["smtp-relay"], ports: { "smtp-relay": [silent.port] } }, { signal: stop.signal });
    expect(report.checks[0]!.reason).toBe("aborted");
    expect(Date.now() - t0).toBeLessThan(3_000);
  });

  it("with no worker at all, the run ends after maxWaitMs instead of hanging", async () => {
    const r = await runner(800);
    await expect(r.run("127.0.0.1", { ...FAST, only: ["socks5"], ports: { socks5: [1] } })).rejects.toThrow(/no probe worker/);
  });

  it("a worker killed mid-test: the test goes to another worker once and finishes", async () => {
    // A relay check that takes seconds: every refusal comes after 400 ms.
    const slow = await startRecordingSmtp(() => false, { refusalDelayMs: 400 });
    const child = spawn(fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url)), [fileURLToPath(new URL("./test-workers/queue-worker-child.ts", import.meta.url))], {
      env: { ...process.env, REDIS_URL: redis.url, LOCK_MS: "2000" },
      stdio: ["ignore", "pipe", "inherit"],
      detached: true, // its own process group: tsx runs the worker in a child of its own
    });
    const kill = () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    };
    try {
      await new Promise<void>((resolve, reject) => {
        child.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
        createInterface({ input: child.stdout! }).once("line", () => resolve());
      });
      const r = await runner();
      const events: ProgressEvent["type"][] = [];
      let killed = false;
      const run = r.run("127.0.0.1", { ...FAST, only: ["smtp-relay"], ports: { "smtp-relay": [slow.port] } }, {
        onProgress: (e) => {
          events.push(e.type);
          if (e.type === "start" && !killed) {
            killed = true;
            kill(); // mid-test, its lock still held
            void worker(2_000); // the survivor
          }
        },
      });
      const report = await run;
      expect(report.checks[0]).toMatchObject({ verdict: "secure", reason: "relay-denied" });
      expect(events.filter((t) => t === "planned")).toHaveLength(2); // started over on the survivor
    } finally {
      kill();
      await slow.close();
    }
  }, 40_000);
});
