import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql, type Kysely } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { CheckResult, SelfTestReport } from "../probe/types";
import { openStore } from "./index";
import { migrateToLatest } from "./kysely-store";
import { createPostgresKysely } from "./postgres";
import type { Database } from "./schema";
import { freshPostgresDatabase, testBackends, type TestBackend } from "./test-backends";
import { StoreUnavailableError, type SavedReportRow, type Store, type TestRecord } from "./types";

const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 678));
const DAY = 86_400_000;

function check(overrides: Partial<CheckResult> = {}): CheckResult {
  return {
    kind: "smtp-relay",
    port: 25,
    verdict: "secure",
    reason: "relay-refused",
    software: "postfix",
    durationMs: 312,
    transcript: [
      { dir: "received", line: "220 mx.example ESMTP" },
      { dir: "sent", line: "EHLO probe" },
    ],
    fix: null,
    ...overrides,
  };
}

function report(overrides: Partial<SelfTestReport> = {}): SelfTestReport {
  return {
    schema: 1,
    target: "203.0.113.7",
    startedAt: NOW.toISOString(),
    durationMs: 4200,
    verdict: "secure",
    checks: [check(), check({ kind: "socks5", port: 1080, verdict: "no-service", reason: "refused", software: null })],
    ...overrides,
  };
}

function row(id: string, overrides: Partial<SavedReportRow> = {}): SavedReportRow {
  return {
    id,
    deleteHash: "a".repeat(64),
    report: report(),
    savedAt: NOW,
    expiresAt: new Date(NOW.getTime() + 30 * DAY),
    ...overrides,
  };
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe.each(testBackends)("store on $name", (backend) => {
  let env: Awaited<ReturnType<TestBackend["prepare"]>>;
  let store: Store;
  let db: Kysely<Database>;
  const opened: Store[] = [];

  beforeAll(async () => {
    env = await backend.prepare();
    store = env.open();
    opened.push(store);
    db = env.inspect();
  });
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close()));
    await db?.destroy();
    env?.cleanup();
  });
  afterEach(async () => {
    await db.deleteFrom("saved_reports").execute();
    await db.deleteFrom("test_records").execute();
    await db.deleteFrom("daily_stats").execute();
    await db.deleteFrom("fix_intervals").execute();
  });

  it("applies the migrations once; ready() again and migrating again change nothing", async () => {
    expect(store.backend).toBe(backend.name);
    await store.ready();
    await store.ready();
    await store.ping(); // what /readyz asks
    await migrateToLatest(db);
    const applied = await db
      .withTables<{ kysely_migration: { name: string } }>()
      .selectFrom("kysely_migration")
      .select("name")
      .orderBy("name")
      .execute();
    expect(applied.map((m) => m.name)).toEqual(["0001_saved_reports", "0002_test_records", "0003_statistics"]);
  });

  it("finds a saved report as it was saved", async () => {
    const saved = row("r-equal");
    await store.saveReport(saved);
    expect(await store.findReport("r-equal", NOW)).toEqual(saved);
  });

  it("finds nothing for an unknown id", async () => {
    expect(await store.findReport("no-such-report", NOW)).toBeNull();
  });

  it("hides expired reports and purges exactly those", async () => {
    await store.saveReport(row("r-old", { expiresAt: new Date(NOW.getTime() - 1) }));
    await store.saveReport(row("r-edge", { expiresAt: NOW }));
    await store.saveReport(row("r-live", { expiresAt: new Date(NOW.getTime() + 1) }));
    expect(await store.findReport("r-old", NOW)).toBeNull();
    expect(await store.findReport("r-edge", NOW)).toBeNull();
    expect(await store.findReport("r-live", NOW)).not.toBeNull();
    expect(await store.purgeExpired(NOW)).toBe(2);
    expect(await store.purgeExpired(NOW)).toBe(0);
    const left = await db.selectFrom("saved_reports").select("id").execute();
    expect(left.map((r) => r.id)).toEqual(["r-live"]);
  });

  it("deletes a report only with its delete hash", async () => {
    await store.saveReport(row("r-del", { deleteHash: "b".repeat(64) }));
    expect(await store.deleteReport("r-del", "c".repeat(64))).toBe(false);
    expect(await store.findReport("r-del", NOW)).not.toBeNull();
    expect(await store.deleteReport("r-del", "b".repeat(64))).toBe(true);
    expect(await store.findReport("r-del", NOW)).toBeNull();
    expect(await store.deleteReport("r-del", "b".repeat(64))).toBe(false);
  });

  it("writes a test record with its checks; deleting the record deletes the checks", async () => {
    const finishedAt = new Date(Date.UTC(2025, 2, 31, 23, 59, 59, 999));
    const record: TestRecord = {
      finishedAt,
      durationMs: 5123,
      verdict: "vulnerable",
      ipVersion: 6,
      previousVerdict: "secure",
      country: "de",
      sincePreviousMs: 90_000.4,
      checks: [
        { kind: "http-proxy", port: 3128, verdict: "vulnerable", software: "squid" },
        { kind: "http-proxy", port: 8080, verdict: "secure", software: null },
        { kind: "socks4", port: 1080, verdict: "no-service", software: null },
      ],
    };
    await store.recordTest(record);
    await store.recordTest({ ...record, previousVerdict: null, ipVersion: 4, country: null, sincePreviousMs: null, demo: true, checks: [] });
    const records = await db.selectFrom("test_records").selectAll().orderBy("ip_version").execute();
    expect(records).toHaveLength(2);
    const [v4, v6] = records;
    expect(v6).toMatchObject({
      finished_at: finishedAt.getTime(),
      day: "2025-03-31",
      duration_ms: 5123,
      verdict: "vulnerable",
      ip_version: 6,
      previous_verdict: "secure",
      country: "DE",
      demo: 0,
      since_previous_ms: 90_000,
    });
    expect(v6!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(v4).toMatchObject({ ip_version: 4, previous_verdict: null, country: null, demo: 1, since_previous_ms: null });
    const checks = await db
      .selectFrom("test_record_checks")
      .select(["record_id", "kind", "port", "verdict", "software"])
      .orderBy("port")
      .execute();
    expect(checks).toEqual([
      { record_id: v6!.id, kind: "socks4", port: 1080, verdict: "no-service", software: null },
      { record_id: v6!.id, kind: "http-proxy", port: 3128, verdict: "vulnerable", software: "squid" },
      { record_id: v6!.id, kind: "http-proxy", port: 8080, verdict: "secure", software: null },
    ]);
    await db.deleteFrom("test_records").where("id", "=", v6!.id).execute();
    expect(await db.selectFrom("test_record_checks").select("port").execute()).toEqual([]);
  });

  it("writes nothing of a record whose checks are refused (one transaction)", async () => {
    const dup = { kind: "socks5" as const, port: 1080, verdict: "secure" as const, software: null };
    const bad: TestRecord = { finishedAt: NOW, durationMs: 1, verdict: "secure", ipVersion: 4, previousVerdict: null, country: null, sincePreviousMs: null, checks: [dup, dup] };
    await expect(store.recordTest(bad)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await db.selectFrom("test_records").select("id").execute()).toEqual([]);
    expect(await db.selectFrom("daily_stats").select("day").execute()).toEqual([]);
  });

  it("round-trips unicode and big transcripts", async () => {
    const line = "Ünïcødé ✓ 日本語 🚀 \"quotes\" \\ back\tslash ";
    const transcript = Array.from({ length: 2000 }, (_, i) => ({ dir: i % 2 ? ("sent" as const) : ("received" as const), line: `${i} ${line.repeat(4)}` }));
    const big = report({
      target: "2001:db8::ä",
      checks: [check({ transcript, software: "exim ✉" }), check({ kind: "http-connect", port: 8080, transcript })],
    });
    expect(JSON.stringify(big).length).toBeGreaterThan(500_000);
    await store.saveReport(row("r-big-✓", { report: big }));
    expect((await store.findReport("r-big-✓", NOW))?.report).toEqual(big);
  });

  it("survives a restart: a new store on the same database sees the schema and the data", async () => {
    await store.saveReport(row("r-restart"));
    await store.recordTest({ finishedAt: NOW, durationMs: 10, verdict: "secure", ipVersion: 4, previousVerdict: null, country: null, sincePreviousMs: null, checks: [] });
    await store.close();
    opened.splice(opened.indexOf(store), 1);
    store = env.open();
    opened.push(store);
    await store.ready();
    expect(await store.findReport("r-restart", NOW)).toEqual(row("r-restart"));
    expect(await db.selectFrom("test_records").select("day").execute()).toEqual([{ day: "2025-01-02" }]);
  });
});

