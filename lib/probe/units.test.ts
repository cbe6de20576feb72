import { describe, expect, it } from "vitest";
import { RELAY_VARIANTS } from "./codes";
import { addressLiteral, relayAttempts } from "./smtp-variants";
import { responseComplete } from "./http-response";
import { bannerName } from "./smtp-reply";
import { detectHttpSoftware, detectSmtpSoftware } from "./software";
import { Transcript, sanitizeLine } from "./transcript";

describe("relay variants", () => {
  it("16 nmap combinations, every recipient in the canary domain with the nonce", () => {
    const attempts = relayAttempts({ ip: "192.0.2.10", banner: "mx.example.net", domain: "canary.test", nonce: "abc123" });
    expect(attempts.map((a) => a.variant)).toEqual([...RELAY_VARIANTS]);
    for (const a of attempts) {
      expect(a.to).toContain("relaytest-abc123");
      expect(a.to).toContain("canary.test");
    }
    const by = Object.fromEntries(attempts.map((a) => [a.variant, a]));
    expect(by["null-sender"]).toMatchObject({ from: "", to: "relaytest-abc123@canary.test" });
    expect(by["percent-hack-literal"]!.to).toBe("relaytest-abc123%canary.test@[192.0.2.10]");
    expect(by["quoted-at-literal"]!.to).toBe('"relaytest-abc123@canary.test"@[192.0.2.10]');
    expect(by["source-route-banner"]!.to).toBe("@mx.example.net:relaytest-abc123@canary.test");
    expect(by["bang-path"]!.to).toBe("canary.test!relaytest-abc123");
  });
  it("IPv6 targets use [IPv6:…] literals; no banner name falls back to the literal", () => {
    expect(addressLiteral("2001:db8::1")).toBe("[IPv6:2001:db8::1]");
    const attempts = relayAttempts({ ip: "2001:db8::1", banner: null, domain: "c.test", nonce: "n" });
    expect(attempts.find((a) => a.variant === "double-at-banner")!.to).toBe("relaytest-n@c.test@[IPv6:2001:db8::1]");
  });
  it("banner name only when it looks like a host name", () => {
    expect(bannerName({ code: 220, lines: ["220 mx.example.net ESMTP Postfix"] })).toBe("mx.example.net");
    expect(bannerName({ code: 220, lines: ["220 ESMTP ready"] })).toBeNull();
    expect(bannerName({ code: 220, lines: ["220 <script>.x ESMTP"] })).toBeNull();
  });
});

describe("software detection", () => {
  it("SMTP banners", () => {
    expect(detectSmtpSoftware("220 mx ESMTP Exim 4.96")).toBe("exim");
    expect(detectSmtpSoftware("220 mx Microsoft ESMTP MAIL Service ready")).toBe("exchange");
    expect(detectSmtpSoftware("220 mx ESMTP OpenSMTPD")).toBe("opensmtpd");
    expect(detectSmtpSoftware("220 mx ESMTP")).toBeNull();
  });
  it("HTTP headers first, then the page", () => {
    expect(detectHttpSoftware("HTTP/1.1 407 x\r\nServer: squid/6.1\r\n")).toBe("squid");
    expect(detectHttpSoftware("HTTP/1.1 403 x\r\nVia: 1.1 tinyproxy (tinyproxy/1.11)\r\n")).toBe("tinyproxy");
    expect(detectHttpSoftware("HTTP/1.1 500 x\r\n", "<address>Apache/2.4 Server</address>")).toBe("apache");
    expect(detectHttpSoftware("HTTP/1.1 200 OK\r\nX-Powered-By: nginx\r\n")).toBeNull();
  });
});

describe("transcript", () => {
  it("printable ASCII only, lines and total capped", () => {
    expect(sanitizeLine("250 ok\x1b[31m\u00e9\r\n")).toBe("250 ok?[31m?");
    expect(sanitizeLine("x".repeat(1000)).length).toBeLessThanOrEqual(201);
    const t = new Transcript();
    for (let i = 0; i < 1000; i++) t.received("y".repeat(150));
    expect(t.lines.length).toBeLessThanOrEqual(161);
    expect(t.lines.at(-1)!.line).toBe("[transcript truncated]");
    expect(t.lines.reduce((n, l) => n + l.line.length, 0)).toBeLessThan(8192 + 200);
  });
});

describe("a complete HTTP answer is recognised without waiting for the peer to close", () => {
  const b = (s: string) => Buffer.from(s, "latin1");
  it("at its Content-Length, not a byte before", () => {
    expect(responseComplete(b("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"))).toBe(true);
    expect(responseComplete(b("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhell"))).toBe(false);
    expect(responseComplete(b("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n"))).toBe(false); // head not finished
  });
  it("at the end of a chunked body", () => {
    expect(responseComplete(b("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"))).toBe(true);
    expect(responseComplete(b("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n"))).toBe(false);
  });
  it("at the head for answers without a body; otherwise only the close ends it", () => {
    expect(responseComplete(b("HTTP/1.1 204 No Content\r\n\r\n"))).toBe(true);
    expect(responseComplete(b("HTTP/1.1 304 Not Modified\r\n\r\n"))).toBe(true);
    expect(responseComplete(b("HTTP/1.0 200 OK\r\n\r\nbody until close"))).toBe(false);
  });
});
