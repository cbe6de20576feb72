// Test worker: holds its own thread's CPU for `totalTimeoutMs`, then answers like the engine.
import { parentPort } from "node:worker_threads";

parentPort.on("message", (m) => {
  if (m.t !== "run") return;
  const until = performance.now() + m.options.totalTimeoutMs;
  while (performance.now() < until); // a peer that makes the engine burn CPU, in the worst case
  const report = { schema: 1, target: m.target, startedAt: new Date().toISOString(), durationMs: 0, verdict: "no-service", checks: [] };
  parentPort.postMessage({ t: "done", id: m.id, report });
});
