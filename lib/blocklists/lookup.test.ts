// Blocklist and reverse DNS lookups against a DNS server on loopback (tests/support/dns-server.ts):
// listings with their codes, NXDOMAIN, the lists' error codes, a timeout, SERVFAIL, a malformed
// reply, unknown answers, IPv6 nibble names, PTR with and without forward confirmation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDnsServer, type DnsServer } from "../../tests/support/dns-server";
import { BLOCKLISTS } from "./lists";
import { lookupBlocklists, lookupReverseDns, queryName } from "./lookup";

const list = (zone: string) => {
  const found = BLOCKLISTS.find((l) => l.zone === zone);
  if (!found) throw new Error(`no list ${zone} in the data`);
  return found;
};
const ZEN = list("zen.spamhaus.org");
const DRONE = list("dnsbl.dronebl.org");
const SPAMCOP = list("bl.spamcop.net");
const PSBL = list("psbl.surriel.com");

const V6 = "2001:db8::1";
const V6_NIBBLES = "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2";

let dns: DnsServer;
beforeAll(async () => {
  dns = await startDnsServer({
    // 192.0.2.10: on ZEN as XBL and PBL, on DroneBL as a SOCKS proxy
    "10.2.0.192.zen.spamhaus.org": { a: ["127.0.0.4", "127.0.0.10"] },
    "10.2.0.192.dnsbl.dronebl.org": { a: ["127.0.0.8"] },
    "10.2.0.192.bl.spamcop.net": { rcode: "NXDOMAIN" },
    "10.2.0.192.psbl.surriel.com": { a: ["127.0.0.99"] }, // not a code PSBL documents
    // 192.0.2.20: Spamhaus refuses the query (public resolver), SpamCop times out, DroneBL fails, PSBL sends garbage
    "20.2.0.192.zen.spamhaus.org": { a: ["127.255.255.254"] },
    "20.2.0.192.bl.spamcop.net": { silent: true },
    "20.2.0.192.dnsbl.dronebl.org": { rcode: "SERVFAIL" },
    "20.2.0.192.psbl.surriel.com": { garbage: true },
    // IPv6 on DroneBL (nibbles); SpamCop takes no IPv6 queries
    [`${V6_NIBBLES}.dnsbl.dronebl.org`]: { a: ["127.0.0.9"] },
    // reverse DNS
    "10.2.0.192.in-addr.arpa": { ptr: "mail.example.test" },
    "mail.example.test": { a: ["192.0.2.10"] },
    "20.2.0.192.in-addr.arpa": { ptr: "host.elsewhere.test" },
    "host.elsewhere.test": { a: ["192.0.2.99"] },
    [`${V6_NIBBLES}.ip6.arpa`]: { ptr: "v6.example.test." },
    "v6.example.test AAAA": { aaaa: ["2001:db8:0:0:0:0:0:1"] },
  });
});
afterAll(() => dns?.close());

const options = () => ({ resolvers: [dns.address], timeoutMs: 400, totalMs: 1500 });

describe("queryName", () => {
  it("reverses IPv4 octets and IPv6 nibbles, and looks up IPv4-mapped addresses as IPv4", () => {
    expect(queryName("192.0.2.10", ZEN)).toBe("10.2.0.192.zen.spamhaus.org");
    expect(queryName("::ffff:192.0.2.10", ZEN)).toBe("10.2.0.192.zen.spamhaus.org");
    expect(queryName(V6, DRONE)).toBe(`${V6_NIBBLES}.dnsbl.dronebl.org`);
    expect(queryName(V6, SPAMCOP)).toBeNull();
  });
});

describe("lookupBlocklists", () => {
  it("reports listings with every code's meaning, not-listed on NXDOMAIN, and an unknown code as an error", async () => {
    const [zen, drone, spamcop, psbl] = await lookupBlocklists("192.0.2.10", [ZEN, DRONE, SPAMCOP, PSBL], options());
    expect(zen).toMatchObject({ zone: "zen.spamhaus.org", status: "listed", answers: ["127.0.0.4", "127.0.0.10"], reason: null });
    expect(zen!.meaning).toContain(ZEN.codes.find((c) => c.answer === "127.0.0.4")!.meaning);
    expect(zen!.meaning).toContain(ZEN.codes.find((c) => c.answer === "127.0.0.10")!.meaning);
    expect(zen!.lookupUrl).toBe(ZEN.lookupUrl.replace("{ip}", "192.0.2.10"));
    expect(drone).toMatchObject({ status: "listed", answers: ["127.0.0.8"], meaning: DRONE.codes.find((c) => c.answer === "127.0.0.8")!.meaning });
    expect(spamcop).toMatchObject({ status: "not-listed", answers: [], meaning: null, reason: null, delistUrl: SPAMCOP.delistUrl });
    expect(psbl).toMatchObject({ status: "error", reason: "unexpected-answer", answers: ["127.0.0.99"] });
  });

  it("never reports listed for an error code, a timeout, SERVFAIL or a malformed reply, and keeps within the deadline", async () => {
    const started = performance.now();
    const [zen, spamcop, drone, psbl] = await lookupBlocklists("192.0.2.20", [ZEN, SPAMCOP, DRONE, PSBL], options());
    expect(performance.now() - started).toBeLessThan(3000);
    expect(zen).toMatchObject({ status: "error", reason: "list-refused-query", answers: ["127.255.255.254"] });
    expect(zen!.meaning).toBe(ZEN.errorCodes.find((c) => c.answer === "127.255.255.254")!.meaning);
    expect(spamcop).toMatchObject({ status: "error", reason: "timeout" });
    expect(drone).toMatchObject({ status: "error", reason: "server-failure" });
    expect(psbl!.status).toBe("error");
    expect(["server-failure", "timeout"]).toContain(psbl!.reason);
  });

  it("queries IPv6 nibble names where the list takes them, and says when it does not", async () => {
    const [drone, spamcop] = await lookupBlocklists(V6, [DRONE, SPAMCOP], options());
    expect(drone).toMatchObject({ status: "listed", answers: ["127.0.0.9"] });
    expect(spamcop).toMatchObject({ status: "error", reason: "ipv6-not-supported", answers: [] });
    expect(dns.asked.has(`${V6_NIBBLES}.dnsbl.dronebl.org`)).toBe(true);
  });

  it("cuts every outstanding query at the overall deadline", async () => {
    const started = performance.now();
    const [spamcop] = await lookupBlocklists("192.0.2.20", [SPAMCOP], { resolvers: [dns.address], timeoutMs: 5000, totalMs: 300 });
    expect(spamcop).toMatchObject({ status: "error", reason: "timeout" });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("lookupReverseDns", () => {
  it("gives the PTR name and whether it resolves back to the address (IPv4 and IPv6)", async () => {
    expect(await lookupReverseDns("192.0.2.10", options())).toEqual({ name: "mail.example.test", forwardConfirmed: true });
    expect(await lookupReverseDns("192.0.2.20", options())).toEqual({ name: "host.elsewhere.test", forwardConfirmed: false });
    expect(await lookupReverseDns(V6, options())).toEqual({ name: "v6.example.test", forwardConfirmed: true });
  });

  it("is null without a PTR record", async () => {
    expect(await lookupReverseDns("192.0.2.30", options())).toBeNull();
  });
});
