import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { openStore } from "../store";
import { createSavedReports } from "./saved-reports";
import { startPurgeSweep } from "./sweep";

it("the sweep deletes expired reports when it starts, and keeps the others", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sweep-"));
  const store = openStore({ dataDir: dir });
  try {
    const report = { schema: 1, target: "203.0.113.5", startedAt: "2026-01-01T00:00:00.000Z", durationMs: 5, verdict: "secure", checks: [] } as const;
    const old = await createSavedReports(store, { retentionDays: 1, now: () => new Date("2026-01-01T00:00:00Z") }).save({ ...report, checks: [] }, "a");
    const fresh = await createSavedReports(store, { retentionDays: 1 }).save({ ...report, checks: [] }, "b");
    if (!old.ok || !fresh.ok) throw new Error("not saved");
    const sweep = startPurgeSweep(store);
    await sweep.done;
    sweep.stop();
    // Expired rows are gone from the table itself, not only hidden: purgeExpired finds nothing more.
    expect(await store.purgeExpired(new Date())).toBe(0);
    expect(await store.findReport(old.saved.id, new Date("2026-01-01T01:00:00Z"))).toBeNull();
    expect(await store.findReport(fresh.saved.id, new Date())).not.toBeNull();
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
