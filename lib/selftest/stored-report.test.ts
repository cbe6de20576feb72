// The remembered copy of a report keeps no address, also not in blocklist links or PTR names.
import { describe, expect, it } from "vitest";
import type { SelfTestReport } from "../probe";
import { restoredFor, storedCopy } from "./stored-report";

const report: SelfTestReport = {
  schema: 1,
  target: "198.51.100.7",
  startedAt: "2026-12-06T02:00:00.000Z",
  durationMs: 1200,
  verdict: "secure",
  checks: [],
  blocklists: [
    {
      zone: "zen.spamhaus.org",
      name: "Spamhaus ZEN",
      status: "not-listed",
      answers: [],
      meaning: null,
      reason: null,
      lookupUrl: "https://check.spamhaus.org/results/?query=198.51.100.7",
      delistUrl: "https://check.spamhaus.org/",
    },
  ],
  reverseDns: { name: "198-51-100-7.dsl.example.net", forwardConfirmed: false },
};

describe("storedCopy with blocklists", () => {
  it("keeps no spelling of the address, and gives it back only to its owner", () => {
    const stored = storedCopy(report);
    expect(JSON.stringify(stored)).not.toMatch(/198.51.100.7|198-51-100-7/);
    expect(stored.blocklists![0]!.status).toBe("not-listed");
    const back = restoredFor(stored, "198.51.100.7");
    expect(back.blocklists).toEqual(report.blocklists);
    expect(back.reverseDns).toEqual(report.reverseDns);
  });

  it("keeps a missing reverse DNS name as null and a report without lookups without the fields", () => {
    expect(storedCopy({ ...report, reverseDns: null }).reverseDns).toBeNull();
    const plain: SelfTestReport = { ...report };
    delete plain.blocklists;
    delete plain.reverseDns;
    const stored = storedCopy(plain);
    expect("blocklists" in stored || "reverseDns" in stored).toBe(false);
  });
});
