import { describe, expect, it } from "vitest";
import { assessTarget } from "./assess-target";

const refused = (ip: string, allowPrivate = false) => {
  const r = assessTarget(ip, { allowPrivate });
  return r.ok ? null : r.code;
};

describe("assessTarget", () => {
  it("accepts public IPv4 and IPv6 and normalizes them", () => {
    expect(assessTarget("8.8.8.8")).toEqual({ ok: true, ip: "8.8.8.8" });
    expect(assessTarget(" 2606:4700:4700:0000:0000:0000:0000:1111 ")).toEqual({ ok: true, ip: "2606:4700:4700::1111" });
  });
  it("refuses what is not a literal address", () => {
    for (const bad of ["", "example.com", "127.1", "0x7f.0.0.1", "010.0.0.1", "1.2.3", "fe80::1%eth0", "[::1]", "1.2.3.4:80"]) {
      expect(refused(bad), bad).toBe("invalid-address");
    }
  });
  it("unspecified 0.0.0.0/8 and ::", () => {
    expect(refused("0.0.0.0")).toBe("unspecified");
    expect(refused("0.1.2.3")).toBe("unspecified");
    expect(refused("::")).toBe("unspecified");
  });
  it("loopback 127/8 and ::1", () => {
    expect(refused("127.0.0.1")).toBe("loopback");
    expect(refused("127.255.1.2")).toBe("loopback");
    expect(refused("::1")).toBe("loopback");
  });
  it("private 10/8, 172.16/12, 192.168/16 and unique-local fc00::/7", () => {
    expect(refused("10.1.2.3")).toBe("private");
    expect(refused("172.31.255.255")).toBe("private");
    expect(refused("172.32.0.1")).toBeNull();
    expect(refused("192.168.1.1")).toBe("private");
    expect(refused("fd12:3456::1")).toBe("private");
  });
  it("link-local 169.254/16 (cloud metadata) and fe80::/10, even with allowPrivate", () => {
    expect(refused("169.254.169.254")).toBe("link-local");
    expect(refused("169.254.169.254", true)).toBe("link-local");
    expect(refused("fe80::1")).toBe("link-local");
  });
  it("AWS's IPv6 metadata, DNS and time (fd00:ec2::/32) stay refused with allowPrivate", () => {
    for (const ip of ["fd00:ec2::254", "fd00:ec2::253", "fd00:ec2::123", "fd00:ec2:0:1::1", "::ffff:169.254.169.254"]) {
      expect(refused(ip, true), ip).toBe("link-local");
    }
    // the rest of unique-local space is a lab's to use
    expect(assessTarget("fd00:ec3::254", { allowPrivate: true }).ok).toBe(true);
    expect(assessTarget("fd12:3456::1", { allowPrivate: true }).ok).toBe(true);
  });
  it("CGNAT 100.64/10", () => {
    expect(refused("100.64.0.1")).toBe("cgnat");
    expect(refused("100.127.255.254")).toBe("cgnat");
    expect(refused("100.128.0.1")).toBeNull();
  });
  it("multicast 224/4 and ff00::/8", () => {
    expect(refused("224.0.0.1")).toBe("multicast");
    expect(refused("239.255.255.250")).toBe("multicast");
    expect(refused("ff02::1")).toBe("multicast");
  });
  it("broadcast 255.255.255.255", () => {
    expect(refused("255.255.255.255")).toBe("broadcast");
  });
  it("reserved 240/4, 192.0.0/24, 198.18/15, 192.88.99/24, non-2000::/3 IPv6", () => {
    expect(refused("240.0.0.1")).toBe("reserved");
    expect(refused("192.0.0.8")).toBe("reserved");
    expect(refused("198.18.0.1")).toBe("reserved");
    expect(refused("192.88.99.1")).toBe("reserved");
    expect(refused("100::1")).toBe("reserved");
    expect(refused("4000::1")).toBe("reserved");
    expect(refused("2001:2::1")).toBe("reserved");
  });
  it("documentation 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32, 3fff::/20", () => {
    expect(refused("192.0.2.1")).toBe("documentation");
    expect(refused("198.51.100.7")).toBe("documentation");
    expect(refused("203.0.113.9")).toBe("documentation");
    expect(refused("2001:db8::1")).toBe("documentation");
    expect(refused("3fff::1")).toBe("documentation");
  });
  it("IPv4-mapped ::ffff:a.b.c.d is judged (and dialed) as the IPv4", () => {
    expect(refused("::ffff:127.0.0.1")).toBe("loopback");
    expect(refused("::ffff:7f00:1")).toBe("loopback");
    expect(refused("::ffff:169.254.169.254")).toBe("link-local");
    expect(assessTarget("::ffff:8.8.8.8")).toEqual({ ok: true, ip: "8.8.8.8" });
  });
  it("IPv4-compatible ::a.b.c.d is reserved, however it is spelled: only ::ffff:0:0/96 is mapped", () => {
    // ipaddr.js parses "::8.8.8.8" as ::ffff:8.8.8.8; the hex spelling was always refused
    expect(refused("::8.8.8.8")).toBe("reserved");
    expect(refused("::808:808")).toBe("reserved");
    expect(refused("0:0:0:0:0:0:8.8.8.8")).toBe("reserved");
    expect(refused("::127.0.0.1", true)).toBe("reserved");
    expect(refused("::ffff:0:8.8.8.8")).toBe("reserved"); // SIIT (RFC 6145), not mapped either
    expect(assessTarget("::FFFF:8.8.8.8")).toEqual({ ok: true, ip: "8.8.8.8" });
  });
  it("an embedded IPv4 must be four plain decimal octets, as a bare IPv4 must", () => {
    for (const bad of ["::ffff:0x7f.0.0.1", "::ffff:010.0.0.1", "::ffff:127.1", "64:ff9b::0177.0.0.1"]) {
      expect(refused(bad), bad).toBe("invalid-address");
    }
    expect(assessTarget("64:ff9b::8.8.8.8")).toEqual({ ok: true, ip: "8.8.8.8" });
  });
  it("NAT64 64:ff9b::/96 unwraps the embedded IPv4", () => {
    expect(refused("64:ff9b::10.0.0.1")).toBe("private");
    expect(refused("64:ff9b::7f00:1")).toBe("loopback");
    expect(assessTarget("64:ff9b::808:808")).toEqual({ ok: true, ip: "8.8.8.8" });
  });
  it("local-use NAT64 64:ff9b:1::/48 unwraps the embedded IPv4", () => {
    expect(refused("64:ff9b:1::a9fe:a9fe")).toBe("link-local");
    expect(refused("64:ff9b:1::c000:201")).toBe("documentation");
  });
  it("6to4 2002::/16 unwraps the embedded IPv4", () => {
    expect(refused("2002:7f00:1::1")).toBe("loopback");
    expect(refused("2002:c0a8:101::1")).toBe("private");
    expect(assessTarget("2002:808:808::1")).toEqual({ ok: true, ip: "2002:808:808::1" });
  });
  it("Teredo 2001::/32 checks the server and the (obfuscated) client IPv4", () => {
    // server 10.0.0.1
    expect(refused("2001:0:a00:1::1")).toBe("private");
    // server 8.8.8.8, client 127.0.0.1 stored inverted as 80ff:fffe
    expect(refused("2001:0:808:808::80ff:fffe")).toBe("loopback");
    // server 8.8.8.8, client 1.1.1.1 -> fefe:fefe
    expect(refused("2001:0:808:808::fefe:fefe")).toBeNull();
  });
  it("allowPrivate admits loopback, private and CGNAT only", () => {
    expect(assessTarget("127.0.0.1", { allowPrivate: true })).toEqual({ ok: true, ip: "127.0.0.1" });
    expect(assessTarget("10.0.0.1", { allowPrivate: true }).ok).toBe(true);
    expect(assessTarget("100.64.0.1", { allowPrivate: true }).ok).toBe(true);
    expect(assessTarget("::ffff:127.0.0.1", { allowPrivate: true })).toEqual({ ok: true, ip: "127.0.0.1" });
    for (const ip of ["0.0.0.0", "224.0.0.1", "255.255.255.255", "192.0.2.1", "240.0.0.1", "fe80::1"]) {
      expect(refused(ip, true), ip).not.toBeNull();
    }
  });
});
