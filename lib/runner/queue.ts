// The web instance's side of the job queue: a test goes to BullMQ, any probe worker runs it, and
// its progress comes back over Redis pub/sub to this instance, which holds the visitor's
// connection. Never hangs: a job that fails (its worker died twice) or that nobody finishes
// within maxWaitMs ends the run with an error.
import { randomUUID } from "node:crypto";
import { Queue } from "bullmq";
import type Redis from "ioredis";
import { TargetRefusedError, type RefusalCode, type SelfTestReport } from "../probe";
import { abortChannel, progressChannel, QUEUE_NAME, type QueueJob, type QueueMessage } from "./queue-protocol";
import type { ProbeRunner, RunHooks } from "./types";

export interface QueueRunnerOptions {
  redisUrl: string;
  /** pub/sub: one connection in subscriber mode, one for commands */
  subscriber: Redis;
  publisher: Redis;
  /** longest wait for a report: the engine's deadline plus a dead worker's hand-over */
  maxWaitMs: number;
  /** how often the job's state is checked besides the messages (default 2 s) */
  pollMs?: number;
}

export interface QueueRunner extends ProbeRunner {
  /** probe workers connected to the queue right now (for /readyz) */
  workers(): Promise<number>;
}

export function createQueueRunner(opts: QueueRunnerOptions): QueueRunner {
  const { subscriber, publisher } = opts;
  const queue = new Queue<QueueJob>(QUEUE_NAME, { connection: { url: opts.redisUrl, enableOfflineQueue: false, maxRetriesPerRequest: 1 } });
  queue.on("error", () => {}); // the runs report it
  const listeners = new Map<string, (m: QueueMessage) => void>();
  subscriber.on("message", (channel: string, text: string) => {
    const id = /^sys:selftest:(.+):events$/.exec(channel)?.[1];
    if (id) listeners.get(id)?.(JSON.parse(text) as QueueMessage);
  });

  async function run(target: string, options: QueueJob["options"], hooks: RunHooks = {}): Promise<SelfTestReport> {
    const id = randomUUID();
    await subscriber.subscribe(progressChannel(id)); // before the job exists: no event is missed
    return new Promise<SelfTestReport>((resolve, reject) => {
      const onAbort = () => void publisher.publish(abortChannel(id), "1").catch(() => {});
      const end = (settle: () => void) => {
        if (!listeners.delete(id)) return;
        clearInterval(poll);
        clearTimeout(limit);
        hooks.signal?.removeEventListener("abort", onAbort);
        void subscriber.unsubscribe(progressChannel(id)).catch(() => {});
        settle();
      };
      const fail = (message: string) => end(() => reject(new Error(message)));
      listeners.set(id, (m) => {
        if (m.t === "progress") return hooks.onProgress?.(m.event);
        if (m.t === "done") return end(() => resolve(m.report));
        end(() => reject(m.refusal ? new TargetRefusedError(m.refusal as RefusalCode) : new Error(m.message)));
      });
      // Messages are fire-and-forget: the job's own state is the backstop.
      const poll = setInterval(async () => {
        const job = await queue.getJob(id).catch(() => undefined);
        if (job && (await job.isFailed().catch(() => false))) fail("the probe workers lost this test");
        else if (job?.returnvalue) end(() => resolve(job.returnvalue as SelfTestReport));
      }, opts.pollMs ?? 2_000);
      const limit = setTimeout(() => fail("no probe worker finished this test in time"), opts.maxWaitMs);
      if (hooks.signal?.aborted) onAbort();
      else hooks.signal?.addEventListener("abort", onAbort, { once: true });
      queue
        .add("selftest", { target, options }, { jobId: id, removeOnComplete: { age: 60 }, removeOnFail: { age: 60 } })
        .catch((e: Error) => fail(`the test could not be queued: ${e.message}`));
    });
  }

  return {
    run,
    workers: () => queue.getWorkersCount(),
    async close() {
      for (const id of [...listeners.keys()]) listeners.get(id)?.({ t: "failed", refusal: null, message: "runner closed" });
      await queue.close();
    },
  };
}
