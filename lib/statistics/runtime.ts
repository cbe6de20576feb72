// server.ts parks the statistics source on globalThis, as it does with the self-test service
// (see lib/selftest/runtime.ts for why a module singleton would not be shared with Next's bundles).
import type { StatisticsSource } from "./source";

const KEY = Symbol.for("secure-your-server.statistics");
type Holder = { [KEY]?: StatisticsSource };

export function installStatistics(source: StatisticsSource): void {
  (globalThis as Holder)[KEY] = source;
}

/** null when the site was not started by server.ts (next dev): there is no store to count from */
export function statisticsSource(): StatisticsSource | null {
  return (globalThis as Holder)[KEY] ?? null;
}
