// Statistics over 1 000 000 anonymous test records (a year of a busy campaign), on SQLite and on
// PostgreSQL: bulk insert, rebuildRollups(), then what the statistics page does per request,
// store.rollups() + buildReport(), for 90 and 365 days (median of 20 runs). Goal: ≤ 200 ms.
// The page never reads raw records, so the read path depends on days × keys, not on records.
// Run alone with `npx tsx bench/statistics.ts` (BENCH_STATISTICS_RECORDS=… for a smaller run).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, startPostgres, stopPostgres, type PostgresServer } from "../tests/support/postgres-server";
import { buildReport } from "../lib/statistics/report";
import { syntheticDay } from "../lib/statistics/synthetic";
import { openPostgresStore, openSqliteStore, type Store, type TestRecord } from "../lib/store";

const RECORDS = Number(process.env.BENCH_STATISTICS_RECORDS ?? 1_000_000);
const DAYS = 365;
const BATCH = 20_000;
const RUNS = 20;
const GOAL_MS = 200;
const DAY_MS = 86_400_000;
const LAST_DAY = "2026-06-30";

const dayAt = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const daysBefore = (day: string, n: number) => dayAt(Date.parse(`${day}T00:00:00Z`) - n * DAY_MS);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** RECORDS synthetic records over DAYS days, inserted BATCH at a time (memory stays bounded). */
async function fill(store: Store): Promise<number> {
  let pending: TestRecord[] = [];
  let written = 0;
  for (let n = 0; n < DAYS; n++) {
    const count = Math.floor((RECORDS * (n + 1)) / DAYS) - Math.floor((RECORDS * n) / DAYS);
    pending.push(...syntheticDay({ day: daysBefore(LAST_DAY, DAYS - 1 - n), count, vulnerableShare: 0.1 + 0.2 * ((n * 7) % 11) / 10, demo: false }));
    if (pending.length >= BATCH || n === DAYS - 1) {
      await store.insertTestRecords(pending);
      written += pending.length;
      pending = [];
    }
  }
  return written;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(name: string, store: Store): Promise<boolean> {
  await store.ready();
  let t0 = performance.now();
  const written = await fill(store);
  console.log(`${name}: inserted ${written} records (5 checks each) over ${DAYS} days with insertTestRecords in ${seconds(performance.now() - t0)}`);
  t0 = performance.now();
  await store.rebuildRollups();
  console.log(`${name}: rebuildRollups() in ${seconds(performance.now() - t0)}`);

  let ok = true;
  for (const days of [90, 365]) {
    const from = daysBefore(LAST_DAY, days - 1);
    const times: number[] = [];
    let rows = 0;
    let tests: number | null = null;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const rollups = await store.rollups({ from, to: LAST_DAY, demo: false });
      const report = buildReport({ ...rollups, from, to: LAST_DAY, demo: false, now: new Date() });
      times.push(performance.now() - start);
      rows = rollups.rows.length;
      tests = report.totals.tests;
    }
    const m = median(times);
    const pass = m <= GOAL_MS;
    ok &&= pass;
    console.log(
      `${name}: rollups() + buildReport() for ${days} days (${rows} rollup rows, ${tests} tests): median ${m.toFixed(1)} ms of ${RUNS}, ` +
        `max ${Math.max(...times).toFixed(1)} ms (goal <= ${GOAL_MS} ms) ${pass ? "PASS" : "FAIL"}`,
    );
  }
  return ok;
}

export async function benchStatistics(): Promise<boolean> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-statistics-"));
  const sqlite = openSqliteStore(path.join(dir, "store.sqlite"));
  let ok: boolean;
  try {
    ok = await measure("statistics, SQLite", sqlite);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  let server: PostgresServer;
  try {
    server = await startPostgres();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!/binaries not found/.test(message)) throw error;
    console.log(`statistics, PostgreSQL: skipped (${message})`);
    return ok;
  }
  try {
    const pg = openPostgresStore(await createDatabase(server, "bench"));
    try {
      ok = (await measure("statistics, PostgreSQL", pg)) && ok;
    } finally {
      await pg.close();
    }
  } finally {
    await stopPostgres(server);
  }
  return ok;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = (await benchStatistics()) ? 0 : 1;
}
