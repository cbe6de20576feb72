// server.ts opens the store and parks the saved-reports service on globalThis, as it does with the
// self-test service (see lib/selftest/runtime.ts for why a module singleton would not be shared).
import type { SavedReports } from "./saved-reports";

const KEY = Symbol.for("secure-your-server.saved-reports");
type Holder = { [KEY]?: SavedReports };

export function installSavedReports(reports: SavedReports): void {
  (globalThis as Holder)[KEY] = reports;
}

/** null when the site was not started by server.ts (then nothing can be saved or opened) */
export function savedReports(): SavedReports | null {
  return (globalThis as Holder)[KEY] ?? null;
}
