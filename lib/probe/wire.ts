// One bounded TCP (optionally TLS) connection. Every read has a deadline, every byte counts
// against a per-connection cap, and an AbortSignal tears it down: a hostile peer (tarpit,
// endless line, garbage) costs at most one idle timeout and a few KiB of memory.
import type net from "node:net";
import tls from "node:tls";
import type { ReasonCode } from "./codes";
import { ProbeError, abortCode } from "./probe-error";
import { clientContext } from "./tls-context";
import type { Transcript } from "./transcript";

export { ProbeError } from "./probe-error";

export interface WireLimits {
  connectTimeoutMs: number;
  idleTimeoutMs: number;
  maxBytes: number;
  maxLineBytes: number;
  /** its reason, when a ProbeError, names why we stopped (deadline or aborted) */
  signal: AbortSignal;
}

export type ReadState = "match" | "ended" | "capped" | "timeout";

export class Wire {
  private buf: Buffer = Buffer.alloc(0);
  private total = 0;
  private overflow = false;
  private ended = false;
  private failure: ProbeError | null = null;
  private wake: (() => void) | null = null;
  private closed = false;
  private readonly tcp: net.Socket;

  constructor(
    private socket: net.Socket,
    private readonly limits: WireLimits,
    readonly transcript: Transcript,
    /** how long the TCP connect took: about one round trip */
    readonly connectMs = 0,
  ) {
    this.tcp = socket;
    this.attach(socket);
    limits.signal.addEventListener("abort", this.onAbort, { once: true });
  }

  /** Bytes received so far (before TLS, the handshake bytes are not counted). */
  get receivedBytes(): number {
    return this.total;
  }

  get rawSocket(): net.Socket {
    return this.socket;
  }

  get isEnded(): boolean {
    return this.ended || this.closed;
  }

  private readonly onData = (chunk: Buffer) => {
    const room = this.limits.maxBytes - this.total;
    if (chunk.length > room) {
      chunk = chunk.subarray(0, Math.max(0, room));
      this.overflow = true;
      this.socket.destroy();
    }
    this.total += chunk.length;
    this.buf = this.buf.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.buf, chunk]);
    this.notify();
  };

  private readonly onEnd = () => {
    this.ended = true;
    this.notify();
  };

  private readonly onAbort = () => {
    this.failure ??= abortCode(this.limits.signal);
    this.socket.destroy();
    this.notify();
  };

  private attach(s: net.Socket): void {
    s.on("data", this.onData);
    s.on("end", this.onEnd);
    s.on("close", this.onEnd);
    s.on("error", this.onEnd); // resets mid-dialogue read as "closed"; callers classify
  }

  private detach(s: net.Socket): void {
    s.removeListener("data", this.onData);
    s.removeListener("end", this.onEnd);
    s.removeListener("close", this.onEnd);
    s.removeListener("error", this.onEnd);
    s.on("error", () => {});
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  /** Resolves at the next socket event; false when `until` passed first. */
  private waitEvent(until: number): Promise<boolean> {
    const ms = until - Date.now();
    if (ms <= 0) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve(false);
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
  }

  deadline(): number {
    return Date.now() + this.limits.idleTimeoutMs;
  }

  /** One line without its CR LF. Throws ProbeError on timeout, close, caps or abort.
   * `reject` may judge a partial line early (garbage need not be waited for). */
  async readLine(until = this.deadline(), reject?: (partial: Buffer) => ReasonCode | null): Promise<string> {
    for (;;) {
      if (this.failure) throw this.failure;
      const early = reject?.(this.buf);
      if (early) throw new ProbeError(early);
      const nl = this.buf.indexOf(10);
      if (nl >= 0 && nl < this.limits.maxLineBytes) {
        const line = this.buf.subarray(0, nl).toString("latin1").replace(/\r$/, "");
        this.buf = this.buf.subarray(nl + 1);
        return line;
      }
      if (nl >= 0 || this.buf.length >= this.limits.maxLineBytes) throw new ProbeError("line-too-long");
      if (this.overflow) throw new ProbeError("too-much-data");
      if (this.isEnded) throw new ProbeError(this.total === 0 ? "closed-without-reply" : "connection-closed");
      if (!(await this.waitEvent(until))) throw new ProbeError("timeout");
    }
  }

  /** Reads until `match(buffer)` holds, the peer closes, the cap is hit, or `until` passes. */
  async readUntil(match: (b: Buffer) => boolean, until = this.deadline()): Promise<{ data: Buffer; state: ReadState }> {
    for (;;) {
      if (this.failure) throw this.failure;
      if (match(this.buf)) return { data: this.buf, state: "match" };
      if (this.overflow) return { data: this.buf, state: "capped" };
      if (this.isEnded) return { data: this.buf, state: "ended" };
      if (!(await this.waitEvent(until))) return { data: this.buf, state: "timeout" };
    }
  }

  /** Drops buffered bytes, e.g. a handshake already parsed by another library. */
  consume(n = this.buf.length): void {
    this.buf = this.buf.subarray(n);
  }

  send(line: string): void {
    this.transcript.sent(line);
    this.write(`${line}\r\n`);
  }

  write(data: string | Buffer): void {
    if (!this.socket.destroyed && this.socket.writable) this.socket.write(data);
  }

  /** Upgrades in place (STARTTLS or implicit TLS). Certificates are not verified on purpose:
   * we test relaying, not TLS; a handshake failure is reported as tls-failed. */
  async startTls(): Promise<void> {
    if (this.failure) throw this.failure;
    const raw = this.socket;
    this.detach(raw);
    this.buf = Buffer.alloc(0); // bytes sent before the handshake could be an injection
    const secure = tls.connect({ socket: raw, rejectUnauthorized: false, secureContext: clientContext() });
    this.socket = secure;
    await new Promise<void>((resolve, reject) => {
      const finish = (err: ProbeError | null) => {
        clearTimeout(timer);
        this.limits.signal.removeEventListener("abort", abort);
        secure.removeListener("secureConnect", ok);
        secure.removeListener("error", bad);
        if (err) {
          secure.on("error", () => {});
          secure.destroy();
          this.ended = true;
          reject(err);
        } else {
          resolve();
        }
      };
      const ok = () => finish(null);
      const bad = () => finish(new ProbeError("tls-failed"));
      const abort = () => finish(abortCode(this.limits.signal));
      const timer = setTimeout(bad, this.limits.idleTimeoutMs);
      secure.once("secureConnect", ok);
      secure.once("error", bad);
      this.limits.signal.addEventListener("abort", abort, { once: true });
    });
    this.attach(secure);
  }

  /** Always safe to call; destroys the socket so nothing outlives the check. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.limits.signal.removeEventListener("abort", this.onAbort);
    this.detach(this.socket);
    this.socket.destroy();
    if (this.tcp !== this.socket) {
      this.tcp.on("error", () => {});
      this.tcp.destroy();
    }
    this.notify();
  }
}
