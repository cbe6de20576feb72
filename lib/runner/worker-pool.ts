// A bounded pool of probe worker threads (probe-worker.ts). The web server's event loop only
// passes messages: whatever a peer makes the engine do (CPU, memory) happens in a worker, which
// has its own heap limit. A worker that dies takes only its own runs with it (they reject) and
// is replaced; the canary stays in the main thread and answers the workers by message.
import { Worker } from "node:worker_threads";
import { TargetRefusedError, type Canary, type ProgressEvent, type RefusalCode, type SelfTestReport } from "../probe";
import { canaryAddress, type CanaryAddress, type FromWorker, type ToWorker } from "./protocol";
import type { ProbeRunner, RunHooks } from "./types";

export interface WorkerPoolOptions {
  canary: Canary;
  /** worker threads (each runs many tests at once) */
  size: number;
  /** heap limit per worker, MB (default 256) */
  maxHeapMb?: number;
  /** script a worker runs (tests only; default the probe worker) */
  workerUrl?: URL;
}

interface Pending {
  resolve(report: SelfTestReport): void;
  reject(error: Error): void;
  onProgress?: (e: ProgressEvent) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

const DEFAULT_WORKER = new URL("./probe-worker-boot.mjs", import.meta.url);

export function createWorkerPoolRunner(opts: WorkerPoolOptions): ProbeRunner {
  const { canary } = opts;
  const address: CanaryAddress = canaryAddress(canary);
  let nextId = 0;
  let closing = false;

  const answerCanary = async (slot: Slot, m: Extract<FromWorker, { rid: number }>) => {
    const reply: ToWorker = { t: "canary-reply", rid: m.rid };
    try {
      if (m.t === "canary-issue") reply.nonce = await canary.issueNonce();
      else reply.fetched = await canary.wasFetched(m.nonce);
    } catch (e) {
      reply.error = e instanceof Error ? e.message : String(e);
    }
    slot.worker.postMessage(reply);
  };

  const onMessage = (slot: Slot, m: FromWorker) => {
    if (m.t === "canary-issue" || m.t === "canary-fetched") return void answerCanary(slot, m);
    const pending = slot.pending.get(m.id);
    if (!pending) return;
    if (m.t === "progress") return void pending.onProgress?.(m.event);
    slot.pending.delete(m.id);
    if (m.t === "done") pending.resolve(m.report);
    else pending.reject(m.refusal ? new TargetRefusedError(m.refusal as RefusalCode) : new Error(m.message));
  };

  const spawn = (): Slot => {
    const worker = new Worker(opts.workerUrl ?? DEFAULT_WORKER, {
      execArgv: [],
      workerData: address,
      resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb ?? 256 },
    });
    const slot: Slot = { worker, pending: new Map() };
    worker.on("message", (m: FromWorker) => onMessage(slot, m));
    worker.on("error", () => {}); // "exit" follows and does the work
    worker.once("exit", () => {
      const lost = [...slot.pending.values()];
      slot.pending.clear();
      for (const p of lost) p.reject(new Error("probe worker stopped"));
      const i = slots.indexOf(slot);
      if (i >= 0 && !closing) slots[i] = spawn();
    });
    return slot;
  };

  const slots: Slot[] = Array.from({ length: Math.max(1, opts.size) }, spawn);

  return {
    run(target, options, hooks: RunHooks = {}) {
      if (closing) return Promise.reject(new Error("runner closed"));
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = ++nextId;
      return new Promise<SelfTestReport>((resolve, reject) => {
        const onAbort = () => slot.worker.postMessage({ t: "abort", id } satisfies ToWorker);
        const settle = <T>(fn: (v: T) => void) => (v: T) => {
          hooks.signal?.removeEventListener("abort", onAbort);
          fn(v);
        };
        slot.pending.set(id, { resolve: settle(resolve), reject: settle(reject), onProgress: hooks.onProgress });
        slot.worker.postMessage({ t: "run", id, target, options } satisfies ToWorker);
        if (hooks.signal?.aborted) onAbort();
        else hooks.signal?.addEventListener("abort", onAbort, { once: true });
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
