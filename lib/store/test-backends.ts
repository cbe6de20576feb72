// For tests only: both backends on fresh, empty real databases, for describe.each. PostgreSQL
// comes from the unit suite's globalSetup (tests/support/postgres.ts, inject("TEST_DATABASE_URL")).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import { inject } from "vitest";
import { createDatabase } from "../../tests/support/postgres-server";
import { openStore } from "./index";
import { createPostgresKysely } from "./postgres";
import type { Database } from "./schema";
import { createSqliteKysely } from "./sqlite";
import type { Store } from "./types";

export interface TestBackend {
  name: Store["backend"];
  /** a fresh, empty database; returns how to open stores on it and how to look inside */
  prepare(): Promise<{ open(): Store; inspect(): Kysely<Database>; cleanup(): void }>;
}

export const testBackends: TestBackend[] = [
  {
    name: "sqlite",
    async prepare() {
      const dir = mkdtempSync(path.join(tmpdir(), "store-test-"));
      const dataDir = path.join(dir, "data"); // not there yet: the store creates it
      return {
        open: () => openStore({ dataDir }),
        inspect: () => createSqliteKysely(path.join(dataDir, "store.sqlite")),
        cleanup: () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: "postgres",
    async prepare() {
      const databaseUrl = await freshPostgresDatabase();
      return {
        open: () => openStore({ dataDir: "/nonexistent", databaseUrl }),
        inspect: () => createPostgresKysely(databaseUrl),
        cleanup: () => {},
      };
    },
  },
];

/** A new empty database on the suite's PostgreSQL server; returns its URL. */
export async function freshPostgresDatabase(): Promise<string> {
  const base = new URL(inject("TEST_DATABASE_URL"));
  const at = (database: string) => Object.assign(new URL(base), { pathname: `/${database}` }).href;
  return createDatabase({ url: at }, `store_${randomBytes(6).toString("hex")}`);
}
