// A probe worker process for bench/scale.ts: its own canary, the queue at REDIS_URL. Prints
// "ready", and its peak RSS in MB when asked to stop (SIGTERM).
import { startCanary } from "../lib/probe";
import { startProbeWorker } from "../lib/runner/queue-worker";
import { connectRedis, redisReady } from "../lib/selftest/redis";

const redisUrl = process.env.REDIS_URL!;
const publisher = connectRedis(redisUrl);
const subscriber = connectRedis(redisUrl);
await Promise.all([redisReady(publisher), redisReady(subscriber)]);
const canary = await startCanary({ host: "127.0.0.1", port: 0 });
const worker = startProbeWorker({ redisUrl, canary, concurrency: 32, publisher, subscriber });
let peak = process.memoryUsage().rss;
setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20).unref();
process.stdout.write("ready\n");
process.on("SIGTERM", async () => {
  await worker.close();
  process.stdout.write(`rss ${(peak / 1024 / 1024).toFixed(0)}\n`);
  process.exit(0);
});
