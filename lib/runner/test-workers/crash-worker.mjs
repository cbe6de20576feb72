// Test worker: dies on the target "crash", answers anything else at once.
import { parentPort } from "node:worker_threads";

parentPort.on("message", (m) => {
  if (m.t !== "run") return;
  if (m.target === "crash") process.exit(3);
  const report = { schema: 1, target: m.target, startedAt: new Date().toISOString(), durationMs: 0, verdict: "no-service", checks: [] };
  parentPort.postMessage({ t: "done", id: m.id, report });
});
