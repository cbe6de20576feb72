// The Store both backends share: the same Kysely queries over whichever dialect sqlite.ts or
// postgres.ts built. Every database error leaves as StoreUnavailableError, so callers can show
// "storage unavailable" without knowing the backend.
import { sql, type Kysely } from "kysely";
import { Migrator } from "kysely/migration";
import type { SelfTestReport } from "../probe/types";
import { migrationProvider } from "./migrations";
import { deleteDemoData, readRollups, rebuildRollups } from "./rollups";
import type { Database } from "./schema";
import { insertTestRecords, writeTestRecord } from "./test-records";
import { StoreUnavailableError, type SavedReportRow, type Store, type TestRecord } from "./types";

/** Applies pending migrations; the error is thrown (not returned, as Kysely does). */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) throw error;
}

export function createKyselyStore(db: Kysely<Database>, backend: Store["backend"]): Store {
  let migrated: Promise<void> | null = null;

  function ready(): Promise<void> {
    migrated ??= migrateToLatest(db).catch((error: unknown) => {
      migrated = null; // the next call tries again
      throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(error);
    });
    return migrated;
  }

  async function run<T>(query: () => Promise<T>): Promise<T> {
    await ready();
    try {
      return await query();
    } catch (error) {
      throw new StoreUnavailableError(error);
    }
  }

  return {
    backend,
    ready,
    ping: () => run(async () => void (await sql`select 1`.execute(db))),

    saveReport: (row: SavedReportRow) =>
      run(async () => {
        await db
          .insertInto("saved_reports")
          .values({
            id: row.id,
            delete_hash: row.deleteHash,
            report: JSON.stringify(row.report),
            saved_at: row.savedAt.getTime(),
            expires_at: row.expiresAt.getTime(),
          })
          .execute();
      }),

    findReport: (id: string, now: Date) =>
      run(async () => {
        const row = await db
          .selectFrom("saved_reports")
          .selectAll()
          .where("id", "=", id)
          .where("expires_at", ">", now.getTime())
          .executeTakeFirst();
        if (!row) return null;
        return {
          id: row.id,
          deleteHash: row.delete_hash,
          report: JSON.parse(row.report) as SelfTestReport,
          savedAt: new Date(Number(row.saved_at)),
          expiresAt: new Date(Number(row.expires_at)),
        };
      }),

    deleteReport: (id: string, deleteHash: string) =>
      run(async () => {
        const result = await db
          .deleteFrom("saved_reports")
          .where("id", "=", id)
          .where("delete_hash", "=", deleteHash)
          .executeTakeFirst();
        return result.numDeletedRows > BigInt(0);
      }),

    purgeExpired: (now: Date) =>
      run(async () => {
        const result = await db.deleteFrom("saved_reports").where("expires_at", "<=", now.getTime()).executeTakeFirst();
        return Number(result.numDeletedRows);
      }),

    recordTest: (record: TestRecord) => run(() => db.transaction().execute((tx) => writeTestRecord(tx, record))),
    insertTestRecords: (records: TestRecord[]) => run(() => insertTestRecords(db, backend, records)),
    rebuildRollups: () => run(() => rebuildRollups(db, backend)),
    rollups: (query) => run(() => readRollups(db, query)),
    deleteDemoData: () => run(() => deleteDemoData(db)),

    async close() {
      try {
        await db.destroy();
      } catch (error) {
        throw new StoreUnavailableError(error);
      }
    },
  };
}
