// The PostgreSQL backend (DATABASE_URL). The pool connects lazily, so opening never fails; a
// database that is down or goes away makes the Store methods reject, and never crashes the process.
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { createKyselyStore } from "./kysely-store";
import type { Database } from "./schema";
import type { Store } from "./types";

// int8 (bigint) arrives as a string; our bigints are epoch milliseconds, exact as numbers.
const parseInt8 = (value: string) => Number(value);
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8 && format !== "binary"
      ? parseInt8
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

/** A pg pool as the store uses it, with every error event handled. */
export function createPostgresPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    connectionTimeoutMillis: 3000,
    query_timeout: 5000,
    statement_timeout: 5000,
    idleTimeoutMillis: 10_000,
    types,
  });
  // Logged once per outage (reset when a connection succeeds again); the failing calls already
  // reject with StoreUnavailableError. Without a listener these events would crash the process.
  let logged = false;
  const onError = (error: Error) => {
    if (logged) return;
    logged = true;
    console.error(`store: PostgreSQL connection error: ${error.message}`);
  };
  pool.on("error", onError);
  pool.on("connect", (client) => {
    logged = false;
    // pg-pool listens only while a client is idle; a checked-out client's error would be unhandled.
    client.on("error", onError);
  });
  return pool;
}

/** A Kysely instance on the PostgreSQL database, configured as the store uses it. */
export function createPostgresKysely(databaseUrl: string): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPostgresPool(databaseUrl) }) });
}

export function openPostgresStore(databaseUrl: string): Store {
  return createKyselyStore(createPostgresKysely(databaseUrl), "postgres");
}
