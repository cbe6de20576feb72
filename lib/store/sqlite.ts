// The embedded backend: one SQLite file on Node's built-in node:sqlite. The file is opened on
// first use, so a data directory that cannot be created surfaces as StoreUnavailableError from
// the Store methods rather than from openSqliteStore.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { Kysely, SqliteDialect } from "kysely";
import { createKyselyStore } from "./kysely-store";
import { adaptNodeSqlite } from "./node-sqlite-adapter";
import type { Database } from "./schema";
import type { Store } from "./types";

/** A Kysely instance on the SQLite file (or ":memory:"), configured as the store uses it. */
export function createSqliteKysely(file: string): Kysely<Database> {
  const dialect = new SqliteDialect({
    async database() {
      if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
      // Loaded on first use: the module (and its experimental warning on some Node versions)
      // stays out of processes that never open the store.
      const { DatabaseSync } = await import("node:sqlite");
      const db = new DatabaseSync(file);
      try {
        db.exec("PRAGMA journal_mode=WAL");
        db.exec("PRAGMA busy_timeout=5000");
        db.exec("PRAGMA foreign_keys=ON");
      } catch (error) {
        db.close();
        throw error;
      }
      return adaptNodeSqlite(db);
    },
  });
  return new Kysely<Database>({ dialect });
}

export function openSqliteStore(file: string): Store {
  return createKyselyStore(createSqliteKysely(file), "sqlite");
}
