// GET /api/statistics and /api/statistics.csv on a real SQLite store seeded with the fixture:
// exact numbers, suppression, date filtering, demo apart, bad dates, a store that is down.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDays, seedStatisticsStore } from "../../tests/support/statistics-fixture";
import { openStore } from "../store";
import type { Store } from "../store/types";
import { openDataResponse } from "./api";
import { CSV_COLUMNS } from "./open-data";
import { createStatisticsSource } from "./source";

const DAY = "2026-12-05";
const NOW = new Date(`${DAY}T12:00:00.000Z`);
const dir = mkdtempSync(path.join(tmpdir(), "statistics-api-"));
let store: Store;

beforeAll(async () => {
  await seedStatisticsStore(dir, DAY);
  store = openStore({ dataDir: dir });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (query: string, format: "json" | "csv" = "json", demo = false) =>
  openDataResponse(new URL(`http://site.test/api/statistics${format === "csv" ? ".csv" : ""}${query}`), format, createStatisticsSource(store, { demo }), NOW);

describe("GET /api/statistics", () => {
  it("gives each day of the range with exact counts, null below 10, and states the licence", async () => {
    const res = await get("?from=2026-12-03&to=2026-12-05");
    expect(res.status).toBe(200);
    expect(res.headers.get("link")).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = await res.json();
    expect(body).toMatchObject({ generatedAt: NOW.toISOString(), demo: false, from: "2026-12-03", to: "2026-12-05", licence: { name: "CC BY 4.0" } });
    expect(body.days.map((d: { date: string; tests: number | null }) => ({ date: d.date, tests: d.tests }))).toEqual(fixtureDays(DAY));
    const [proxies, relays, fixed] = body.days;
    expect(proxies.vulnerableByKind["http-proxy"]).toBeNull();
    expect(proxies.countries).toEqual({ RO: null, JP: null }); // Brazil has 4 tests in the range: never named
    expect(relays).toMatchObject({ verdicts: { vulnerable: 12, secure: null }, vulnerableByKind: { "smtp-relay": 12, socks5: null }, ipVersion: { ipv4: 12, ipv6: null } });
    expect(relays.countries).toEqual({ RO: 12, JP: null });
    expect(relays.software).toEqual({ postfix: 12 });
    expect(fixed).toMatchObject({ verdicts: { secure: 11 }, retestedAfterVulnerable: 11, fixedAfterRetest: 11, ipVersion: { ipv4: null, ipv6: 11 } });
  });

  it("filters by date: one day, or the last 90 days up to today by default", async () => {
    const one = await (await get("?from=2026-12-04&to=2026-12-04")).json();
    expect(one.days).toHaveLength(1);
    expect(one.days[0].tests).toBe(12);
    const byDefault = await (await get("")).json();
    expect(byDefault).toMatchObject({ from: "2026-09-07", to: "2026-12-05" });
    expect(byDefault.days).toHaveLength(90);
    expect(byDefault.days.filter((d: { tests: number | null }) => d.tests !== null)).toHaveLength(2);
  });

  it("shows the demo records only to a demo source, marked as demo", async () => {
    const body = await (await get("?from=2026-12-05&to=2026-12-05", "json", true)).json();
    expect(body.demo).toBe(true);
    expect(body.days[0]).toMatchObject({ tests: 15, vulnerableByKind: { socks5: 15 }, countries: { US: 15 } });
  });

  it.each([
    ["?from=2026-02-30", /^from: "2026-02-30" is not a date/],
    ["?to=05.12.2026", /^to: "05.12.2026" is not a date/],
    ["?from=2026-12-05&to=2026-12-01", /^from \(2026-12-05\) is after to \(2026-12-01\)/],
    ["?from=2000-01-01&to=2026-12-05", /at most 3660 are allowed/],
    ["?from=2026-12-01&from=2026-12-02", /^from: /],
  ])("refuses %s with 400 and a message that says why", async (query, message) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe("invalid-date");
    expect(body.message).toMatch(message);
  });

  it("answers 503 when there is no store or it is down", async () => {
    const none = await openDataResponse(new URL("http://site.test/api/statistics"), "json", null, NOW);
    expect(none.status).toBe(503);
    expect(none.headers.get("retry-after")).toBe("60");
    const blocker = path.join(dir, "not-a-directory");
    writeFileSync(blocker, "");
    const broken = openStore({ dataDir: path.join(blocker, "data") });
    const down = await openDataResponse(new URL("http://site.test/api/statistics"), "json", createStatisticsSource(broken, { demo: false }), NOW);
    expect(down.status).toBe(503);
    expect((await down.json()).error).toBe("unavailable");
    await broken.close().catch(() => {});
  });
});

describe("GET /api/statistics.csv", () => {
  it("gives a header and one row per day, empty cells below 10, CRLF line ends", async () => {
    const res = await get("?from=2026-12-03&to=2026-12-05", "csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toBe('inline; filename="statistics-2026-12-03-to-2026-12-05.csv"');
    const lines = (await res.text()).split("\r\n");
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    // date,tests,vulnerable,inconclusive,secure,no_service,smtp_relay_open,http_proxy_open,http_connect_open,
    // socks4_open,socks5_open,open_proxy,ipv4,ipv6,retested_after_vulnerable,fixed_after_retest,http_post_open
    expect(lines.slice(1)).toEqual([
      "2026-12-03,,,,,,,,,,,,,,,,",
      "2026-12-04,12,12,,,,12,,,,,,12,,,,",
      "2026-12-05,11,,,11,,,,,,,,,11,11,11,",
      "",
    ]);
  });

  it("refuses a bad date with 400 and a plain-text message", async () => {
    const res = await get("?to=tomorrow", "csv");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await res.text()).toBe('to: "tomorrow" is not a date (YYYY-MM-DD)\n');
  });
});
