// Who is the visitor? The answer decides which address the self-test probes, so it must come
// from something the visitor cannot forge: the TCP peer, or — only when that peer is one of our
// own proxies — the right-most X-Forwarded-For hop that our proxies did not add.
import ipaddr from "ipaddr.js";
import { parseIpv6Literal } from "./probe/assess-target";

export type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** Parses "10.0.0.0/8, 127.0.0.1, ::1/128"; a bare address means that one host. Throws on junk. */
export function parseCidrList(list: string): Cidr[] {
  return list
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      if (entry.includes("/")) return ipaddr.parseCIDR(entry);
      const ip = ipaddr.parse(entry);
      return [ip, ip.kind() === "ipv4" ? 32 : 128] as Cidr;
    });
}

/** Canonical text of an address (IPv4-mapped IPv6 becomes IPv4), or null if it is not one. */
export function normalizeIp(text: string | undefined | null): string | null {
  if (!text) return null;
  let candidate = text.trim();
  // Some proxies append a port: "203.0.113.9:5120" or "[2001:db8::1]:5120".
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(candidate);
  if (bracketed) candidate = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(candidate)) candidate = candidate.slice(0, candidate.lastIndexOf(":"));
  if (ipaddr.IPv4.isValidFourPartDecimal(candidate)) return ipaddr.IPv4.parse(candidate).toString();
  // Not ipaddr.process(): it unwraps "::8.8.8.8" (IPv4-compatible, reserved) as if it were
  // ::ffff:8.8.8.8, and the gate would then test 8.8.8.8. Zone ids are refused in there too.
  const v6 = parseIpv6Literal(candidate);
  if (!v6) return null;
  return v6.isIPv4MappedAddress() ? v6.toIPv4Address().toString() : v6.toRFC5952String();
}

function isTrusted(ip: string, trusted: readonly Cidr[]): boolean {
  const addr = ipaddr.parse(ip);
  return trusted.some(([range, bits]) =>
    addr instanceof ipaddr.IPv4
      ? range instanceof ipaddr.IPv4 && addr.match(range, bits)
      : range instanceof ipaddr.IPv6 && (addr as ipaddr.IPv6).match(range, bits),
  );
}

export interface ClientIpInput {
  socketIp: string | undefined;
  /** every X-Forwarded-For value as received (Node joins repeated headers with ", ") */
  forwardedFor: string | string[] | undefined;
  trusted: readonly Cidr[];
}

/**
 * The address to test, or null when it cannot be known: callers must then refuse (as
 * "invalid-address") rather than fall back to an address of our own. Null when a trusted proxy
 * sent no X-Forwarded-For (or an empty one), a malformed hop, or only hops that are themselves
 * trusted: a chain made only of our own proxies names no visitor, and any address in it is one
 * the operator declared to be ours. Visitor networks therefore never belong in TRUSTED_PROXIES.
 */
export function resolveClientIp({ socketIp, forwardedFor, trusted }: ClientIpInput): string | null {
  const peer = normalizeIp(socketIp);
  if (!peer) return null;
  if (!isTrusted(peer, trusted)) return peer;
  const raw = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = raw.split(",").map((h) => h.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeIp(hops[i]);
    if (!hop) return null;
    if (!isTrusted(hop, trusted)) return hop;
  }
  return null;
}
