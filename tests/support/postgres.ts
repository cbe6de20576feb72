// vitest globalSetup: one real PostgreSQL server for the unit suite. Test files read the URL of
// its empty database "test" with inject("TEST_DATABASE_URL") (also in process.env).
import type { TestProject } from "vitest/node";
import { createDatabase, startPostgres, stopPostgres } from "./postgres-server";

declare module "vitest" {
  export interface ProvidedContext {
    TEST_DATABASE_URL: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startPostgres();
  let url: string;
  try {
    url = await createDatabase(server, "test");
  } catch (error) {
    await stopPostgres(server);
    throw error;
  }
  project.provide("TEST_DATABASE_URL", url);
  process.env.TEST_DATABASE_URL = url;
  return () => stopPostgres(server);
}
