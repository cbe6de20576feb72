// The statistics side of the store on both backends: rollups written with each record, rebuilt
// from raw records (the same rows), bulk inserts past the bind-parameter limits, range and demo
// filtering, and dropping the demo data.
import type { Kysely } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CHECK_KINDS } from "../probe";
import { syntheticDay } from "../statistics/synthetic";
import type { Database } from "./schema";
import { testBackends, type TestBackend } from "./test-backends";
import type { Store, TestRecord } from "./types";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** Synthetic days over 75 days (three rebuild slices), real and demo, plus the odd cases. */
function mixedRecords(): TestRecord[] {
  const records: TestRecord[] = [];
  for (let n = 0; n < 75; n += 4) {
    records.push(...syntheticDay({ day: day(n), count: 12, vulnerableShare: 0.3, demo: false }));
    if (n % 12 === 0) records.push(...syntheticDay({ day: day(n), count: 5, vulnerableShare: 0.3, demo: true }));
  }
  const base = { durationMs: 1, ipVersion: 4 as const, sincePreviousMs: 1234.6, demo: false };
  records.push(
    // two vulnerable checks of one kind: one test for the kind, two checks for the software
    {
      ...base, finishedAt: new Date("2026-01-01T23:59:59.999Z"), verdict: "vulnerable", previousVerdict: "vulnerable", country: " fr ",
      checks: [
        { kind: "http-proxy", port: 3128, verdict: "vulnerable", software: "squid" },
        { kind: "http-proxy", port: 8080, verdict: "vulnerable", software: "squid" },
        { kind: "smtp-relay", port: 25, verdict: "vulnerable", software: null },
      ],
    },
    // fixed without a known interval: counted, no fix interval
    { ...base, finishedAt: new Date("2026-01-02T00:00:00.000Z"), verdict: "secure", previousVerdict: "vulnerable", sincePreviousMs: null, country: "XYZ", checks: [] },
    { ...base, finishedAt: new Date("2026-01-02T00:00:00.000Z"), verdict: "secure", previousVerdict: "vulnerable", country: null, checks: [] },
  );
  return records;
}

async function rollupRows(db: Kysely<Database>) {
  const stats = await db.selectFrom("daily_stats").selectAll().orderBy("day").orderBy("demo").orderBy("metric").orderBy("key").execute();
  const fixes = await db.selectFrom("fix_intervals").select(["day", "demo", "ms"]).orderBy("day").orderBy("demo").orderBy("ms").execute();
  return { stats, fixes };
}

