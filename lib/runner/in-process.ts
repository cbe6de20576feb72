// The engine on the caller's own event loop: for the CLI-like uses and SELFTEST_PROBE_WORKERS=0.
// The web server uses the worker pool, so that no peer can ever hold its event loop.
import { runSelfTest, type Canary } from "../probe";
import type { ProbeRunner } from "./types";

export function createInProcessRunner(canary: Canary): ProbeRunner {
  return {
    run: (target, options, hooks = {}) => runSelfTest(target, { ...options, ...hooks, canary }),
    close: async () => {},
  };
}
