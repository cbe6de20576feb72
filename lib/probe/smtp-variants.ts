// nmap's smtp-open-relay combinations, aimed at our canary domain only: no real third party's
// mailbox is ever named, and the nonce ties an accepted recipient to this very test.
import { RELAY_VARIANTS, type RelayVariant } from "./codes";

export interface RelayAttempt {
  variant: RelayVariant;
  from: string;
  to: string;
}

export interface VariantInput {
  /** target IP as dialed */
  ip: string;
  /** server's own name from its banner, or null */
  banner: string | null;
  /** canary domain */
  domain: string;
  nonce: string;
}

export function addressLiteral(ip: string): string {
  return ip.includes(":") ? `[IPv6:${ip}]` : `[${ip}]`;
}

export function relayAttempts({ ip, banner, domain, nonce }: VariantInput): RelayAttempt[] {
  const lit = addressLiteral(ip);
  const name = banner ?? lit;
  const user = `relaytest-${nonce}`;
  const rcpt = `${user}@${domain}`;
  const probe = `probe-${nonce}`;
  const atLit = `${probe}@${lit}`;
  const table: Record<RelayVariant, [string, string]> = {
    "null-sender": ["", rcpt],
    "foreign-sender": [`${probe}@${domain}`, rcpt],
    "sender-at-banner": [`${probe}@${name}`, rcpt],
    "sender-at-literal": [atLit, rcpt],
    "percent-hack-literal": [atLit, `${user}%${domain}@${lit}`],
    "percent-hack-banner": [atLit, `${user}%${domain}@${name}`],
    "quoted-at": [atLit, `"${user}@${domain}"`],
    "quoted-percent": [atLit, `"${user}%${domain}"`],
    "double-at-literal": [atLit, `${user}@${domain}@${lit}`],
    "quoted-at-literal": [atLit, `"${user}@${domain}"@${lit}`],
    "double-at-banner": [atLit, `${user}@${domain}@${name}`],
    "source-route-literal": [atLit, `@${lit}:${rcpt}`],
    "source-route-banner": [atLit, `@${name}:${rcpt}`],
    "bang-path": [atLit, `${domain}!${user}`],
    "bang-path-literal": [atLit, `${domain}!${user}@${lit}`],
    "bang-path-banner": [atLit, `${domain}!${user}@${name}`],
  };
  return RELAY_VARIANTS.map((variant) => ({ variant, from: table[variant][0], to: table[variant][1] }));
}
