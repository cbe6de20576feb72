// Safety gate (architecture rule 2): only public unicast targets. The range table is explicit
// rather than ipaddr.js's range() names so the refusal codes stay stable across library updates.
import ipaddr from "ipaddr.js";
import type { RefusalCode } from "./codes";

export type Assessment = { ok: true; ip: string } | { ok: false; code: RefusalCode };

type Rule = [cidr: string, code: RefusalCode];

// Order matters only for nested ranges: the more specific rule comes first.
const V4_RULES: Rule[] = [
  ["255.255.255.255/32", "broadcast"],
  ["0.0.0.0/8", "unspecified"],
  ["10.0.0.0/8", "private"],
  ["100.64.0.0/10", "cgnat"],
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local"],
  ["172.16.0.0/12", "private"],
  ["192.0.0.0/24", "reserved"],
  ["192.0.2.0/24", "documentation"],
  ["192.88.99.0/24", "reserved"],
  ["192.168.0.0/16", "private"],
  ["198.18.0.0/15", "reserved"],
  ["198.51.100.0/24", "documentation"],
  ["203.0.113.0/24", "documentation"],
  ["224.0.0.0/4", "multicast"],
  ["240.0.0.0/4", "reserved"],
];

const V6_RULES: Rule[] = [
  ["::/128", "unspecified"],
  ["::1/128", "loopback"],
  ["100::/64", "reserved"],
  ["2001:db8::/32", "documentation"],
  ["3fff::/20", "documentation"],
  // AWS serves instance metadata (::254), DNS (::253) and time (::123) to Nitro instances here,
  // the IPv6 twins of 169.254.169.x, so it must stay refused when private targets are allowed.
  // The whole /32, not just those three: AWS may add services beside them, and a lab's
  // RFC 4193 prefix is random, so it lands in this /32 with odds of one in 2^24.
  ["fd00:ec2::/32", "link-local"],
  ["fc00::/7", "private"],
  ["fe80::/10", "link-local"],
  ["fec0::/10", "reserved"],
  ["ff00::/8", "multicast"],
];

const parsedV4 = V4_RULES.map(([c, code]) => [ipaddr.IPv4.parseCIDR(c), code] as const);
const parsedV6 = V6_RULES.map(([c, code]) => [ipaddr.IPv6.parseCIDR(c), code] as const);
const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR("2000::/3");
const NAT64 = [ipaddr.IPv6.parseCIDR("64:ff9b::/96"), ipaddr.IPv6.parseCIDR("64:ff9b:1::/48")];
const SIX_TO_FOUR = ipaddr.IPv6.parseCIDR("2002::/16");
const TEREDO = ipaddr.IPv6.parseCIDR("2001::/32");
// IETF protocol assignments; Teredo inside it is handled before this rule applies.
const IETF_PROTOCOL = ipaddr.IPv6.parseCIDR("2001::/23");
const IPV4_COMPAT = ipaddr.IPv6.parseCIDR("::/96");

// Codes an operator may opt into for labs and tests. Link-local stays refused even then:
// it is where cloud metadata endpoints (169.254.169.254) live.
const PRIVATE_CODES = new Set<RefusalCode>(["loopback", "private", "cgnat"]);

function v4From(bytes: number[]): ipaddr.IPv4 {
  return new ipaddr.IPv4(bytes.slice(0, 4));
}

function classifyV4(ip: ipaddr.IPv4): RefusalCode | null {
  for (const [range, code] of parsedV4) if (ip.match(range)) return code;
  return null;
}

// ipaddr.js is more lenient than we may be. It reads "::a.b.c.d" (IPv4-compatible, deprecated
// and reserved) as "::ffff:a.b.c.d" (IPv4-mapped), which turned ::8.8.8.8 into a test of 8.8.8.8,
// and it takes hex or zero-padded octets after the last colon ("::ffff:0x7f.0.0.1").
const DOTTED_TAIL = /^(.*:)([^:]*\.[^:]*)$/;

/**
 * Parses an IPv6 literal (no zone) by its bits, not by its spelling: a dotted IPv4 tail must be
 * four plain decimal octets and becomes two hex groups, so only ::ffff:0:0/96 is IPv4-mapped.
 */
export function parseIpv6Literal(text: string): ipaddr.IPv6 | null {
  if (text.includes("%") || !ipaddr.IPv6.isValid(text)) return null;
  const dotted = DOTTED_TAIL.exec(text);
  if (!dotted) return ipaddr.IPv6.parse(text);
  const tail = dotted[2]!;
  if (!ipaddr.IPv4.isValidFourPartDecimal(tail)) return null;
  const o = ipaddr.IPv4.parse(tail).octets;
  const hex = `${dotted[1]}${((o[0]! << 8) | o[1]!).toString(16)}:${((o[2]! << 8) | o[3]!).toString(16)}`;
  return ipaddr.IPv6.isValid(hex) ? ipaddr.IPv6.parse(hex) : null;
}

/** Returns the refusal code, or null when public; `probeAs` is the address to actually dial. */
function classifyV6(ip: ipaddr.IPv6): { code: RefusalCode | null; probeAs: string } {
  const bytes = ip.toByteArray();
  const self = ip.toRFC5952String();
  // Embedded-IPv4 forms: the embedded address decides, so ::ffff:127.0.0.1 is loopback.
  if (ip.isIPv4MappedAddress() || NAT64.some((r) => ip.match(r))) {
    const v4 = v4From(bytes.slice(12));
    return { code: classifyV4(v4), probeAs: v4.toString() };
  }
  if (ip.match(SIX_TO_FOUR)) {
    return { code: classifyV4(v4From(bytes.slice(2, 6))), probeAs: self };
  }
  if (ip.match(TEREDO)) {
    const server = v4From(bytes.slice(4, 8));
    const client = v4From(bytes.slice(12).map((b) => b ^ 0xff)); // RFC 4380: obfuscated
    return { code: classifyV4(server) ?? classifyV4(client), probeAs: self };
  }
  for (const [range, code] of parsedV6) if (ip.match(range)) return { code, probeAs: self };
  if (ip.match(IPV4_COMPAT) || ip.match(IETF_PROTOCOL) || !ip.match(GLOBAL_UNICAST)) {
    return { code: "reserved", probeAs: self };
  }
  return { code: null, probeAs: self };
}

/**
 * Decides whether `ip` may be probed. Accepts only literal addresses (dotted-quad IPv4 or
 * IPv6 without zone); returns the normalized address to dial.
 */
export function assessTarget(ip: string, opts: { allowPrivate?: boolean } = {}): Assessment {
  const text = typeof ip === "string" ? ip.trim() : "";
  let code: RefusalCode | null;
  let probeAs: string;
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) {
    const v4 = ipaddr.IPv4.parse(text);
    code = classifyV4(v4);
    probeAs = v4.toString();
  } else {
    const v6 = parseIpv6Literal(text);
    if (!v6) return { ok: false, code: "invalid-address" };
    ({ code, probeAs } = classifyV6(v6));
  }
  if (code === null || (opts.allowPrivate === true && PRIVATE_CODES.has(code))) {
    return { ok: true, ip: probeAs };
  }
  return { ok: false, code };
}