describe("store on postgres when connections are cut", () => {
  it("logs once, does not crash and works again with new connections", async () => {
    const databaseUrl = await freshPostgresDatabase();
    const store = openStore({ dataDir: "/nonexistent", databaseUrl });
    const admin = createPostgresKysely(databaseUrl);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      // several idle connections in the pool
      await Promise.all(Array.from({ length: 4 }, (_, i) => store.saveReport(row(`cut-${i}`))));
      await sql`select pg_terminate_backend(pid) from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid()`.execute(admin);
      const storeLogs = () => logged.mock.calls.filter(([m]) => String(m).startsWith("store: PostgreSQL")).length;
      await vi.waitFor(() => expect(storeLogs()).toBeGreaterThan(0));
      expect(storeLogs()).toBe(1);
      // a call may still meet a connection being cut (and reject cleanly); new ones then work
      await vi.waitFor(async () => expect(await store.findReport("cut-3", NOW)).toEqual(row("cut-3")));
    } finally {
      logged.mockRestore();
      await store.close();
      await admin.destroy();
    }
  });
});

describe("store unavailable", () => {
  it("PostgreSQL on a closed port: methods reject with StoreUnavailableError, again and again", async () => {
    const port = await closedPort();
    const store = openStore({ dataDir: "/nonexistent", databaseUrl: `postgres://app@127.0.0.1:${port}/test` });
    expect(store.backend).toBe("postgres");
    const t0 = Date.now();
    await expect(store.ready()).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - t0).toBeLessThan(5000);
    await expect(store.findReport("x", NOW)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.saveReport(row("x"))).rejects.toThrow(/store unavailable/);
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
  });

  it("SQLite whose data directory cannot be created rejects, and works once it can be", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "store-test-"));
    try {
      const blocker = path.join(dir, "file");
      writeFileSync(blocker, "not a directory");
      const store = openStore({ dataDir: path.join(blocker, "data") });
      expect(store.backend).toBe("sqlite");
      await expect(store.ready()).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.purgeExpired(NOW)).rejects.toBeInstanceOf(StoreUnavailableError);
      rmSync(blocker);
      await store.ready();
      expect(await store.purgeExpired(NOW)).toBe(0);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("SQLite in memory works", async () => {
    const { openSqliteStore } = await import("./sqlite");
    const store = openSqliteStore(":memory:");
    await store.saveReport(row("m"));
    expect(await store.findReport("m", NOW)).toEqual(row("m"));
    await store.close();
  });
});
