// Kysely's SqliteDialect expects a better-sqlite3-shaped database; this gives it Node's built-in
// node:sqlite instead (no native add-on to build). The differences: parameters are spread, not
// passed as an array, and a statement is a reader when it returns columns.
import type { DatabaseSync, SQLInputValue, StatementSync } from "node:sqlite";
import type { SqliteDatabase, SqliteStatement } from "kysely";

function params(parameters: ReadonlyArray<unknown>): SQLInputValue[] {
  // Kysely hands over what the query holds; node:sqlite accepts no booleans or undefined.
  return parameters.map((p) => (p === undefined ? null : typeof p === "boolean" ? Number(p) : (p as SQLInputValue)));
}

function adaptStatement(stmt: StatementSync): SqliteStatement {
  return {
    reader: stmt.columns().length > 0,
    all: (parameters) => stmt.all(...params(parameters)),
    run: (parameters) => stmt.run(...params(parameters)),
    iterate: (parameters) => stmt.iterate(...params(parameters)) as IterableIterator<unknown>,
  };
}

export function adaptNodeSqlite(db: DatabaseSync): SqliteDatabase {
  return {
    prepare: (sql) => adaptStatement(db.prepare(sql)),
    close: () => db.close(),
  };
}
