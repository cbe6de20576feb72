// The canary: a tiny HTTP listener that open proxies are asked to fetch. It answers only
// nonces it issued, so a proxy that "succeeds" without reaching us cannot fake the proof, and
// its body carries a proof token derived from the nonce (not the nonce alone) so that an error
// page merely echoing our request URL is never mistaken for a fetched canary.
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Canary } from "./types";

export const CANARY_PATH_PREFIX = "/syscanary/";
const NONCE_RE = /^[0-9a-f]{32}$/;
// Bounded memory whatever the request rate: old nonces expire, and the map never grows past
// MAX_NONCES (oldest first out, Map keeps insertion order).
const DEFAULT_NONCE_TTL_MS = 5 * 60_000;
const MAX_NONCES = 20_000;

/** What the canary's body must contain for a nonce; checks look for this, not the nonce. */
export function canaryProof(nonce: string): string {
  return `proof-${createHash("sha256").update(`secure-your-server:${nonce}`).digest("hex").slice(0, 32)}`;
}

export interface CanaryOptions {
  /** address to listen on, e.g. 127.0.0.1 or 0.0.0.0 */
  host: string;
  /** 0 = ephemeral */
  port: number;
  /** public http:// base URL as reachable by targets (deployments); default http://host:port */
  publicUrl?: string;
  /** how long an issued nonce stays valid (default 5 min) */
  nonceTtlMs?: number;
}

interface NonceEntry {
  issuedAt: number;
  peer: string | null;
}

export async function startCanary(opts: CanaryOptions): Promise<Canary> {
  const nonces = new Map<string, NonceEntry>();
  const ttl = opts.nonceTtlMs ?? DEFAULT_NONCE_TTL_MS;

  const prune = (now: number) => {
    for (const [n, e] of nonces) {
      if (now - e.issuedAt <= ttl && nonces.size < MAX_NONCES) break;
      nonces.delete(n);
    }
  };

  const server = http.createServer((req, res) => {
    // Absolute-form targets ("GET http://…") reach us when a proxy forwards verbatim.
    const path = (req.url ?? "").replace(/^https?:\/\/[^/]*/i, "");
    const nonce = path.startsWith(CANARY_PATH_PREFIX) ? path.slice(CANARY_PATH_PREFIX.length) : "";
    const entry = NONCE_RE.test(nonce) ? nonces.get(nonce) : undefined;
    const fresh = entry !== undefined && Date.now() - entry.issuedAt <= ttl;
    if (entry && fresh && req.method === "GET") {
      entry.peer ??= req.socket.remoteAddress ?? "unknown";
      const body = `secure-your-server canary ${nonce} ${canaryProof(nonce)}\n`;
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
  });
  // Hostile clients must not hold the canary open.
  server.headersTimeout = 5_000;
  server.requestTimeout = 5_000;
  server.keepAliveTimeout = 1_000;
  server.maxHeadersCount = 50;
  server.on("clientError", (_err, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.removeListener("error", reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  const base = new URL(opts.publicUrl ?? `http://${bound.family === "IPv6" ? `[${bound.address}]` : bound.address}:${bound.port}/`);
  if (base.protocol !== "http:") throw new Error("canary publicUrl must be http:// (proxies fetch it in clear)");
  const pathBase = base.pathname.endsWith("/") ? base.pathname.slice(0, -1) : base.pathname;
  if (pathBase !== "") throw new Error("canary publicUrl must not have a path");
  const publicHost = base.hostname.replace(/^\[|\]$/g, "");
  const publicPort = base.port ? Number(base.port) : 80;

  return {
    host: publicHost,
    port: publicPort,
    url: (nonce) => `http://${base.host}${CANARY_PATH_PREFIX}${nonce}`,
    issueNonce() {
      const now = Date.now();
      prune(now);
      const nonce = randomBytes(16).toString("hex");
      nonces.set(nonce, { issuedAt: now, peer: null });
      return nonce;
    },
    wasFetched(nonce) {
      const peer = nonces.get(nonce)?.peer;  // kept until the nonce expires, then forgotten
      return peer ? { peer } : null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
