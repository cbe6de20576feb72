import { describe, expect, it } from "vitest";
import type { SelfTestReport } from "../probe";
import { changesSince } from "./changes";
import { createReportMemory } from "./report-memory";
import { restoredFor, storedCopy } from "./stored-report";
import { omittedLines, STORED_TRANSCRIPT_MAX_BYTES, STORED_TRANSCRIPT_MAX_LINES } from "./stored-transcript";
import { worstCaseReport } from "./worst-case-report";

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

describe("report memory bounds (a hostile peer fills every transcript)", () => {
  it("keeps a worst-case report with each transcript capped, start and end kept, the cut marked", () => {
    const original = worstCaseReport("93.184.216.34");
    expect(Buffer.byteLength(JSON.stringify(original))).toBeGreaterThan(300 * 1024);
    const m = createReportMemory({ ttlMs: 60_000 });
    m.remember("k", original);
    const kept = m.recall("k")!.current;
    expect(kept.checks).toHaveLength(original.checks.length);
    kept.checks.forEach((check, i) => {
      const lines = check.transcript;
      expect(lines.length).toBeLessThanOrEqual(STORED_TRANSCRIPT_MAX_LINES);
      expect(lines.reduce((n, l) => n + Buffer.byteLength(l.line), 0)).toBeLessThanOrEqual(STORED_TRANSCRIPT_MAX_BYTES);
      const marker = lines.findIndex((l) => omittedLines(l.line) !== null);
      const full = original.checks[i]!.transcript;
      expect(omittedLines(lines[marker]!.line)).toBe(full.length - (lines.length - 1));
      expect(lines.at(-1)!.line).toBe(full.at(-1)!.line); // the end decides the verdict
      expect(lines[0]!.line).toBe(full[0]!.line.replace("93.184.216.34", "⟨ip⟩"));
    });
    expect(Buffer.byteLength(JSON.stringify(kept))).toBeLessThan(original.checks.length * 12 * 1024);
  });

  it("stays under its byte cap with many visitors, the oldest going first", () => {
    const maxBytes = 4 * 1024 * 1024;
    const m = createReportMemory({ ttlMs: 60_000, maxBytes });
    const keys = Array.from({ length: 120 }, (_, i) => `visitor-${i}`);
    const heldBytes = () =>
      keys.reduce((n, k) => {
        const got = m.recall(k);
        return n + (got ? Buffer.byteLength(JSON.stringify(got)) : 0);
      }, 0);
    const worst = [0, 1, 2, 3].map((i) => worstCaseReport(`93.184.${i}.34`, i));
    keys.forEach((k, i) => {
      m.remember(k, worst[i % 4]!);
      if (i % 2) m.remember(k, worst[(i + 1) % 4]!); // current and previous
    });
    expect(heldBytes()).toBeLessThanOrEqual(maxBytes);
    const kept = keys.filter((k) => m.recall(k) !== null);
    expect(kept.length).toBeGreaterThan(5);
    // Exactly the newest ones: everything before the first one kept is gone.
    expect(kept).toEqual(keys.slice(keys.length - kept.length));
    expect(m.recall("visitor-119")?.previous).not.toBeNull();
  });

  it("gives back exactly what it kept while the block wraps around, small and large reports mixed", () => {
    const m = createReportMemory({ ttlMs: 60_000, maxBytes: 1024 * 1024 });
    const expected = new Map<string, { current: unknown; previous: unknown }>();
    for (let i = 0; i < 60; i++) {
      const key = `v${i % 25}`; // visitors come back: previous reports move along with them
      const r = i % 3 === 0 ? worstCaseReport(`93.184.${i}.34`, i) : report(i % 2 ? "secure" : "vulnerable", `93.184.${i}.34`);
      const before = m.recall(key);
      m.remember(key, r);
      expected.set(key, { current: storedCopy(r), previous: before?.current ?? null });
      expect(m.bytes()).toBeLessThanOrEqual(1024 * 1024);
    }
    let kept = 0;
    for (const [key, want] of expected) {
      const got = m.recall(key);
      if (got) {
        kept++;
        expect(got).toEqual(want);
      }
    }
    expect(kept).toBeGreaterThan(3);
  });

  it("counts its bytes down again when entries expire or are replaced", () => {
    let now = 0;
    const m = createReportMemory({ ttlMs: 1000, now: () => now });
    m.remember("a", worstCaseReport("93.184.216.34"));
    const one = m.bytes();
    m.remember("a", worstCaseReport("93.184.216.34", 1));
    expect(m.bytes()).toBeLessThan(2 * one + 100);
    now = 5000;
    expect(m.recall("a")).toBeNull();
    expect(m.bytes()).toBe(0);
  });
});

describe("report memory redaction (the privacy page's promise)", () => {
  for (const [family, ip] of [
    ["IPv4", "93.184.216.34"],
    ["IPv6", "2a00:1450:4001:80b::200e"],
  ] as const) {
    it(`remembers no ${family} address and gives it back only to the visitor`, () => {
      const original = report("vulnerable", ip);
      original.checks[0]!.transcript = [
        { dir: "received", line: `220 ${ip.includes(":") ? `[${ip}]` : ip} ESMTP greets you` },
        { dir: "sent", line: `MAIL FROM:<probe-n@${ip.includes(":") ? `[IPv6:${ip.toUpperCase()}]` : `[${ip}]`}>` },
      ];
      const m = createReportMemory({ ttlMs: 1000 });
      m.remember("k", original);
      m.remember("k", original);
      const got = m.recall("k")!;
      const json = JSON.stringify(got).toLowerCase();
      expect(json).not.toContain(ip);
      expect(json).not.toContain(ip.slice(0, 9));
      const shown = restoredFor(got.current, ip).checks[0]!.transcript;
      expect(shown[0]!.line).toBe(original.checks[0]!.transcript[0]!.line);
      expect(shown[1]!.line.toLowerCase()).toBe(original.checks[0]!.transcript[1]!.line.toLowerCase());
    });
  }

  it("a NAT64 visitor's own text is removed too, and the page shows the address tested", () => {
    const original = report("secure", "93.184.216.34");
    original.checks[0]!.transcript = [{ dir: "received", line: "250 hi 64:ff9b::5db8:d822 at 93.184.216.34" }];
    const m = createReportMemory({ ttlMs: 1000 });
    m.remember("k", original, "64:ff9b::5db8:d822");
    const got = m.recall("k")!;
    expect(JSON.stringify(got)).not.toMatch(/5db8|93\.184/);
    expect(restoredFor(got.current, "64:ff9b::5db8:d822").checks[0]!.transcript[0]!.line).toBe("250 hi 93.184.216.34 at 93.184.216.34");
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
