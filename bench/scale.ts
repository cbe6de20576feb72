// npm run bench:scale: self-tests per minute through the job queue with 1 and 2 probe workers
// (separate processes) against cheap loopback peers (a child process of their own), the p95
// time from queuing a test to its first progress event, and peak RSS per process. Real Redis.
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createQueueRunner } from "../lib/runner/queue";
import type { RunOptions } from "../lib/runner/types";
import { connectRedis, redisReady } from "../lib/selftest/redis";
import { startRedis } from "../tests/support/redis-server";
import { startPeersProcess } from "./peers-process";

const root = fileURLToPath(new URL("../", import.meta.url));
const TESTS = 300;
const IN_FLIGHT = 48;

function startWorker(redisUrl: string): Promise<{ child: ChildProcess; stop(): Promise<string> }> {
  const child = spawn(`${root}node_modules/.bin/tsx`, ["bench/scale-worker.ts"], { cwd: root, env: { ...process.env, REDIS_URL: redisUrl }, stdio: ["ignore", "pipe", "inherit"], detached: true });
  const lines = createInterface({ input: child.stdout! });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
    lines.once("line", () =>
      resolve({
        child,
        stop: () =>
          new Promise<string>((done) => {
            lines.once("line", (l) => done(l.replace(/^rss /, "")));
            process.kill(-child.pid!, "SIGTERM");
          }),
      }),
    );
  });
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function round(workers: number, redisUrl: string, options: RunOptions): Promise<void> {
  const started = await Promise.all(Array.from({ length: workers }, () => startWorker(redisUrl)));
  const [subscriber, publisher] = [connectRedis(redisUrl), connectRedis(redisUrl)];
  await Promise.all([redisReady(subscriber), redisReady(publisher)]);
  const runner = createQueueRunner({ redisUrl, subscriber, publisher, maxWaitMs: 120_000 });
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const firsts: number[] = [];
  let next = 0;
  const t0 = performance.now();
  const lane = async () => {
    while (next < TESTS) {
      next++;
      const queued = performance.now();
      let first = 0;
      const report = await runner.run("127.0.0.1", options, { onProgress: () => (first ||= performance.now() - queued) });
      if (report.verdict !== "vulnerable") throw new Error(`unexpected verdict ${report.verdict}`);
      firsts.push(first);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  const minutes = (performance.now() - t0) / 60_000;
  clearInterval(sampler);
  await runner.close();
  subscriber.disconnect();
  publisher.disconnect();
  const rss = await Promise.all(started.map((w) => w.stop()));
  firsts.sort((a, b) => a - b);
  console.log(
    `scale ${workers} worker${workers > 1 ? "s" : ""}: ${Math.round(TESTS / minutes)} self-tests/min (${TESTS} tests, ${IN_FLIGHT} in flight), ` +
      `first progress p50 ${Math.round(pct(firsts, 50))} ms, p95 ${Math.round(pct(firsts, 95))} ms; ` +
      `peak RSS web side ${(peak / 1024 / 1024).toFixed(0)} MB, worker${workers > 1 ? "s" : ""} ${rss.join(" / ")} MB`,
  );
}

export async function benchScale(): Promise<void> {
  console.log(`scale bench: ${os.cpus().length} CPUs (web side, workers, peers and Redis share them)`);
  const redis = await startRedis();
  const peers = await startPeersProcess("smtp,http,socks4,socks5");
  const p = peers.ports;
  const options: RunOptions = {
    allowPrivate: true,
    ports: { "smtp-relay": [p.smtp!], "http-proxy": [p.http!], "http-post": [p.http!], "http-connect": [p.http!], socks4: [p.socks4!], socks5: [p.socks5!] },
  };
  try {
    for (const workers of [1, 2]) await round(workers, redis.url, options);
  } finally {
    peers.stop();
    await redis.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchScale().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
