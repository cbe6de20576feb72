import { describe, expect, it } from "vitest";
import type { SelfTestReport } from "../probe";
import { changesSince } from "./changes";
import { createReportMemory } from "./report-memory";

const report = (verdict: "vulnerable" | "secure", target = "8.8.8.8"): SelfTestReport => ({
  schema: 1,
  target,
  startedAt: "2026-01-01T00:00:00.000Z",
  durationMs: 10,
  verdict,
  checks: [{ kind: "smtp-relay", port: 25, verdict, reason: "x", software: null, durationMs: 1, transcript: [], fix: null }],
});

describe("report memory", () => {
  it("keeps the latest and the previous report, without the address", () => {
    const m = createReportMemory({ ttlMs: 1000 });
    m.remember("k", report("vulnerable"));
    m.remember("k", report("secure"));
    const got = m.recall("k");
    expect(got?.current.verdict).toBe("secure");
    expect(got?.previous?.verdict).toBe("vulnerable");
    expect(JSON.stringify(got)).not.toContain("8.8.8.8");
  });

  it("forgets after the window and stays bounded", () => {
    let now = 0;
    const m = createReportMemory({ ttlMs: 1000, maxEntries: 3, now: () => now });
    m.remember("old", report("secure"));
    now = 2000;
    expect(m.recall("old")).toBeNull();
    for (const k of ["a", "b", "c", "d"]) m.remember(k, report("secure"));
    expect(m.size()).toBe(3);
    expect(m.recall("a")).toBeNull();
    expect(m.recall("d")).not.toBeNull();
  });
});

describe("changesSince", () => {
  it("lists checks whose verdict changed", () => {
    expect(changesSince(report("vulnerable"), report("secure"))).toEqual([
      { kind: "smtp-relay", port: 25, before: "vulnerable", after: "secure" },
    ]);
    expect(changesSince(report("secure"), report("secure"))).toEqual([]);
  });
});
