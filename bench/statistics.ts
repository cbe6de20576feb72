// Statistics over 1 000 000 anonymous test records (a year of a busy campaign), on SQLite and on
// PostgreSQL: bulk insert, rebuildRollups(), then the server time of one request: the statistics
// page's data (12 weeks) and the open data's JSON and CSV (90 and 365 days), median of 20 runs.
// Goal: ≤ 200 ms.
// The page never reads raw records, so the read path depends on days × keys, not on records.
// Run alone with `npx tsx bench/statistics.ts` (BENCH_STATISTICS_RECORDS=… for a smaller run).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, startPostgres, stopPostgres, type PostgresServer } from "../tests/support/postgres-server";
import { openDataResponse, type OpenDataFormat } from "../lib/statistics/api";
import { loadPageStatistics } from "../lib/statistics/page-data";
import { createStatisticsSource } from "../lib/statistics/source";
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

  // What one request costs the server: the page's data, and the open data's body in full.
  const source = createStatisticsSource(store, { demo: false });
  const now = new Date(`${LAST_DAY}T12:00:00Z`);
  const api = (format: OpenDataFormat, days: number) => async () => {
    const url = new URL(`http://bench.test/api/statistics?from=${daysBefore(LAST_DAY, days - 1)}&to=${LAST_DAY}`);
    const res = await openDataResponse(url, format, source, now);
    if (res.status !== 200) throw new Error(`open data answered ${res.status}`);
    return `${(await res.text()).length} bytes`;
  };
  const cases: [string, () => Promise<string>][] = [
    ["statistics page data, 12 weeks", async () => `${(await loadPageStatistics(source, now))?.span.totals.tests} tests`],
    ["GET /api/statistics, 90 days", api("json", 90)],
    ["GET /api/statistics, 365 days", api("json", 365)],
    ["GET /api/statistics.csv, 365 days", api("csv", 365)],
  ];
  let ok = true;
  for (const [label, run] of cases) {
    const times: number[] = [];
    let result = "";
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      result = await run();
      times.push(performance.now() - start);
    }
    const m = median(times);
    const pass = m <= GOAL_MS;
    ok &&= pass;
    console.log(
      `${name}: ${label} (${result}): median ${m.toFixed(1)} ms of ${RUNS}, ` +
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
