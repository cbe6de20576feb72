// Where the no-JavaScript waiting page stands: the report is there, keep waiting, or give up.
const REFRESH_MS = 2_000;
// Past the engine's deadline: time for the last results to be remembered (and a queue's wait).
const GRACE_MS = 15_000;

export const REFRESH_SECONDS = REFRESH_MS / 1000;

export type Waiting = { state: "ready" } | { state: "gave-up" } | { state: "waiting"; elapsedMs: number };

/**
 * `latest`: when the visitor's newest remembered report started; `after`: the one they had when
 * this test started; `since`: when it started (ms, from the query, so never trusted for more
 * than how long to wait: a time in the future or past the deadline ends the wait).
 */
export function waitingFor({ latest, after, since, deadlineMs, now = Date.now() }: { latest: string | null; after: string; since: number; deadlineMs: number; now?: number }): Waiting {
  if (latest !== null && latest !== after) return { state: "ready" };
  const elapsedMs = now - since;
  if (elapsedMs < -REFRESH_MS || elapsedMs > deadlineMs + GRACE_MS) return { state: "gave-up" };
  return { state: "waiting", elapsedMs: Math.max(0, elapsedMs) };
}
