// A probe worker thread: runs the engine for the pool (worker-pool.ts), many tests at once, on
// its own event loop. A peer that makes the engine burn CPU slows this thread, never the web
// server's. Canary calls go to the main thread, which owns the canary listener.
import { parentPort, workerData } from "node:worker_threads";
import { runSelfTest, TargetRefusedError, type Canary, type CanaryNonce } from "../probe";
import { canaryEndpoints, type CanaryAddress, type FromWorker, type ToWorker } from "./protocol";

const port = parentPort!;
const address = workerData as CanaryAddress;
const send = (m: FromWorker) => port.postMessage(m);

let nextRid = 0;
const waiting = new Map<number, (reply: Extract<ToWorker, { t: "canary-reply" }>) => void>();

function ask(message: (rid: number) => FromWorker): Promise<Extract<ToWorker, { t: "canary-reply" }>> {
  const rid = ++nextRid;
  return new Promise((resolve) => {
    waiting.set(rid, resolve);
    send(message(rid));
  });
}

const canary: Canary = {
  ...canaryEndpoints(address),
  async issueNonce(): Promise<CanaryNonce> {
    const reply = await ask((rid) => ({ t: "canary-issue", rid }));
    if (!reply.nonce) throw new Error(reply.error ?? "canary gave no nonce");
    return reply.nonce;
  },
  async wasFetched(nonce) {
    return (await ask((rid) => ({ t: "canary-fetched", rid, nonce }))).fetched === true;
  },
  close: async () => {},
};

const running = new Map<number, AbortController>();

async function run(id: number, target: string, options: Extract<ToWorker, { t: "run" }>["options"]) {
  const stop = new AbortController();
  running.set(id, stop);
  try {
    const report = await runSelfTest(target, {
      ...options,
      canary,
      signal: stop.signal,
      onProgress: (event) => send({ t: "progress", id, event }),
    });
    send({ t: "done", id, report });
  } catch (e) {
    const refusal = e instanceof TargetRefusedError ? e.code : null;
    send({ t: "failed", id, refusal, message: e instanceof Error ? e.message : String(e) });
  } finally {
    running.delete(id);
  }
}

port.on("message", (m: ToWorker) => {
  if (m.t === "run") void run(m.id, m.target, m.options);
  else if (m.t === "abort") running.get(m.id)?.abort();
  else {
    waiting.get(m.rid)?.(m);
    waiting.delete(m.rid);
  }
});
