// Deletes expired saved reports: once at startup, then every hour. A store that is down is tried
// again at the next sweep; pages already treat expired reports as gone, so a missed sweep only
// delays when the rows leave the disk.
import type { Store } from "../store/types";

export const SWEEP_INTERVAL_MS = 60 * 60_000;

export function startPurgeSweep(store: Pick<Store, "purgeExpired">, intervalMs = SWEEP_INTERVAL_MS): { stop(): void; done: Promise<void> } {
  const sweep = async () => {
    try {
      const purged = await store.purgeExpired(new Date());
      if (purged > 0) console.log(`Deleted ${purged} expired saved report${purged === 1 ? "" : "s"}`);
    } catch (e) {
      console.error(`Could not delete expired saved reports: ${(e as Error).message}`);
    }
  };
  const done = sweep();
  const timer = setInterval(() => void sweep(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), done };
}
