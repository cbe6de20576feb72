// From records written by the store's recordTest (both backends) to the published report and
// open data: exact numbers, suppression, weeks, median, date range, demo apart from real data.
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../store/schema";
import { testBackends, type TestBackend } from "../store/test-backends";
import type { Store, TestRecord } from "../store/types";
import { CSV_COLUMNS, CSV_SCHEMA, toCsv, toJson } from "./open-data";
import { buildReport } from "./report";
import type { Counts } from "./types";

const NOW = new Date("2026-03-20T08:00:00.000Z");

function rec(day: string, overrides: Partial<TestRecord>): TestRecord {
  return {
    finishedAt: new Date(`${day}T10:00:00.000Z`),
    durationMs: 4000,
    verdict: "secure",
    ipVersion: 4,
    previousVerdict: null,
    country: "DE",
    sincePreviousMs: null,
    checks: [{ kind: "smtp-relay", port: 25, verdict: "secure", software: "postfix" }],
    ...overrides,
  };
}

/** 12 tests on Monday 2026-03-02, 3 on Wednesday, 9 on Friday; 10 each just outside the range; 11 demo. */
function seed(): TestRecord[] {
  const dayA = Array.from({ length: 12 }, (_, i): TestRecord => {
    if (i === 10) return rec("2026-03-02", { country: "FR", previousVerdict: "vulnerable", sincePreviousMs: 60_000 });
    if (i === 11) return rec("2026-03-02", { verdict: "no-service", ipVersion: 6, country: null, checks: [{ kind: "socks5", port: 1080, verdict: "no-service", software: null }] });
    const smtp = { kind: "smtp-relay" as const, port: 25, verdict: "vulnerable" as const, software: i < 6 ? "postfix" : i < 8 ? "exim" : null };
    const proxies = i < 5 ? [3128, 8080].map((port) => ({ kind: "http-proxy" as const, port, verdict: "vulnerable" as const, software: "squid" })) : [];
    return rec("2026-03-02", {
      verdict: "vulnerable",
      country: i % 2 ? "DE" : "de",
      previousVerdict: i === 0 ? "vulnerable" : null,
      sincePreviousMs: i === 0 ? 1000 : null,
      checks: [smtp, ...proxies],
    });
  });
  const dayB = [1000, 2000, 3000].map((ms) => rec("2026-03-04", { previousVerdict: "vulnerable", sincePreviousMs: ms }));
  const dayC = [4000, 5000, 6001, 7000, 8000, 9000, 10_000, 11_000, null].map((ms) =>
    rec("2026-03-06", { country: "FR", previousVerdict: "vulnerable", sincePreviousMs: ms }),
  );
  const outside = ["2026-02-28", "2026-03-16"].flatMap((day) => Array.from({ length: 10 }, () => rec(day, {})));
  const demo = Array.from({ length: 11 }, () =>
    rec("2026-03-02", { demo: true, verdict: "vulnerable", ipVersion: 6, country: "US", checks: [{ kind: "smtp-relay", port: 25, verdict: "vulnerable", software: "exim" }] }),
  );
  return [...dayA, ...dayB, ...dayC, ...outside, ...demo];
}

const NULL_VERDICTS = { vulnerable: null, inconclusive: null, secure: null, "no-service": null };
const NULL_KINDS = { "smtp-relay": null, "http-proxy": null, "http-post": null, "http-connect": null, socks4: null, socks5: null };
const empty = (keys: { software: Record<string, null>; countries: Record<string, null> }): Counts => ({
  tests: null,
  verdicts: NULL_VERDICTS,
  vulnerableByKind: NULL_KINDS,
  openProxy: null,
  software: keys.software,
  ipVersion: { ipv4: null, ipv6: null },
  countries: keys.countries,
  retestedAfterVulnerable: null,
  fixedAfterRetest: null,
});
const EMPTY = empty({ software: { squid: null }, countries: { DE: null, FR: null } });

const MONDAY: Counts = {
  tests: 12,
  verdicts: { ...NULL_VERDICTS, vulnerable: 10 },
  vulnerableByKind: { ...NULL_KINDS, "smtp-relay": 10 },
  openProxy: null, // 5
  software: { squid: 10 }, // postfix 6, exim 2, unknown 2: below 10 over the range, so not listed
  ipVersion: { ipv4: 11, ipv6: null },
  countries: { DE: 10, FR: null },
  retestedAfterVulnerable: null, // 2
  fixedAfterRetest: null, // 1
};

const WEEK_10: Counts = {
  tests: 24,
  verdicts: { vulnerable: 10, inconclusive: null, secure: 13, "no-service": null },
  vulnerableByKind: { ...NULL_KINDS, "smtp-relay": 10 },
  openProxy: null,
  software: { squid: 10 },
  ipVersion: { ipv4: 23, ipv6: null },
  countries: { DE: 13, FR: 10 }, // unknown: 1
  retestedAfterVulnerable: 14, // 2 + 3 + 9, each day below 10
  fixedAfterRetest: 13,
};

