// Public types of the probe engine. CheckKind, Verdict, CheckResult and SelfTestReport are the
// engine contract from shared/design/architecture.md: other code (site, CLI, storage) relies on
// their exact shape, so extend only by adding new types here, never by changing these.

import type { BlocklistResult, ReverseDns } from "../blocklists/lookup";

export type CheckKind = "smtp-relay" | "http-proxy" | "http-post" | "http-connect" | "socks4" | "socks5";

export type Verdict = "vulnerable" | "secure" | "no-service" | "inconclusive";

export interface TranscriptLine {
  dir: "sent" | "received";
  line: string;
}

export interface CheckResult {
  kind: CheckKind;
  port: number;
  verdict: Verdict;
  /** kebab-case code, one of REASON_CODES */
  reason: string;
  /** detected product, lower-case (postfix, squid, …) or null */
  software: string | null;
  durationMs: number;
  /** sanitized, byte-capped */
  transcript: TranscriptLine[];
  /** slug of the fix guide (one of FIX_SLUGS) when vulnerable, else null */
  fix: string | null;
}

export interface SelfTestReport {
  schema: 1;
  target: string;
  startedAt: string;
  durationMs: number;
  /** worst of checks: vulnerable > inconclusive > secure > no-service */
  verdict: Verdict;
  checks: CheckResult[];
  /** the public DNS blocklists' answers for target, one per list; absent when not looked up */
  blocklists?: BlocklistResult[];
  /** target's PTR name and whether it resolves back; null without one; absent when not looked up */
  reverseDns?: ReverseDns | null;
}

/** A nonce issued by the canary and the proof its page carries for that nonce. */
export interface CanaryNonce {
  nonce: string;
  /** HMAC of the nonce with the canary's per-process secret: a proxy cannot compute it */
  proof: string;
}

/**
 * The canary HTTP listener that proxies are asked to fetch (see canary.ts). Asynchronous so that
 * the engine can run in another thread or process than the listener (lib/runner).
 */
export interface CanaryEndpoint {
  /** absolute http:// URL carrying the nonce, as reachable by the target */
  url(nonce: string): string;
  /** host (name or IP) and port that tunnels (CONNECT, SOCKS) are asked to reach */
  host: string;
  port: number;
}

export interface Canary extends CanaryEndpoint {
  /** where IPv6 targets are sent instead, when the canary also listens on IPv6 */
  v6?: CanaryEndpoint;
  issueNonce(): Promise<CanaryNonce>;
  /** true once the canary itself has served this nonce (a flag only: no address is kept) */
  wasFetched(nonce: string): Promise<boolean>;
  close(): Promise<void>;
}

export type ProgressEvent =
  | { type: "planned"; checks: { kind: CheckKind; port: number }[] }
  | { type: "start"; kind: CheckKind; port: number }
  | { type: "finish"; result: CheckResult };

export interface ProbeOptions {
  /** lab/test only: permit loopback, private and CGNAT targets */
  allowPrivate?: boolean;
  /** run only these kinds (default: all) */
  only?: CheckKind[];
  /** false: run no checks at all (a blocklist lookup only) */
  checks?: boolean;
  /** look target up in the public DNS blocklists (lib/blocklists) through these resolvers
   * (host:port; empty: the system's); absent: no lookups */
  blocklists?: { resolvers: string[] };
  /** per-kind port override (default: DEFAULT_PORTS) */
  ports?: Partial<Record<CheckKind, number[]>>;
  /** TCP connect timeout per connection (default 4000 ms) */
  connectTimeoutMs?: number;
  /** longest wait for one complete reply once connected (default 6000 ms) */
  idleTimeoutMs?: number;
  /** deadline for the whole self-test (default 20000 ms) */
  totalTimeoutMs?: number;
  /** per-kind time budget of one check, within the total (default CHECK_BUDGET_MS) */
  checkBudgetMs?: Partial<Record<CheckKind, number>>;
  /** checks running at the same time (default 48: one wave for the default plan) */
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (e: ProgressEvent) => void;
  canary: Canary;
  /** domain of the relay-test recipients (default relay-canary.invalid) */
  canaryDomain?: string;
  /** name sent in EHLO/HELO (default probe.secure-your-server.invalid) */
  heloName?: string;
  /** SMTP ports that speak TLS from the first byte (default [465]) */
  smtpsPorts?: number[];
}
