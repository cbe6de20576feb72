// The statistics side of the store: rebuilding the daily rollups from the raw records with
// GROUP BY queries (the same sums recordTest adds one record at a time, see
// lib/statistics/rollup.ts), reading them for a range, and dropping the demo data.
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder, type Transaction } from "kysely";
import { UNKNOWN } from "../statistics/rollup";
import type { Metric, RollupRow, Rollups } from "../statistics/types";
import type { Database } from "./schema";
import type { Store } from "./types";

/**
 * Days per slice of the rebuild. Every statement stays well inside the PostgreSQL pool's 5 s
 * query timeout whatever the table holds (a slice of 1 000 000 records a year is ~80 000).
 */
const REBUILD_DAYS = 30;
const DAY_MS = 86_400_000;

type RollupSelect = SelectQueryBuilder<Database, "test_records", { day: string; demo: number; metric: string; key: string; count: number }>;

const lit = (value: string): RawBuilder<string> => sql.lit(value);

/** One INSERT … SELECT per metric for the days from..to: the same sums as rollupIncrements. */
function rollupQueries(tx: Transaction<Database>, from: string, to: string) {
  const records = () => tx.selectFrom("test_records").where("day", ">=", from).where("day", "<=", to);
  const vulnerableChecks = () =>
    tx
      .selectFrom("test_records as r")
      .innerJoin("test_record_checks as c", "c.record_id", "r.id")
      .where("r.day", ">=", from)
      .where("r.day", "<=", to)
      .where("c.verdict", "=", "vulnerable");
  // key null: the metric has the one key "" (PostgreSQL refuses to GROUP BY a constant)
  const perRecord = (metric: Metric, key: RawBuilder<string> | null, filter = (q: ReturnType<typeof records>) => q) =>
    filter(records())
      .select((eb) => ["day", "demo", lit(metric).as("metric"), (key ?? lit("")).as("key"), eb.fn.countAll<number>().as("count")])
      .groupBy(key ? ["day", "demo", key] : ["day", "demo"]);

  return [
    perRecord("tests", null),
    perRecord("verdict", sql<string>`verdict`),
    perRecord("ip", sql<string>`cast(ip_version as text)`),
    perRecord("country", sql<string>`coalesce(country, ${lit(UNKNOWN)})`),
    perRecord("retested-after-vulnerable", null, (q) => q.where("previous_verdict", "=", "vulnerable")),
    perRecord("fixed-after-retest", null, (q) => q.where("previous_verdict", "=", "vulnerable").where("verdict", "=", "secure")),
    vulnerableChecks()
      .select((eb) => ["r.day", "r.demo", lit("vulnerable-kind").as("metric"), "c.kind as key", eb.fn.count<number>("r.id").distinct().as("count")])
      .groupBy(["r.day", "r.demo", "c.kind"]),
    vulnerableChecks()
      .where("c.kind", "<>", "smtp-relay")
      .select((eb) => ["r.day", "r.demo", lit("open-proxy").as("metric"), lit("").as("key"), eb.fn.count<number>("r.id").distinct().as("count")])
      .groupBy(["r.day", "r.demo"]),
    vulnerableChecks()
      .select((eb) => [
        "r.day",
        "r.demo",
        lit("software").as("metric"),
        sql<string>`coalesce(c.software, ${lit(UNKNOWN)})`.as("key"),
        eb.fn.countAll<number>().as("count"),
      ])
      .groupBy(["r.day", "r.demo", sql`coalesce(c.software, ${lit(UNKNOWN)})`]),
    // All select (day, demo, metric, key, count); only their FROM clauses' types differ.
  ] as unknown as RollupSelect[];
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export async function rebuildRollups(db: Kysely<Database>, backend: Store["backend"]): Promise<void> {
  await db.transaction().execute(async (tx) => {
    // recordTest calls that start meanwhile wait for the commit (their rows are not in our
    // snapshots yet, so their increments then land on the rebuilt counts). SQLite's single
    // writer gives the same on its own.
    if (backend === "postgres") await sql`lock table daily_stats, fix_intervals in exclusive mode`.execute(tx);
    await tx.deleteFrom("daily_stats").execute();
    await tx.deleteFrom("fix_intervals").execute();
    const span = await tx
      .selectFrom("test_records")
      .select((eb) => [eb.fn.min("day").as("first"), eb.fn.max("day").as("last")])
      .executeTakeFirst();
    if (!span?.first || !span.last) return;
    for (let from = span.first; from <= span.last; from = addDays(from, REBUILD_DAYS)) {
      const to = addDays(from, REBUILD_DAYS - 1);
      for (const query of rollupQueries(tx, from, to)) {
        await tx.insertInto("daily_stats").columns(["day", "demo", "metric", "key", "count"]).expression(query).execute();
      }
      await tx
        .insertInto("fix_intervals")
        .columns(["id", "day", "demo", "ms"])
        .expression(
          tx
            .selectFrom("test_records")
            .select(["id", "day", "demo", "since_previous_ms as ms"])
            .where("day", ">=", from)
            .where("day", "<=", to)
            .where("previous_verdict", "=", "vulnerable")
            .where("verdict", "=", "secure")
            .where("since_previous_ms", "is not", null)
            .$narrowType<{ ms: number }>(),
        )
        .execute();
    }
  });
}

export async function readRollups(db: Kysely<Database>, { from, to, demo }: { from: string; to: string; demo: boolean }): Promise<Rollups> {
  const flag = demo ? 1 : 0;
  const [rows, intervals] = await Promise.all([
    db
      .selectFrom("daily_stats")
      .select(["day", "metric", "key", "count"])
      .where("demo", "=", flag)
      .where("day", ">=", from)
      .where("day", "<=", to)
      .execute(),
    db
      .selectFrom("fix_intervals")
      .select("ms")
      .where("demo", "=", flag)
      .where("day", ">=", from)
      .where("day", "<=", to)
      .execute(),
  ]);
  return {
    rows: rows.map((r) => ({ day: r.day, metric: r.metric as Metric, key: r.key, count: Number(r.count) }) satisfies RollupRow),
    fixIntervalsMs: intervals.map((r) => Number(r.ms)),
  };
}

export async function deleteDemoData(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await tx.deleteFrom("fix_intervals").where("demo", "=", 1).execute();
    await tx.deleteFrom("daily_stats").where("demo", "=", 1).execute();
    // test_record_checks follow by ON DELETE CASCADE
    const result = await tx.deleteFrom("test_records").where("demo", "=", 1).executeTakeFirst();
    return Number(result.numDeletedRows);
  });
}
