// Defaults, documented in README.md. Chosen so that an address with nothing listening (or
// everything filtered) finishes in about one connect timeout: the default plan fits in one
// wave of the concurrency cap.
import type { CheckKind } from "./types";

const HTTP_PROXY_PORTS = [80, 81, 808, 3128, 4480, 6588, 8000, 8001, 8080, 8081, 8123, 8888];

export const DEFAULT_PORTS: Readonly<Record<CheckKind, readonly number[]>> = {
  "smtp-relay": [25, 587, 465],
  "http-proxy": HTTP_PROXY_PORTS,
  "http-post": HTTP_PROXY_PORTS,
  "http-connect": HTTP_PROXY_PORTS,
  socks4: [1080, 9050],
  socks5: [1080, 9050],
};

/** Each check's own time budget, counted from its start and cut by the total deadline. A relay
 * check on a server that waits up to 2 s before each refusal needs about 10 s over its four
 * connections; a proxy needs a connect, one answer and a fetch of the canary. */
export const CHECK_BUDGET_MS: Readonly<Record<CheckKind, number>> = {
  "smtp-relay": 18_000,
  "http-proxy": 12_000,
  "http-post": 12_000,
  "http-connect": 12_000,
  socks4: 12_000,
  socks5: 12_000,
};

/** SMTP ports where TLS starts with the first byte (SMTPS). */
export const IMPLICIT_TLS_PORTS: ReadonlySet<number> = new Set([465]);

export const DEFAULTS = {
  connectTimeoutMs: 4_000,
  idleTimeoutMs: 6_000,
  totalTimeoutMs: 20_000,
  concurrency: 48,
  /** bytes read per connection, whatever the peer sends */
  maxBytesPerConnection: 8 * 1024,
  /** longest reply line accepted (RFC 5321 allows 512) */
  maxLineBytes: 1024,
  canaryDomain: "relay-canary.invalid",
  heloName: "probe.secure-your-server.invalid",
} as const;
