// A throwaway PostgreSQL server for tests: its own data directory, a free loopback port, its
// socket in that directory, trust authentication for the user "app". Used by the unit suite's
// globalSetup (postgres.ts) and reusable by e2e and scale runs.
import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { freePort } from "./free-port";

const run = promisify(execFile);
const PG_LIB = "/usr/lib/postgresql";

export interface PostgresServer {
  dir: string;
  port: number;
  /** postgres://app@127.0.0.1:PORT/<database> */
  url(database: string): string;
}

function binDir(): string {
  const versions = existsSync(PG_LIB)
    ? readdirSync(PG_LIB).filter((v) => existsSync(path.join(PG_LIB, v, "bin", "initdb")))
    : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) {
    throw new Error(`PostgreSQL server binaries not found under ${PG_LIB}: run \`bash scripts/install-system-deps.sh\` (as root) to install them`);
  }
  return path.join(PG_LIB, newest, "bin");
}

/** PostgreSQL refuses to run as root: as root, run its tools as the postgres user. */
async function pgTool(tool: string, args: string[]): Promise<void> {
  const bin = path.join(binDir(), tool);
  const [file, argv] = userInfo().uid === 0 ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  await run(file, argv, { timeout: 60_000 });
}


export async function startPostgres(): Promise<PostgresServer> {
  binDir(); // fail early with the install hint
  const dir = mkdtempSync(path.join(tmpdir(), "pg-test-"));
  const data = path.join(dir, "data");
  try {
    if (userInfo().uid === 0) {
      const { stdout } = await run("id", ["-u", "postgres"]);
      const uid = Number(stdout.trim());
      chownSync(dir, uid, uid);
    }
    await pgTool("initdb", ["-D", data, "-A", "trust", "-U", "app", "--no-sync", "-E", "UTF8", "--locale=C"]);
    const port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await pgTool("pg_ctl", ["-D", data, "-w", "-l", path.join(dir, "log"), "-o", options, "start"]);
    return { dir, port, url: (database) => `postgres://app@127.0.0.1:${port}/${database}` };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

export async function stopPostgres(server: PostgresServer): Promise<void> {
  try {
    await pgTool("pg_ctl", ["-D", path.join(server.dir, "data"), "-w", "-m", "fast", "stop"]);
  } finally {
    rmSync(server.dir, { recursive: true, force: true });
  }
}

/** Creates an empty database on the server and returns its URL. */
export async function createDatabase(server: Pick<PostgresServer, "url">, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: server.url("postgres") });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  return server.url(name);
}
