// Writing anonymous test records: one at a time with their rollup increments (recordTest), or in
// bulk without them (insertTestRecords, for seeding and benchmarks; rebuildRollups() follows).
import { randomUUID } from "node:crypto";
import type { Insertable, Kysely, Transaction } from "kysely";
import { dayOf, fixIntervalOf, normalizeCountry, rollupIncrements } from "../statistics/rollup";
import type { Database, TestRecordChecksTable, TestRecordsTable } from "./schema";
import type { Store, TestRecord } from "./types";

/** Bind parameters one statement may carry: SQLite's default SQLITE_MAX_VARIABLE_NUMBER, PostgreSQL's protocol limit. */
const MAX_PARAMETERS: Record<Store["backend"], number> = { sqlite: 32_766, postgres: 65_535 };
/** Beyond this many rows a statement gets no faster, only bigger to build. */
const MAX_ROWS_PER_STATEMENT = 2_000;

type RecordRow = Insertable<TestRecordsTable> & { demo: number };

function recordRow(id: string, record: TestRecord): RecordRow {
  return {
    id,
    finished_at: record.finishedAt.getTime(),
    day: dayOf(record.finishedAt),
    duration_ms: Math.round(record.durationMs),
    verdict: record.verdict,
    ip_version: record.ipVersion,
    previous_verdict: record.previousVerdict,
    country: normalizeCountry(record.country),
    demo: record.demo ? 1 : 0,
    since_previous_ms: record.sincePreviousMs === null ? null : Math.round(record.sincePreviousMs),
  };
}

function checkRows(id: string, record: TestRecord): TestRecordChecksTable[] {
  return record.checks.map((c) => ({ record_id: id, kind: c.kind, port: c.port, verdict: c.verdict, software: c.software }));
}

/** The record, its checks, its daily_stats increments and its fix interval: call inside one transaction. */
export async function writeTestRecord(tx: Transaction<Database>, record: TestRecord): Promise<void> {
  const id = randomUUID();
  const row = recordRow(id, record);
  await tx.insertInto("test_records").values(row).execute();
  const checks = checkRows(id, record);
  if (checks.length > 0) await tx.insertInto("test_record_checks").values(checks).execute();
  // rollupIncrements yields each (metric, key) once, as one multi-row upsert requires.
  await tx
    .insertInto("daily_stats")
    .values(rollupIncrements(record).map((inc) => ({ day: row.day, demo: row.demo, ...inc })))
    .onConflict((oc) =>
      oc.columns(["day", "demo", "metric", "key"]).doUpdateSet((eb) => ({ count: eb("daily_stats.count", "+", eb.ref("excluded.count")) })),
    )
    .execute();
  const ms = fixIntervalOf(record);
  if (ms !== null) await tx.insertInto("fix_intervals").values({ id, day: row.day, demo: row.demo, ms }).execute();
}

/** Multi-row inserts in slices that stay under the backend's bind-parameter limit. */
async function insertSliced<T extends "test_records" | "test_record_checks">(
  tx: Transaction<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
  backend: Store["backend"],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).length;
  const size = Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS[backend] / columns));
  for (let i = 0; i < rows.length; i += size) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- T is one of two tables; Kysely cannot narrow the union
    await tx.insertInto(table).values(rows.slice(i, i + size) as any).execute();
  }
}

/** Raw records and checks only, in one transaction; the rollups are left as they were. */
export async function insertTestRecords(db: Kysely<Database>, backend: Store["backend"], records: TestRecord[]): Promise<void> {
  if (records.length === 0) return;
  await db.transaction().execute(async (tx) => {
    const ids = records.map(() => randomUUID());
    await insertSliced(tx, "test_records", records.map((r, i) => recordRow(ids[i]!, r)), backend);
    await insertSliced(tx, "test_record_checks", records.flatMap((r, i) => checkRows(ids[i]!, r)), backend);
  });
}
