// Entry point of the storage module: picks the backend from the configuration.
import path from "node:path";
import { openPostgresStore } from "./postgres";
import { openSqliteStore } from "./sqlite";
import type { Store } from "./types";

export type { SavedReportRow, Store, TestRecord } from "./types";
export { StoreUnavailableError } from "./types";
export { openPostgresStore } from "./postgres";
export { openSqliteStore } from "./sqlite";

/** PostgreSQL when databaseUrl is set, else SQLite at `${dataDir}/store.sqlite`. Never throws: connections are lazy. */
export function openStore({ dataDir, databaseUrl }: { dataDir: string; databaseUrl?: string | null }): Store {
  if (databaseUrl) return openPostgresStore(databaseUrl);
  return openSqliteStore(path.join(dataDir, "store.sqlite"));
}
