// Just enough HTTP/1.x response parsing to judge a proxy: status, headers for software
// detection, and whether the canary's proof came back. Works on the byte-capped buffer.
import type { CheckContext } from "./context";
import { outcome, type Outcome } from "./outcome";
import { detectHttpSoftware } from "./software";
import type { Transcript } from "./transcript";
import type { CanaryNonce } from "./types";
import type { ReadState, Wire } from "./wire";

export interface Head {
  status: number;
  head: string;
  /** offset of the body in the buffer */
  bodyStart: number;
}

const STATUS_LINE = /^HTTP\/\d(?:\.\d)? (\d{3})\b/;

export function headEnd(buf: Buffer): number {
  const i = buf.indexOf("\r\n\r\n");
  if (i >= 0) return i + 4;
  const j = buf.indexOf("\n\n");
  return j >= 0 ? j + 2 : -1;
}

/** Parses the status line and headers, or returns null when the bytes are not HTTP. */
export function parseHead(buf: Buffer): Head | null {
  const text = buf.toString("latin1");
  const m = STATUS_LINE.exec(text);
  if (!m) return null;
  const end = headEnd(buf);
  return { status: Number(m[1]), head: end >= 0 ? text.slice(0, end) : text, bodyStart: end >= 0 ? end : buf.length };
}

/** Garbage can be judged from its first bytes; no need to wait for more of it. */
export function notHttp(buf: Buffer): boolean {
  return buf.length >= 5 && buf.subarray(0, 5).toString("latin1") !== "HTTP/";
}

/** True once a full response is buffered (Content-Length or chunked), so keep-alive peers
 * that never close do not cost an idle timeout. */
export function responseComplete(buf: Buffer): boolean {
  const end = headEnd(buf);
  if (end < 0) return false;
  const head = buf.subarray(0, end).toString("latin1");
  const len = /^content-length:\s*(\d+)/im.exec(head);
  if (len) return buf.length - end >= Number(len[1]);
  if (/^transfer-encoding:\s*chunked/im.test(head)) return buf.indexOf("\r\n0\r\n\r\n", end - 2) >= 0;
  return /^HTTP\/\d(?:\.\d)? (1\d\d|204|304)\b/.test(head);
}

export interface FetchOptions {
  /** "POST" sends a small form body, for proxies that refuse GET but forward POST */
  method?: "GET" | "POST";
  /** Through a granted tunnel: how long silence may last before asking the canary whether our
   * request reached it. A real tunnel is already connected, so our request arrives within a
   * round trip or two; a liar that grants and forwards nothing is judged after this instead of
   * a whole idle timeout. */
  quietMs?: number;
  /** has the canary served this nonce? (asked once the quiet time is over) */
  reached?: () => Promise<boolean>;
}

export const POST_BODY = "secure-your-server=selftest";

/** Sends a request for the canary and reads until the proof or a complete response arrives. */
export async function fetchThrough(wire: Wire, requestTarget: string, hostHeader: string, proof: string, opts: FetchOptions = {}) {
  const method = opts.method ?? "GET";
  const lines = [
    `${method} ${requestTarget} HTTP/1.1`,
    `Host: ${hostHeader}`,
    "User-Agent: secure-your-server-selftest",
    "Accept: */*",
    ...(method === "POST" ? ["Content-Type: application/x-www-form-urlencoded", `Content-Length: ${POST_BODY.length}`] : []),
    "Connection: close",
  ];
  for (const l of lines) wire.transcript.sent(l);
  wire.write(`${lines.join("\r\n")}\r\n\r\n${method === "POST" ? POST_BODY : ""}`);
  const done = (b: Buffer) => b.includes(proof) || responseComplete(b) || notHttp(b);
  if (opts.quietMs !== undefined && opts.reached) {
    const first = await wire.readUntil((b) => b.length > 0, Date.now() + opts.quietMs);
    if (first.state === "timeout" && !(await opts.reached())) return first;
  }
  return wire.readUntil(done);
}

/** Quiet time through a tunnel: at least 1 s, more on a slow path (four times the TCP connect). */
export function tunnelQuietMs(wire: Wire, idleTimeoutMs: number): number {
  return Math.min(idleTimeoutMs, Math.max(1_000, 4 * wire.connectMs));
}

/** Records the interesting part of a response: status line, identifying headers, first body line. */
export function recordResponse(t: Transcript, data: Buffer): void {
  const text = data.toString("latin1");
  const lines = text.split(/\r?\n/);
  const end = lines.indexOf("");
  const head = end >= 0 ? lines.slice(0, end) : lines;
  head.forEach((l, i) => {
    if (i === 0 || /^(server|via|proxy-authenticate|content-type|content-length):/i.test(l)) t.received(l);
  });
  const body = end >= 0 ? lines.slice(end + 1).find((l) => l.trim() !== "") : undefined;
  if (body !== undefined) t.received(body);
}

/** Canary host as it appears in a Host header or CONNECT authority. */
export function authority(ctx: CheckContext): string {
  const h = ctx.canary.host.includes(":") ? `[${ctx.canary.host}]` : ctx.canary.host;
  return `${h}:${ctx.canary.port}`;
}

/** Judges bytes that should contain the canary's answer. Vulnerable needs both halves: the
 * canary itself served this nonce, and its keyed proof came back. A 200 or "granted" without
 * them is never enough, and neither is a proof the canary never served (a forgery or a leak). */
export async function judgeFetched(
  ctx: CheckContext,
  issued: CanaryNonce,
  data: Buffer,
  software: string | null,
): Promise<Outcome> {
  const fetched = await ctx.canary.wasFetched(issued.nonce);
  if (fetched && data.includes(issued.proof)) return outcome("vulnerable", "nonce-returned", software);
  if (fetched) return outcome("inconclusive", "canary-reached-no-echo", software);
  return outcome("inconclusive", "nonce-missing", software);
}

/** Status of a proxy's own answer (not a tunnelled one): refusals are secure, gateway errors
 * mean it tried and could not reach the canary, so we cannot tell. */
export function judgeStatus(status: number, software: string | null): Outcome | null {
  if (status === 407) return outcome("secure", "auth-required", software);
  if (status >= 200 && status < 300) return null;
  if (status === 502 || status === 503 || status === 504) return outcome("inconclusive", "upstream-failed", software);
  return outcome("secure", "proxy-refused", software);
}

export function softwareOf(head: Head | null, data: Buffer): string | null {
  if (!head) return null;
  return detectHttpSoftware(head.head, data.subarray(head.bodyStart).toString("latin1"));
}

/** Nothing usable came back at all: say why (nothing / silence / not HTTP). */
export function judgeEmpty(data: Buffer, state: ReadState): Outcome {
  if (data.length === 0) {
    return state === "timeout" ? outcome("inconclusive", "timeout") : outcome("no-service", "closed-without-reply");
  }
  return outcome("no-service", "not-http");
}
