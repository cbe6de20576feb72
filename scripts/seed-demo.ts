// `npm run seed:demo`: replaces the demo statistics (clearly synthetic, marked demo) with 90 days
// of made-up tests up to now, in the store the site uses (DATA_DIR / DATABASE_URL). Real records
// are never touched. The site shows demo numbers only when STATISTICS_DEMO=true.
import { unsupportedRuntime } from "../lib/node-version";
import { prng, seedOf, syntheticDay } from "../lib/statistics/synthetic";
import { openStore } from "../lib/store";

const DAYS = 90;
const DAY_MS = 86_400_000;
const BATCH = 5_000;

const runtimeProblem = unsupportedRuntime();
if (runtimeProblem) {
  console.error(runtimeProblem);
  process.exit(1);
}
if (process.env.NODE_ENV === "production") {
  console.error("seed:demo refuses to run with NODE_ENV=production: demo data belongs on development and preview sites.");
  process.exit(1);
}

const now = new Date();
const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
const dataDir = process.env.DATA_DIR ?? "./data";
const store = openStore({ dataDir, databaseUrl: process.env.DATABASE_URL });
try {
  await store.ready();
  const deleted = await store.deleteDemoData();

  let written = 0;
  let pending: Parameters<typeof store.insertTestRecords>[0] = [];
  for (let n = DAYS - 1; n >= 0; n--) {
    const start = today - n * DAY_MS;
    const day = new Date(start).toISOString().slice(0, 10);
    const random = prng(seedOf(`volume/${day}`));
    const weekend = [0, 6].includes(new Date(start).getUTCDay());
    // a campaign that works: more tests over time, fewer vulnerable servers
    const progress = (DAYS - 1 - n) / (DAYS - 1);
    const full = Math.round((220 + 120 * progress) * (weekend ? 0.65 : 1) * (0.85 + 0.3 * random()));
    const count = n === 0 ? Math.round((full * (now.getTime() - start)) / DAY_MS) : full;
    const vulnerableShare = Math.min(0.3, Math.max(0.1, 0.27 - 0.12 * progress + 0.04 * (random() - 0.5)));
    pending.push(...syntheticDay({ day, count, vulnerableShare, demo: true, until: now }));
    if (pending.length >= BATCH || n === 0) {
      await store.insertTestRecords(pending);
      written += pending.length;
      pending = [];
    }
  }
  await store.rebuildRollups();

  const first = new Date(today - (DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  const where = process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `SQLite in ${dataDir}`;
  console.log(`seed:demo: ${where}`);
  console.log(`  deleted ${deleted} earlier demo records`);
  console.log(`  wrote ${written} synthetic demo records, ${first} to ${new Date(today).toISOString().slice(0, 10)} (UTC), and rebuilt the daily rollups`);
  console.log("  The site shows these demo statistics only with STATISTICS_DEMO=true; real statistics are unchanged.");
} catch (error) {
  console.error(`seed:demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
