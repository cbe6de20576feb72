// A probe worker in a process of its own, for the test that kills one mid-test: its own canary
// on 127.0.0.1, the queue at REDIS_URL, lock LOCK_MS. Prints "ready" once it takes jobs.
import { startCanary } from "../../probe";
import { connectRedis, redisReady } from "../../selftest/redis";
import { startProbeWorker } from "../queue-worker";

const redisUrl = process.env.REDIS_URL!;
const publisher = connectRedis(redisUrl);
const subscriber = connectRedis(redisUrl);
await Promise.all([redisReady(publisher), redisReady(subscriber)]);
const canary = await startCanary({ host: "127.0.0.1", port: 0 });
startProbeWorker({ redisUrl, canary, concurrency: 4, lockMs: Number(process.env.LOCK_MS ?? 10_000), publisher, subscriber });
process.stdout.write("ready\n");
