// A probe worker (`npm run worker`): with SELFTEST_RUNNER=queue the web instances only admit and
// queue self-tests; processes like this one run them, each with its own canary (configure its
// public address with SELFTEST_CANARY_PORT / SELFTEST_CANARY_URL as for the web server).
// Same environment as the web server: REDIS_URL, SELFTEST_* (see README, "Run at scale").
import { startCanary, type Canary } from "./lib/probe";
import { configOrExit } from "./lib/startup";
import { startProbeWorker } from "./lib/runner/queue-worker";
import { connectRedis } from "./lib/selftest/redis";

const config = configOrExit("worker");
if (!config.redisUrl) {
  console.error("Configuration error, the worker did not start:\n  REDIS_URL: a probe worker takes its tests from Redis");
  process.exit(1);
}

let canary: Canary;
try {
  canary = await startCanary(config.canary);
} catch (e) {
  console.error(`The canary could not start on ${config.canary.host}:${config.canary.port}: ${(e as Error).message}`);
  process.exit(1);
}
const publisher = connectRedis(config.redisUrl);
const subscriber = connectRedis(config.redisUrl);
const worker = startProbeWorker({ redisUrl: config.redisUrl, canary, concurrency: config.workerConcurrency, publisher, subscriber });
console.log(`Probe worker ready: ${config.workerConcurrency} tests at once, canary ${canary.url("…")}`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  setTimeout(() => process.exit(0), 5_000).unref();
  await worker.close();
  await canary.close();
  publisher.disconnect();
  subscriber.disconnect();
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
