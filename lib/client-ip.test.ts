import { describe, expect, it } from "vitest";
import { normalizeIp, parseCidrList, resolveClientIp } from "./client-ip";

const trusted = parseCidrList("127.0.0.1/32, 10.0.0.0/8 ::1");
const resolve = (socketIp: string | undefined, forwardedFor?: string | string[]) =>
  resolveClientIp({ socketIp, forwardedFor, trusted });

describe("parseCidrList", () => {
  it("accepts CIDRs and bare addresses, separated by commas or spaces", () => {
    expect(parseCidrList(" 127.0.0.1/32,10.0.0.0/8  ::1 ").map(([ip, bits]) => `${ip}/${bits}`)).toEqual([
      "127.0.0.1/32",
      "10.0.0.0/8",
      "::1/128",
    ]);
    expect(parseCidrList("")).toEqual([]);
  });
  it("throws on anything else", () => {
    expect(() => parseCidrList("localhost")).toThrow();
    expect(() => parseCidrList("10.0.0.0/33")).toThrow();
  });
});

describe("normalizeIp", () => {
  it("canonicalizes IPv4-mapped IPv6 and strips proxy-added ports", () => {
    expect(normalizeIp("::ffff:127.0.0.5")).toBe("127.0.0.5");
    expect(normalizeIp("203.0.113.9:5120")).toBe("203.0.113.9");
    expect(normalizeIp("[2001:db8::1]:80")).toBe("2001:db8::1");
  });
  it("keeps IPv4-compatible ::a.b.c.d as IPv6 (reserved): only ::ffff:0:0/96 is IPv4-mapped", () => {
    // ipaddr.process() turns "::8.8.8.8" into 8.8.8.8, as glibc and libuv spell ::808:808
    expect(normalizeIp("::8.8.8.8")).toBe("::808:808");
    expect(normalizeIp("[::127.0.0.5]:80")).toBe("::7f00:5");
    expect(normalizeIp("::FFFF:8.8.8.8")).toBe("8.8.8.8");
    expect(normalizeIp("64:ff9b::8.8.8.8")).toBe("64:ff9b::808:808");
  });
  it("rejects names, short IPv4 forms and zone ids", () => {
    for (const bad of ["example.com", "127.1", "0x7f.0.0.1", "fe80::1%eth0", "", "unknown", "::ffff:0x7f.0.0.1", "::ffff:127.1"]) {
      expect(normalizeIp(bad)).toBeNull();
    }
  });
});

describe("resolveClientIp", () => {
  it("uses the socket address and ignores X-Forwarded-For from an untrusted peer", () => {
    expect(resolve("198.51.100.7", "127.0.0.2")).toBe("198.51.100.7");
    expect(resolve("::ffff:198.51.100.7", "127.0.0.2")).toBe("198.51.100.7");
  });
  it("takes the right-most untrusted hop behind a trusted proxy", () => {
    expect(resolve("127.0.0.1", "127.0.0.2")).toBe("127.0.0.2");
    expect(resolve("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.1.2.3")).toBe("198.51.100.7");
    expect(resolve("127.0.0.1", ["6.6.6.6, 198.51.100.7", "10.1.2.3"])).toBe("198.51.100.7");
  });
  it("never tests a trusted proxy's own address: no header, an empty one or only our hops give null", () => {
    expect(resolve("127.0.0.1")).toBeNull();
    expect(resolve("127.0.0.1", "")).toBeNull();
    expect(resolve("127.0.0.1", " , ")).toBeNull();
    expect(resolve("127.0.0.1", [])).toBeNull();
    // a chain made only of our own proxies names no visitor
    expect(resolve("127.0.0.1", "10.0.0.9, 10.0.0.8")).toBeNull();
    expect(resolve("::1", "127.0.0.1")).toBeNull();
  });
  it("does not unwrap an IPv4-compatible address, from the socket or a hop", () => {
    expect(resolve("::8.8.8.8")).toBe("::808:808");
    expect(resolve("127.0.0.1", "::8.8.8.8")).toBe("::808:808");
    expect(resolve("127.0.0.1", "::127.0.0.5")).toBe("::7f00:5");
  });
  it("gives up rather than guess when a trusted chain has a malformed hop", () => {
    expect(resolve("127.0.0.1", "198.51.100.7, evil")).toBeNull();
    expect(resolve(undefined)).toBeNull();
  });
  it("trusts nobody when the list is empty", () => {
    expect(resolveClientIp({ socketIp: "127.0.0.1", forwardedFor: "198.51.100.7", trusted: [] })).toBe("127.0.0.1");
  });
});