describe.each(testBackends)("statistics rollups on $name", (backend) => {
  let env: Awaited<ReturnType<TestBackend["prepare"]>>;
  let store: Store;
  let db: Kysely<Database>;

  beforeAll(async () => {
    env = await backend.prepare();
    store = env.open();
    db = env.inspect();
  });
  afterAll(async () => {
    await store?.close();
    await db?.destroy();
    env?.cleanup();
  });
  afterEach(async () => {
    await db.deleteFrom("test_records").execute();
    await db.deleteFrom("daily_stats").execute();
    await db.deleteFrom("fix_intervals").execute();
  });

  it("recordTest adds each record's increments and fix interval", async () => {
    const [odd, fixedNoInterval, fixed] = mixedRecords().slice(-3);
    await store.recordTest(odd!);
    await store.recordTest(fixed!);
    await store.recordTest(fixedNoInterval!);
    await store.recordTest({ ...fixed!, demo: true });
    const { stats, fixes } = await rollupRows(db);
    const flat = stats.map((s) => `${s.day} ${s.demo} ${s.metric} ${s.key}=${s.count}`);
    expect(flat).toEqual([
      "2026-01-01 0 country FR=1",
      "2026-01-01 0 ip 4=1",
      "2026-01-01 0 open-proxy =1",
      "2026-01-01 0 retested-after-vulnerable =1",
      "2026-01-01 0 software squid=2",
      "2026-01-01 0 software unknown=1",
      "2026-01-01 0 tests =1",
      "2026-01-01 0 verdict vulnerable=1",
      "2026-01-01 0 vulnerable-kind http-proxy=1",
      "2026-01-01 0 vulnerable-kind smtp-relay=1",
      "2026-01-02 0 country unknown=2",
      "2026-01-02 0 fixed-after-retest =2",
      "2026-01-02 0 ip 4=2",
      "2026-01-02 0 retested-after-vulnerable =2",
      "2026-01-02 0 tests =2",
      "2026-01-02 0 verdict secure=2",
      "2026-01-02 1 country unknown=1",
      "2026-01-02 1 fixed-after-retest =1",
      "2026-01-02 1 ip 4=1",
      "2026-01-02 1 retested-after-vulnerable =1",
      "2026-01-02 1 tests =1",
      "2026-01-02 1 verdict secure=1",
    ]);
    expect(fixes).toEqual([
      { day: "2026-01-02", demo: 0, ms: 1235 },
      { day: "2026-01-02", demo: 1, ms: 1235 },
    ]);
  });

  it("rebuildRollups gives exactly the rows recordTest gave", async () => {
    const records = mixedRecords();
    for (const record of records) await store.recordTest(record);
    const incremental = await rollupRows(db);
    const withIds = await db.selectFrom("fix_intervals").selectAll().orderBy("id").execute();
    expect(incremental.stats.length).toBeGreaterThan(300);
    expect(incremental.fixes.length).toBeGreaterThan(5);

    await store.rebuildRollups();
    expect(await rollupRows(db)).toEqual(incremental);
    expect(await db.selectFrom("fix_intervals").selectAll().orderBy("id").execute()).toEqual(withIds);

    // the same records bulk-inserted without rollups, then rebuilt
    await db.deleteFrom("test_records").execute();
    await db.deleteFrom("daily_stats").execute();
    await db.deleteFrom("fix_intervals").execute();
    await store.insertTestRecords(records);
    expect(await db.selectFrom("daily_stats").select("day").execute()).toEqual([]);
    await store.rebuildRollups();
    expect(await rollupRows(db)).toEqual(incremental);
  });

  it("insertTestRecords writes thousands of records and checks past the bind-parameter limits", async () => {
    const records = Array.from({ length: 8 }, (_, n) => syntheticDay({ day: day(n), count: 1000, vulnerableShare: 0.2, demo: n % 2 === 1 })).flat();
    expect(records.length).toBe(8000); // 80 000 record values and 240 000 check values
    await store.insertTestRecords(records);
    await store.insertTestRecords([]);
    const [count] = await db.selectFrom("test_records").select((eb) => eb.fn.countAll<number>().as("n")).execute();
    const [checks] = await db.selectFrom("test_record_checks").select((eb) => eb.fn.countAll<number>().as("n")).execute();
    expect(Number(count!.n)).toBe(8000);
    expect(Number(checks!.n)).toBe(8000 * CHECK_KINDS.length);
    await store.rebuildRollups();
    const real = await store.rollups({ from: day(0), to: day(7), demo: false });
    const tests = (rows: typeof real.rows) => rows.filter((r) => r.metric === "tests").reduce((s, r) => s + r.count, 0);
    expect(tests(real.rows)).toBe(4000);
    expect(tests((await store.rollups({ from: day(0), to: day(7), demo: true })).rows)).toBe(4000);
  });

  it("rollups reads only the days asked for (inclusive), demo or real", async () => {
    const at = (d: string) => new Date(`${d}T12:00:00Z`);
    const rec = (d: string, demo: boolean): TestRecord => ({
      finishedAt: at(d), durationMs: 1, verdict: "secure", ipVersion: 6, previousVerdict: "vulnerable", country: "NL", sincePreviousMs: 5000, demo, checks: [],
    });
    for (const d of ["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]) await store.recordTest(rec(d, false));
    await store.recordTest(rec("2026-03-01", true));
    const real = await store.rollups({ from: "2026-02-28", to: "2026-03-01", demo: false });
    expect(real.rows.filter((r) => r.metric === "tests").sort((a, b) => a.day.localeCompare(b.day))).toEqual([
      { day: "2026-02-28", metric: "tests", key: "", count: 1 },
      { day: "2026-03-01", metric: "tests", key: "", count: 1 },
    ]);
    expect(real.rows).toHaveLength(12);
    expect(real.fixIntervalsMs).toEqual([5000, 5000]);
    const demo = await store.rollups({ from: "2026-02-28", to: "2026-03-01", demo: true });
    expect(demo.rows.map((r) => `${r.day} ${r.metric} ${r.key} ${r.count}`).sort()).toEqual([
      "2026-03-01 country NL 1",
      "2026-03-01 fixed-after-retest  1",
      "2026-03-01 ip 6 1",
      "2026-03-01 retested-after-vulnerable  1",
      "2026-03-01 tests  1",
      "2026-03-01 verdict secure 1",
    ]);
    expect(demo.fixIntervalsMs).toEqual([5000]);
    expect(await store.rollups({ from: "2026-03-03", to: "2026-03-09", demo: false })).toEqual({ rows: [], fixIntervalsMs: [] });
  });

  it("deleteDemoData removes the demo records, checks and rollups only", async () => {
    const records = mixedRecords();
    for (const record of records) await store.recordTest(record);
    const before = await rollupRows(db);
    const demoCount = records.filter((r) => r.demo).length;
    expect(demoCount).toBeGreaterThan(0);
    expect(await store.deleteDemoData()).toBe(demoCount);
    expect(await store.deleteDemoData()).toBe(0);
    const after = await rollupRows(db);
    expect(after.stats).toEqual(before.stats.filter((s) => s.demo === 0));
    expect(after.fixes).toEqual(before.fixes.filter((s) => s.demo === 0));
    const orphans = await db
      .selectFrom("test_record_checks")
      .leftJoin("test_records", "test_records.id", "test_record_checks.record_id")
      .where("test_records.id", "is", null)
      .select("test_record_checks.record_id")
      .execute();
    expect(orphans).toEqual([]);
    expect(await db.selectFrom("test_records").select("id").where("demo", "=", 1).execute()).toEqual([]);
  });
});
