// The canary: a tiny HTTP listener that open proxies are asked to fetch. It answers only nonces
// it issued, and its body carries a proof that is an HMAC of the nonce under a secret that never
// leaves this closure: a proxy sees the nonce but cannot compute the proof, so only a real fetch
// through it can bring the proof back. It is an internet-facing port, so every connection is
// bounded in time and in number (issue 10, items 5 to 7).
import { createHmac, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { boundConnections, type ConnectionLimits } from "./canary-connections";
import type { Canary, CanaryEndpoint } from "./types";

export { connectionSource } from "./canary-connections";

export const CANARY_PATH_PREFIX = "/syscanary/";
const NONCE_RE = /^[0-9a-f]{32}$/;

// A proxy that fetches us sends a request head of a few hundred bytes at once and we answer in
// one write with "Connection: close", so a healthy connection lives milliseconds. Seconds of
// slack cost nothing to proxies and make a slowloris or idle flood cheap to shrug off.
export const CANARY_DEFAULTS = {
  nonceTtlMs: 5 * 60_000,
  headersTimeoutMs: 3_000,
  requestTimeoutMs: 5_000,
  idleTimeoutMs: 2_000,
  maxConnections: 256,
  maxConnectionsPerSource: 8,
} as const;
// Bounded memory whatever the request rate: oldest nonce out first (Map keeps insertion order).
const MAX_NONCES = 20_000;

export interface CanaryOptions {
  /** address to listen on, e.g. 127.0.0.1 or 0.0.0.0 */
  host: string;
  /** 0 = ephemeral */
  port: number;
  /** public http:// base URL as reachable by targets (deployments); default http://host:port */
  publicUrl?: string;
  /** a second listener for IPv6 targets (e.g. host "::"), sharing nonces and proofs: an IPv6
   * visitor's proxy is asked to fetch it at its own URL */
  v6?: { host: string; port: number; publicUrl?: string };
  /** how long an issued nonce stays valid (default 5 min) */
  nonceTtlMs?: number;
  /** a connection must deliver a complete request head this soon after connecting (default 3 s) */
  headersTimeoutMs?: number;
  /** hard cap on a connection's life, whatever it sends (default 5 s) */
  requestTimeoutMs?: number;
  /** a connection that sends nothing for this long is closed (default 2 s) */
  idleTimeoutMs?: number;
  /** open connections in all; extras are dropped at once (default 256) */
  maxConnections?: number;
  /** open connections per source, an IPv4 address or an IPv6 /64; extras are dropped (default 8) */
  maxConnectionsPerSource?: number;
}

/** All the canary remembers about a nonce: when it was issued and whether it was served. The
 * fetching address is deliberately absent (privacy promise, issue 10 item 5). */
export interface NonceEntry {
  issuedAt: number;
  fetched: boolean;
}

export function createNonceStore(ttlMs: number, maxNonces = MAX_NONCES) {
  const nonces = new Map<string, NonceEntry>();
  const prune = (now: number) => {
    for (const [n, e] of nonces) {
      if (now - e.issuedAt <= ttlMs && nonces.size < maxNonces) break;
      nonces.delete(n);
    }
  };
  return {
    issue(now = Date.now()): string {
      prune(now);
      const nonce = randomBytes(16).toString("hex");
      nonces.set(nonce, { issuedAt: now, fetched: false });
      return nonce;
    },
    /** the entry of a nonce that is still valid, else undefined */
    live(nonce: string, now = Date.now()): NonceEntry | undefined {
      const e = nonces.get(nonce);
      return e && now - e.issuedAt <= ttlMs ? e : undefined;
    },
    /** kept until the nonce is pruned, then forgotten */
    wasFetched: (nonce: string): boolean => nonces.get(nonce)?.fetched === true,
  };
}

function checkPublicUrl(base: URL): void {
  if (base.protocol !== "http:") throw new Error("canary publicUrl must be http:// (proxies fetch it in clear)");
  if (base.pathname !== "/") throw new Error("canary publicUrl must not have a path");
}

export async function startCanary(opts: CanaryOptions): Promise<Canary> {
  const store = createNonceStore(opts.nonceTtlMs ?? CANARY_DEFAULTS.nonceTtlMs);
  const secret = randomBytes(32); // per canary, never exported: proofs cannot be computed outside
  const proofOf = (nonce: string) => `proof-${createHmac("sha256", secret).update(nonce).digest("hex")}`;

  const handler: http.RequestListener = (req, res) => {
    // Absolute-form targets ("GET http://…") reach us when a proxy forwards verbatim.
    const path = (req.url ?? "").replace(/^https?:\/\/[^/]*/i, "");
    const nonce = path.startsWith(CANARY_PATH_PREFIX) ? path.slice(CANARY_PATH_PREFIX.length) : "";
    const entry = NONCE_RE.test(nonce) ? store.live(nonce) : undefined;
    // POST for the http-post check; its small body is never read (the answer closes the socket).
    if (entry && (req.method === "GET" || req.method === "POST")) {
      // Set before the body is written: any body carrying the proof implies the flag is set.
      entry.fetched = true;
      const body = `secure-your-server canary ${nonce} ${proofOf(nonce)}\n`;
      res.writeHead(200, {
        "content-type": "text/plain; charset=utf-8",
        "content-length": Buffer.byteLength(body),
        "cache-control": "no-store",
        connection: "close",
      });
      res.end(body);
      return;
    }
    res.writeHead(404, { "content-type": "text/plain", "content-length": 10, connection: "close" });
    res.end("not found\n");
  };
  const limits: ConnectionLimits = {
    headersTimeoutMs: opts.headersTimeoutMs ?? CANARY_DEFAULTS.headersTimeoutMs,
    requestTimeoutMs: opts.requestTimeoutMs ?? CANARY_DEFAULTS.requestTimeoutMs,
    idleTimeoutMs: opts.idleTimeoutMs ?? CANARY_DEFAULTS.idleTimeoutMs,
    maxConnections: opts.maxConnections ?? CANARY_DEFAULTS.maxConnections,
    maxConnectionsPerSource: opts.maxConnectionsPerSource ?? CANARY_DEFAULTS.maxConnectionsPerSource,
  };

  const main = await listen(handler, limits, opts);
  let v6: Listening | undefined;
  try {
    if (opts.v6) v6 = await listen(handler, limits, { ...opts.v6, ipv6Only: true });
  } catch (e) {
    await main.close();
    throw e;
  }
  return {
    ...main.endpoint,
    ...(v6 ? { v6: v6.endpoint } : {}),
    async issueNonce() {
      const nonce = store.issue();
      return { nonce, proof: proofOf(nonce) };
    },
    wasFetched: async (nonce) => store.wasFetched(nonce),
    close: async () => void (await Promise.all([main.close(), v6?.close()])),
  };
}

interface Listening {
  endpoint: CanaryEndpoint;
  close(): Promise<void>;
}

async function listen(
  handler: http.RequestListener,
  limits: ConnectionLimits,
  where: { host: string; port: number; publicUrl?: string; ipv6Only?: boolean },
): Promise<Listening> {
  if (where.publicUrl) checkPublicUrl(new URL(where.publicUrl)); // before listening: nothing to undo
  // A request head is a few hundred bytes; a smaller parser buffer is less to hold per socket.
  const server = http.createServer({ maxHeaderSize: 8 * 1024 }, handler);
  server.maxHeadersCount = 50;
  boundConnections(server, limits);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port: where.port, host: where.host, ipv6Only: where.ipv6Only ?? false }, () => {
      server.removeListener("error", reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  const base = new URL(where.publicUrl ?? `http://${bound.family === "IPv6" ? `[${bound.address}]` : bound.address}:${bound.port}/`);
  return {
    endpoint: {
      host: base.hostname.replace(/^\[|\]$/g, ""),
      port: base.port ? Number(base.port) : 80,
      url: (nonce) => `http://${base.host}${CANARY_PATH_PREFIX}${nonce}`,
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
