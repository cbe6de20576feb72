// The engine with blocklist lookups: they run beside the checks and land in the report; a lab
// target is looked up only through resolvers named for the lab (never the system's).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDnsServer, type DnsServer } from "../../tests/support/dns-server";
import { BLOCKLISTS } from "../blocklists/lists";
import { startCanary } from "./canary";
import { runSelfTest } from "./run-self-test";
import type { Canary } from "./types";

let canary: Canary;
let dns: DnsServer;
beforeAll(async () => {
  canary = await startCanary({ host: "127.0.0.1", port: 0 });
  dns = await startDnsServer({
    "7.6.0.127.zen.spamhaus.org": { a: ["127.0.0.4"] },
    "7.6.0.127.in-addr.arpa": { ptr: "lab.example.test" },
    "lab.example.test": { a: ["127.0.6.7"] },
  });
});
afterAll(async () => {
  await dns.close();
  await canary.close();
});

describe("runSelfTest with blocklists", () => {
  it("adds every list's answer and the reverse DNS to the report, with no check when checks is false", async () => {
    const report = await runSelfTest("127.0.6.7", { canary, allowPrivate: true, checks: false, blocklists: { resolvers: [dns.address] } });
    expect(report.checks).toEqual([]);
    expect(report.blocklists).toHaveLength(BLOCKLISTS.length);
    expect(report.blocklists!.find((b) => b.zone === "zen.spamhaus.org")).toMatchObject({ status: "listed", answers: ["127.0.0.4"] });
    expect(report.blocklists!.filter((b) => b.status === "listed")).toHaveLength(1);
    expect(report.reverseDns).toEqual({ name: "lab.example.test", forwardConfirmed: true });
    expect(dns.asked.get("7.6.0.127.dnsbl.dronebl.org")).toBe(1);
  });

  it("does not look up a lab address without lab resolvers, nor without the option", async () => {
    const before = dns.asked.size;
    const withoutResolvers = await runSelfTest("127.0.6.8", { canary, allowPrivate: true, checks: false, blocklists: { resolvers: [] } });
    const withoutOption = await runSelfTest("127.0.6.8", { canary, allowPrivate: true, only: ["socks5"], ports: { socks5: [9] } });
    expect(withoutResolvers.blocklists).toBeUndefined();
    expect(withoutResolvers.reverseDns).toBeUndefined();
    expect(withoutOption.blocklists).toBeUndefined();
    expect(withoutOption.checks).toHaveLength(1);
    expect(dns.asked.size).toBe(before);
  });
});
