import { describe, expect, it } from "vitest";
import { relayAttempts } from "../probe/smtp-variants";
import { createRedactor, dialedAddress, restoreAddress } from "./redact";

const V4 = "93.184.216.34";
const V6 = "2a00:1450:4001:80b::200e";

// What a relay check writes: every variant's MAIL FROM / RCPT TO, plus a greeting that echoes
// the address and a host name built from it.
const relayLines = (ip: string, banner: string | null) =>
  relayAttempts({ ip, banner, domain: "example.org", nonce: "n0nce" }).flatMap((a) => [`MAIL FROM:<${a.from}>`, `RCPT TO:<${a.to}>`]);

describe("createRedactor", () => {
  it("removes every IPv4 spelling: literal, padded, PTR-style names", () => {
    const redact = createRedactor([V4]);
    const lines = [
      ...relayLines(V4, null),
      `220 [${V4}] ESMTP`,
      "220 93-184-216-34.dsl.example ESMTP",
      "250 34.216.184.93.in-addr.arpa hello",
      "250 093.184.216.034 padded",
      `250 [IPv6:::ffff:${V4}] mapped`,
      "250 ::ffff:5db8:d822 and 64:ff9b::5DB8:D822",
    ];
    const out = lines.map(redact).join("\n");
    for (const leak of [V4, "93-184-216-34", "34.216.184.93", "184.216", "5db8"]) expect(out.toLowerCase()).not.toContain(leak);
    expect(out).toContain("<probe-n0nce@[⟨ip⟩]>");
  });

  it("leaves other addresses alone", () => {
    const redact = createRedactor([V4]);
    for (const other of ["193.184.216.34", "93.184.216.345", "3.184.216.34", "93.184.216.3", "1.93.184.216.34.5"]) {
      expect(redact(`250 ${other}`)).toBe(`250 ${other}`);
    }
  });

  it("removes every IPv6 spelling: bracketed, upper case, uncompressed, zero-padded", () => {
    const redact = createRedactor([V6]);
    const lines = [
      ...relayLines(V6, "mx.example"),
      `220 mx.example ESMTP ready for [${V6}]:25`,
      "250 2A00:1450:4001:80B::200E",
      "250 2a00:1450:4001:80b:0:0:0:200e",
      "250 2a00:1450:4001:080b:0000:0000:0000:200e",
      "250 2a00:1450:4001:80b:0::200e",
    ];
    const out = lines.map(redact).join("\n");
    expect(out.toLowerCase()).not.toMatch(/2a00|1450|200e/);
    expect(out).toContain("[IPv6:⟨ip⟩]");
    expect(createRedactor([V6])("250 2a00:1450:4001:80b::200f")).toBe("250 2a00:1450:4001:80b::200f");
  });

  it("finds an IPv6 address with what clings to it: IPv6: prefix, port, other groups, dotted tail", () => {
    const redact = createRedactor([V6]);
    expect(redact(`x@[IPv6:${V6}]`)).toBe("x@[IPv6:⟨ip⟩]");
    expect(redact(`[${V6}]:25 and ${V6}:25`)).toBe("[⟨ip⟩]:25 and ⟨ip⟩:25");
    expect(redact(`ip:${V6}, ok`)).toBe("ip:⟨ip⟩, ok");
    expect(redact("2a00:1450:4001:80b::0.0.32.14")).toBe("⟨ip⟩");
    expect(redact("12:34:56 2a00:1450:4001:80b::200f a::b")).toBe("12:34:56 2a00:1450:4001:80b::200f a::b");
  });

  it("removes the visitor's NAT64 text as well as the IPv4 address the engine dialed", () => {
    const redact = createRedactor([V4, "64:ff9b:1:aa::5db8:d822"]);
    expect(redact(`seen 64:ff9b:1:aa::5db8:d822 and ${V4}`)).toBe("seen ⟨ip⟩ and ⟨ip⟩");
  });
});

describe("restoreAddress", () => {
  it("writes the address back in the spelling each token stands for", () => {
    const redact = createRedactor([V4]);
    const lines = [...relayLines(V4, "93-184-216-34.dsl.example"), "250 34.216.184.93.in-addr.arpa"];
    expect(lines.map((l) => restoreAddress(redact(l), V4))).toEqual(lines);
    const v6 = relayLines(V6, null);
    expect(v6.map((l) => restoreAddress(createRedactor([V6])(l), V6))).toEqual(v6);
  });

  it("a NAT64 visitor gets the IPv4 address the engine dialed", () => {
    expect(dialedAddress("64:ff9b::5db8:d822")).toBe(V4);
    expect(dialedAddress(V6)).toBe(V6);
    expect(restoreAddress("RCPT TO:<x@[⟨ip⟩]>", dialedAddress("64:ff9b::5db8:d822"))).toBe(`RCPT TO:<x@[${V4}]>`);
  });

  it("leaves text without tokens untouched", () => {
    expect(restoreAddress("250 [1.2.3.4] ok", V4)).toBe("250 [1.2.3.4] ok");
  });
});
