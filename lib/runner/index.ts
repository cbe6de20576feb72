// Public API of the runners. The web server picks one at startup; the site talks to ProbeRunner.
import type { Canary } from "../probe";
import { createInProcessRunner } from "./in-process";
import type { ProbeRunner } from "./types";
import { createWorkerPoolRunner } from "./worker-pool";

export type { ProbeRunner, RunHooks, RunOptions } from "./types";
export { createInProcessRunner, createWorkerPoolRunner };

/** `workers` threads run the probes; 0 runs them on the caller's event loop (debugging only). */
export function createRunner(canary: Canary, workers: number): ProbeRunner {
  return workers > 0 ? createWorkerPoolRunner({ canary, size: workers }) : createInProcessRunner(canary);
}
