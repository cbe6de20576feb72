// Limiter and report memory are keyed by a keyed hash of the address, never the address itself.
// The secret lives only in this process, so a memory dump or a restart reveals no IP addresses.
import { createHmac, randomBytes } from "node:crypto";
import ipaddr from "ipaddr.js";

export function createVisitorKeyer(secret: Buffer = randomBytes(32)): (ip: string) => string {
  return (ip) => createHmac("sha256", secret).update(ip).digest("base64url").slice(0, 32);
}

export interface NetworkPrefixes {
  ipv4: number;
  ipv6: number;
}

export const DEFAULT_PREFIXES: NetworkPrefixes = { ipv4: 24, ipv6: 64 };

/** The network an address belongs to, as text: "198.51.100.0/24", "2001:db8:1:2::/64". */
export function networkOf(ip: string, prefixes: NetworkPrefixes): string {
  const addr = ipaddr.parse(ip);
  const bits = addr.kind() === "ipv4" ? prefixes.ipv4 : prefixes.ipv6;
  const base = addr.kind() === "ipv4" ? ipaddr.IPv4.networkAddressFromCIDR(`${ip}/${bits}`) : ipaddr.IPv6.networkAddressFromCIDR(`${ip}/${bits}`);
  return `${base.toString()}/${bits}`;
}

export interface VisitorKeys {
  /** one address: its reports */
  address: string;
  /** who waits out the cooldown: the address for IPv4, its whole network for IPv6 */
  cooldown: string;
  /** whose tests share the per-network cap */
  network: string;
}

/**
 * The keys of a canonical address (what assessTarget returns, so that a NAT64 visitor and the
 * IPv4 inside it are one visitor). An ISP hands one IPv6 customer a /64 or more, so any address
 * in it is the same visitor; an IPv4 /24 is usually many customers, so there only the number of
 * tests at once is shared, not the cooldown.
 */
export function visitorKeys(ip: string, keyOf: (text: string) => string, prefixes: NetworkPrefixes): VisitorKeys {
  const network = networkOf(ip, prefixes);
  const address = keyOf(ip);
  return { address, cooldown: ip.includes(":") ? keyOf(network) : address, network: keyOf(network) };
}
