// Versioned schema steps, applied in name order by Kysely's Migrator and recorded in its
// kysely_migration table. Only the portable schema builder is used, so the same steps run on
// SQLite and PostgreSQL. Append new steps; never edit one that may have been applied.
import type { Kysely } from "kysely";
import type { Migration, MigrationProvider } from "kysely/migration";

// Migrations must not depend on today's Database type: they describe the schema as it was.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const migrations: Record<string, Migration> = {
  "0001_saved_reports": {
    async up(db: AnyDb) {
      await db.schema
        .createTable("saved_reports")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("delete_hash", "text", (c) => c.notNull())
        .addColumn("report", "text", (c) => c.notNull())
        .addColumn("saved_at", "bigint", (c) => c.notNull())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("saved_reports_expires_at").on("saved_reports").column("expires_at").execute();
    },
  },
  "0002_test_records": {
    async up(db: AnyDb) {
      await db.schema
        .createTable("test_records")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("finished_at", "bigint", (c) => c.notNull())
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("duration_ms", "integer", (c) => c.notNull())
        .addColumn("verdict", "text", (c) => c.notNull())
        .addColumn("ip_version", "integer", (c) => c.notNull())
        .addColumn("previous_verdict", "text")
        .execute();
      await db.schema.createIndex("test_records_day").on("test_records").column("day").execute();
      await db.schema
        .createTable("test_record_checks")
        .addColumn("record_id", "text", (c) => c.notNull().references("test_records.id").onDelete("cascade"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("port", "integer", (c) => c.notNull())
        .addColumn("verdict", "text", (c) => c.notNull())
        .addColumn("software", "text")
        .addPrimaryKeyConstraint("test_record_checks_pk", ["record_id", "kind", "port"])
        .execute();
    },
  },
  "0003_statistics": {
    async up(db: AnyDb) {
      await db.schema.alterTable("test_records").addColumn("country", "text").execute();
      await db.schema.alterTable("test_records").addColumn("demo", "integer", (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable("test_records").addColumn("since_previous_ms", "bigint").execute();
      await db.schema
        .createTable("daily_stats")
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("demo", "integer", (c) => c.notNull())
        .addColumn("metric", "text", (c) => c.notNull())
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("count", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("daily_stats_pk", ["day", "demo", "metric", "key"])
        .execute();
      await db.schema
        .createTable("fix_intervals")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("demo", "integer", (c) => c.notNull())
        .addColumn("ms", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("fix_intervals_demo_day").on("fix_intervals").columns(["demo", "day"]).execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
