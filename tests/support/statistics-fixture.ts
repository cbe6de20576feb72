// For tests only: a small, exactly known set of anonymous test records around a given day, for
// the open data unit tests and the statistics e2e (which seeds a store before starting a server).
//   day-2:  4 open HTTP proxies (Squid), Brazil, IPv4: below 10 everywhere, so suppressed
//   day-1: 12 open mail relays (Postfix), Romania, IPv4
//   day:   11 retests after a problem, now secure (10 … 20 minutes later: median 15 min), Japan, IPv6
//   day:   15 demo records (open SOCKS5), shown only with STATISTICS_DEMO=true
import { openStore } from "../../lib/store";
import type { TestRecord } from "../../lib/store/types";

const DAY_MS = 86_400_000;
const dayBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * DAY_MS).toISOString().slice(0, 10);
// Early in the day, so a test run shortly after midnight UTC still sees "today" as seeded.
const at = (day: string, i: number) => new Date(`${day}T00:0${i % 10}:00.000Z`);

export function statisticsFixture(day: string): TestRecord[] {
  const proxies = Array.from({ length: 4 }, (_, i): TestRecord => ({
    finishedAt: at(dayBefore(day, 2), i),
    durationMs: 5000,
    verdict: "vulnerable",
    ipVersion: 4,
    previousVerdict: null,
    country: "BR",
    sincePreviousMs: null,
    checks: [{ kind: "http-proxy", port: 3128, verdict: "vulnerable", software: "squid" }],
  }));
  const relays = Array.from({ length: 12 }, (_, i): TestRecord => ({
    finishedAt: at(dayBefore(day, 1), i),
    durationMs: 7000,
    verdict: "vulnerable",
    ipVersion: 4,
    previousVerdict: null,
    country: "RO",
    sincePreviousMs: null,
    checks: [
      { kind: "smtp-relay", port: 25, verdict: "vulnerable", software: "postfix" },
      { kind: "socks5", port: 1080, verdict: "no-service", software: null },
    ],
  }));
  const fixed = Array.from({ length: 11 }, (_, i): TestRecord => ({
    finishedAt: at(day, i),
    durationMs: 6000,
    verdict: "secure",
    ipVersion: 6,
    previousVerdict: "vulnerable",
    country: "JP",
    sincePreviousMs: (10 + i) * 60_000,
    checks: [{ kind: "smtp-relay", port: 25, verdict: "secure", software: "postfix" }],
  }));
  const demo = Array.from({ length: 15 }, (_, i): TestRecord => ({
    finishedAt: at(day, i),
    durationMs: 3000,
    verdict: "vulnerable",
    ipVersion: 4,
    previousVerdict: null,
    country: "US",
    sincePreviousMs: null,
    demo: true,
    checks: [{ kind: "socks5", port: 1080, verdict: "vulnerable", software: "dante" }],
  }));
  return [...proxies, ...relays, ...fixed, ...demo];
}

/** The fixture's days, oldest first, and what is published for them. */
export function fixtureDays(day: string) {
  return [
    { date: dayBefore(day, 2), tests: null },
    { date: dayBefore(day, 1), tests: 12 },
    { date: day, tests: 11 },
  ];
}

/** Writes the fixture into the SQLite store under dataDir (created if missing). */
export async function seedStatisticsStore(dataDir: string, day: string): Promise<void> {
  const store = openStore({ dataDir });
  try {
    await store.insertTestRecords(statisticsFixture(day));
    await store.rebuildRollups();
  } finally {
    await store.close();
  }
}