describe.each(testBackends)("statistics from a $name store", (backend) => {
  let env: Awaited<ReturnType<TestBackend["prepare"]>>;
  let store: Store;
  let db: Kysely<Database>;
  const report = async (from: string, to: string, demo = false) => buildReport({ ...(await store.rollups({ from, to, demo })), from, to, demo, now: NOW });

  beforeAll(async () => {
    env = await backend.prepare();
    store = env.open();
    db = env.inspect();
    for (const record of seed()) await store.recordTest(record);
  });
  afterAll(async () => {
    await store?.close();
    await db?.destroy();
    env?.cleanup();
  });

  it("gives exact days, weeks, totals and median, suppressing every count below 10", async () => {
    const r = await report("2026-03-01", "2026-03-15");
    expect(r).toMatchObject({ generatedAt: NOW.toISOString(), demo: false, from: "2026-03-01", to: "2026-03-15" });
    expect(r.totals).toEqual({ ...WEEK_10, medianFixMs: 6501 }); // 12 intervals: (6001 + 7000) / 2
    expect(Object.keys(r.totals.countries)).toEqual(["DE", "FR"]);
    expect(r.days).toHaveLength(15);
    expect(r.days[0]).toEqual({ date: "2026-03-01", ...EMPTY });
    expect(r.days[1]).toEqual({ date: "2026-03-02", ...MONDAY });
    expect(r.days.slice(2).every(({ date, ...counts }) => date > "2026-03-02" && JSON.stringify(counts) === JSON.stringify(EMPTY))).toBe(true);
    expect(r.weeks).toEqual([
      { week: "2026-W09", from: "2026-03-01", to: "2026-03-01", ...EMPTY },
      { week: "2026-W10", from: "2026-03-02", to: "2026-03-08", ...WEEK_10 },
      { week: "2026-W11", from: "2026-03-09", to: "2026-03-15", ...EMPTY },
    ]);
  });

  it("filters by date: only the days asked for count", async () => {
    const wednesday = await report("2026-03-03", "2026-03-05");
    expect(wednesday.days.map((d) => d.date)).toEqual(["2026-03-03", "2026-03-04", "2026-03-05"]);
    expect(wednesday.totals).toEqual({ ...empty({ software: {}, countries: {} }), medianFixMs: null });
    const before = await report("2026-02-28", "2026-02-28");
    expect(before.totals).toMatchObject({ tests: 10, verdicts: { ...NULL_VERDICTS, secure: 10 }, countries: { DE: 10 }, software: {}, medianFixMs: null });
    expect(before.weeks).toMatchObject([{ week: "2026-W09", from: "2026-02-28", to: "2026-02-28", tests: 10 }]);
    const wide = await report("2026-02-01", "2026-03-31");
    expect(wide.totals.tests).toBe(44);
    expect(wide.days).toHaveLength(59);
  });

  it("keeps demo data apart from real data", async () => {
    const demo = await report("2026-03-01", "2026-03-15", true);
    expect(demo.demo).toBe(true);
    expect(demo.totals).toEqual({
      ...empty({ software: { exim: null }, countries: {} }),
      tests: 11,
      verdicts: { ...NULL_VERDICTS, vulnerable: 11 },
      vulnerableByKind: { ...NULL_KINDS, "smtp-relay": 11 },
      software: { exim: 11 },
      ipVersion: { ipv4: null, ipv6: 11 },
      countries: { US: 11 },
      medianFixMs: null,
    });
    expect((await report("2026-03-01", "2026-03-15")).totals.countries).not.toHaveProperty("US");
  });

  it("gives the same report after rebuilding the rollups from the raw records", async () => {
    const snapshot = async () => ({
      stats: await db.selectFrom("daily_stats").selectAll().orderBy("day").orderBy("demo").orderBy("metric").orderBy("key").execute(),
      fixes: await db.selectFrom("fix_intervals").selectAll().orderBy("id").execute(),
    });
    const before = { rows: await snapshot(), real: await report("2026-02-01", "2026-03-31"), demo: await report("2026-02-01", "2026-03-31", true) };
    await store.rebuildRollups();
    expect(await snapshot()).toEqual(before.rows);
    expect(await report("2026-02-01", "2026-03-31")).toEqual(before.real);
    expect(await report("2026-02-01", "2026-03-31", true)).toEqual(before.demo);
  });

  it("writes the days as CSV, exactly", async () => {
    const csv = toCsv(await report("2026-03-01", "2026-03-03"));
    expect(csv).toBe(
      "date,tests,vulnerable,inconclusive,secure,no_service,smtp_relay_open,http_proxy_open,http_connect_open,socks4_open,socks5_open,open_proxy,ipv4,ipv6,retested_after_vulnerable,fixed_after_retest,http_post_open\r\n" +
        "2026-03-01,,,,,,,,,,,,,,,,\r\n" +
        "2026-03-02,12,10,,,,10,,,,,,11,,,,\r\n" +
        "2026-03-03,,,,,,,,,,,,,,,,\r\n",
    );
    expect(CSV_COLUMNS).toEqual(CSV_SCHEMA.map((c) => c.column));
  });

  it("writes the days as JSON with the licence", async () => {
    const r = await report("2026-03-01", "2026-03-15");
    const json = JSON.parse(JSON.stringify(toJson(r)));
    expect(Object.keys(json)).toEqual(["generatedAt", "licence", "demo", "from", "to", "days"]);
    expect(json).toMatchObject({
      generatedAt: "2026-03-20T08:00:00.000Z",
      licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
      demo: false,
      from: "2026-03-01",
      to: "2026-03-15",
    });
    expect(json.days).toHaveLength(15);
    expect(json.days[1]).toEqual({ date: "2026-03-02", ...MONDAY });
    expect(json.days[0].tests).toBeNull();
  });
});
