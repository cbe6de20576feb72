import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SelfTestReport } from "../probe/types";
import { openStore } from "../store";
import type { Store } from "../store/types";
import { createSavedReports } from "./saved-reports";
import { isSecret } from "./secret";

const report: SelfTestReport = {
  schema: 1,
  target: "203.0.113.9",
  startedAt: "2026-12-05T10:00:00.000Z",
  durationMs: 1200,
  verdict: "secure",
  checks: [{ kind: "smtp-relay", port: 25, verdict: "secure", reason: "relay-refused", software: "postfix", durationMs: 800, transcript: [], fix: null }],
};

// A real SQLite store in a temporary directory (the PostgreSQL backend runs the same Store tests in lib/store).
let dir: string;
let store: Store;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "saved-reports-"));
  store = openStore({ dataDir: dir });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("saved reports", () => {
  it("saves under a fresh 128-bit id, keeps it for the retention period, and finds it again", async () => {
    const now = new Date("2026-12-05T12:00:00Z");
    const reports = createSavedReports(store, { retentionDays: 90, now: () => now });
    const a = await reports.save(report, "visitor-a");
    const b = await reports.save(report, "visitor-a");
    if (!a.ok || !b.ok) throw new Error("not saved");
    for (const secret of [a.saved.id, a.saved.deleteToken]) expect(isSecret(secret)).toBe(true);
    expect(new Set([a.saved.id, b.saved.id, a.saved.deleteToken, b.saved.deleteToken]).size).toBe(4);
    expect(a.saved.expiresAt.toISOString()).toBe("2027-03-05T12:00:00.000Z");
    const found = await reports.find(a.saved.id);
    expect(found?.report).toEqual(report);
    expect(found?.deleteHash).not.toContain(a.saved.deleteToken);
  });

  it("never asks the store about malformed ids and tokens", async () => {
    const reports = createSavedReports(store, { retentionDays: 90 });
    for (const bad of ["", "short", "x".repeat(23), "a/b".padEnd(22, "c"), "' OR 1=1 --".padEnd(22, "x")]) {
      expect(isSecret(bad)).toBe(false);
      expect(await reports.find(bad)).toBeNull();
      expect(await reports.delete(bad, bad)).toBe(false);
    }
  });

  it("deletes only with the delete secret of that report", async () => {
    const reports = createSavedReports(store, { retentionDays: 90 });
    const a = await reports.save(report, "visitor-b");
    const b = await reports.save(report, "visitor-b");
    if (!a.ok || !b.ok) throw new Error("not saved");
    expect(await reports.findForDeletion(a.saved.id, b.saved.deleteToken)).toBeNull();
    expect(await reports.delete(a.saved.id, b.saved.deleteToken)).toBe(false);
    expect(await reports.find(a.saved.id)).not.toBeNull();
    expect((await reports.findForDeletion(a.saved.id, a.saved.deleteToken))?.report).toEqual(report);
    expect(await reports.delete(a.saved.id, a.saved.deleteToken)).toBe(true);
    expect(await reports.find(a.saved.id)).toBeNull();
    expect(await reports.delete(a.saved.id, a.saved.deleteToken)).toBe(false);
  });

  it("hides a report once it expired", async () => {
    let now = new Date("2026-01-01T00:00:00Z");
    const reports = createSavedReports(store, { retentionDays: 1, now: () => now });
    const a = await reports.save(report, "visitor-c");
    if (!a.ok) throw new Error("not saved");
    now = new Date("2026-01-01T23:59:59Z");
    expect(await reports.find(a.saved.id)).not.toBeNull();
    now = new Date("2026-01-02T00:00:01Z");
    expect(await reports.find(a.saved.id)).toBeNull();
  });

  it("caps saves per visitor per hour, and a failed save does not count", async () => {
    const reports = createSavedReports(store, { retentionDays: 90, savesPerHour: 2 });
    expect((await reports.save(report, "visitor-d")).ok).toBe(true);
    expect((await reports.save(report, "visitor-d")).ok).toBe(true);
    expect(await reports.save(report, "visitor-d")).toEqual({ ok: false, reason: "limited" });
    expect((await reports.save(report, "visitor-e")).ok).toBe(true);

    // a store whose disk is full: save() needs nothing else from it
    const broken = { saveReport: () => Promise.reject(new Error("disk full")) } as unknown as Store;
    const failing = createSavedReports(broken, { retentionDays: 90, savesPerHour: 1 });
    await expect(failing.save(report, "visitor-f")).rejects.toThrow("disk full");
    await expect(failing.save(report, "visitor-f")).rejects.toThrow("disk full"); // not "limited"
  });
});
