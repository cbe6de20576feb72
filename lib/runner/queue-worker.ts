// A probe worker (npm run worker): takes self-tests from the queue and runs the engine with its
// own canary (each worker's canary has its own public URL, so no nonce state is shared), telling
// the web instance how it goes over Redis. A worker killed mid-test stops renewing its job's
// lock: BullMQ hands the job to another worker once (maxStalledCount), then fails it.
import { Worker, type Job } from "bullmq";
import type Redis from "ioredis";
import { runSelfTest, TargetRefusedError, type Canary } from "../probe";
import { abortChannel, progressChannel, QUEUE_NAME, type QueueJob, type QueueMessage } from "./queue-protocol";

export interface ProbeWorkerOptions {
  redisUrl: string;
  canary: Canary;
  /** tests at once in this worker */
  concurrency: number;
  /** how soon a dead worker's test goes to another worker (BullMQ lock; default 10 s) */
  lockMs?: number;
  /** publishes progress and listens for aborts (a connection of its own) */
  publisher: Redis;
  subscriber: Redis;
}

export function startProbeWorker(opts: ProbeWorkerOptions): { close(): Promise<void> } {
  const { publisher, subscriber } = opts;
  const aborts = new Map<string, AbortController>();
  subscriber.on("message", (channel: string) => {
    for (const [id, stop] of aborts) if (channel === abortChannel(id)) stop.abort();
  });
  const tell = (jobId: string, m: QueueMessage) => void publisher.publish(progressChannel(jobId), JSON.stringify(m)).catch(() => {});

  const run = async (job: Job<QueueJob>) => {
    const id = job.id!;
    const stop = new AbortController();
    aborts.set(id, stop);
    await subscriber.subscribe(abortChannel(id));
    try {
      const report = await runSelfTest(job.data.target, {
        ...job.data.options,
        canary: opts.canary,
        signal: stop.signal,
        onProgress: (event) => tell(id, { t: "progress", event }),
      });
      tell(id, { t: "done", report });
      return report;
    } catch (e) {
      const refusal = e instanceof TargetRefusedError ? e.code : null;
      tell(id, { t: "failed", refusal, message: e instanceof Error ? e.message : String(e) });
      return null;
    } finally {
      aborts.delete(id);
      await subscriber.unsubscribe(abortChannel(id)).catch(() => {});
    }
  };

  const lockDuration = opts.lockMs ?? 10_000;
  const worker = new Worker<QueueJob>(QUEUE_NAME, run, {
    connection: { url: opts.redisUrl, maxRetriesPerRequest: null },
    concurrency: opts.concurrency,
    lockDuration,
    stalledInterval: Math.max(1_000, lockDuration / 2),
    maxStalledCount: 1,
  });
  worker.on("error", () => {}); // connection trouble: BullMQ reconnects by itself
  return {
    async close() {
      for (const stop of aborts.values()) stop.abort();
      await worker.close();
    },
  };
}
