import { describe, expect, it } from "vitest";
import { parseResolvers } from "./resolvers";

describe("parseResolvers (DNSBL_RESOLVERS)", () => {
  it("takes IPv4 and bracketed IPv6 addresses with optional ports, comma or space separated", () => {
    expect(parseResolvers("127.0.0.1:5353, [::1]:53 192.0.2.53")).toEqual({ ok: true, resolvers: ["127.0.0.1:5353", "[::1]:53", "192.0.2.53:53"] });
    expect(parseResolvers("")).toEqual({ ok: true, resolvers: [] });
    expect(parseResolvers(undefined)).toEqual({ ok: true, resolvers: [] });
  });

  it.each(["dns.example:53", "127.0.0.1:0", "127.0.0.1:70000", "::1", "[::1", "1.2.3:53", "[zz::1]:53"])("refuses %s", (value) => {
    const result = parseResolvers(value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(value);
  });
});
