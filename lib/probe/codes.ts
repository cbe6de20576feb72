// Every code the engine can emit lives here, so the site can test that each has a message in
// every locale and each fix slug has a guide. Adding a code here is a UI change too.
import type { CheckKind } from "./types";

/** nmap's 16 relay combinations (smtp-open-relay), in the order they are tried. */
export const RELAY_VARIANTS = [
  "null-sender",
  "foreign-sender",
  "sender-at-banner",
  "sender-at-literal",
  "percent-hack-literal",
  "percent-hack-banner",
  "quoted-at",
  "quoted-percent",
  "double-at-literal",
  "quoted-at-literal",
  "double-at-banner",
  "source-route-literal",
  "source-route-banner",
  "bang-path",
  "bang-path-literal",
  "bang-path-banner",
] as const;
export type RelayVariant = (typeof RELAY_VARIANTS)[number];

export const REASON_CODES = [
  // no-service: nothing there, or not that protocol
  "connection-refused",
  "connect-timeout",
  "unreachable",
  "closed-without-reply",
  "not-smtp",
  "not-http",
  "not-socks",
  // secure: answered and refused
  "relay-denied",
  "auth-required",
  "greeting-refused",
  "proxy-refused",
  "socks-rejected",
  // vulnerable: proven
  ...RELAY_VARIANTS.map((v) => `relay-accepted-${v}` as const),
  "nonce-returned",
  // inconclusive: could not tell
  "control-refused",
  "sender-refused",
  "helo-refused",
  "temporary-failure",
  "service-unavailable",
  "tls-failed",
  "timeout",
  "connection-closed",
  "line-too-long",
  "too-much-data",
  "nonce-missing",
  "canary-reached-no-echo",
  "upstream-failed",
  "deadline",
  "aborted",
  "internal-error",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const FIX_SLUGS = [
  "postfix",
  "exim",
  "sendmail",
  "exchange",
  "generic-smtp",
  "squid",
  "apache",
  "nginx",
  "tinyproxy",
  "generic-http-proxy",
  "dante",
  "generic-socks",
] as const;
export type FixSlug = (typeof FIX_SLUGS)[number];

export const REFUSAL_CODES = [
  "invalid-address",
  "unspecified",
  "loopback",
  "private",
  "link-local",
  "cgnat",
  "multicast",
  "broadcast",
  "reserved",
  "documentation",
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export const CHECK_KINDS: readonly CheckKind[] = [
  "smtp-relay",
  "http-proxy",
  "http-post",
  "http-connect",
  "socks4",
  "socks5",
];

const OWN_GUIDE = new Set<string>(FIX_SLUGS);
const GENERIC: Record<CheckKind, FixSlug> = {
  "smtp-relay": "generic-smtp",
  "http-proxy": "generic-http-proxy",
  "http-post": "generic-http-proxy",
  "http-connect": "generic-http-proxy",
  socks4: "generic-socks",
  socks5: "generic-socks",
};
const KIND_OF_SLUG: Partial<Record<FixSlug, "smtp" | "http" | "socks">> = {
  postfix: "smtp", exim: "smtp", sendmail: "smtp", exchange: "smtp",
  squid: "http", apache: "http", nginx: "http", tinyproxy: "http", dante: "socks",
};

/** Guide for a vulnerable finding: the product's own guide if we have one for that kind. */
export function fixFor(kind: CheckKind, software: string | null): FixSlug {
  const family = kind === "smtp-relay" ? "smtp" : kind.startsWith("socks") ? "socks" : "http";
  if (software && OWN_GUIDE.has(software) && KIND_OF_SLUG[software as FixSlug] === family) {
    return software as FixSlug;
  }
  return GENERIC[kind];
}
