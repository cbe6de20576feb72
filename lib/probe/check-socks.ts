// socks4 / socks5: the `socks` package performs the handshake on our own bounded connection
// (so caps, timeouts and abort still apply), asking only for a tunnel to the canary and, for
// SOCKS5, offering only "no authentication". Then one GET for the canary through the tunnel.
import { SocksClient } from "socks";
import type { CheckContext } from "./context";
import { authority, fetchThrough, judgeFetched, recordResponse, tunnelQuietMs } from "./http-response";
import { outcome, outcomeOfError, type Outcome } from "./outcome";
import type { Transcript } from "./transcript";
import { withWire } from "./with-wire";

export async function runSocks(
  version: 4 | 5,
  ctx: CheckContext,
  transcript: Transcript,
): Promise<Outcome> {
  return withWire(ctx, transcript, async (wire) => {
    const issued = await ctx.canary.issueNonce();
    transcript.sent(
      `SOCKS${version} CONNECT ${authority(ctx)}${version === 5 ? " (methods offered: no-auth)" : ""}`,
    );
    try {
      await SocksClient.createConnection({
        command: "connect",
        proxy: { host: ctx.target, port: ctx.port, type: version },
        destination: { host: ctx.canary.host, port: ctx.canary.port },
        existing_socket: wire.rawSocket,
        timeout: ctx.limits.idleTimeoutMs,
      });
    } catch (e) {
      if (ctx.limits.signal.aborted) return outcomeOfError(ctx.limits.signal.reason);
      const peek = await wire.readUntil(() => true);
      if (peek.data.length > 0) transcript.receivedBytes(peek.data, "reply");
      if (!looksLikeSocks(version, peek.data)) return outcome("no-service", "not-socks");
      return judgeSocksError(e instanceof Error ? e.message : String(e), wire.receivedBytes);
    }
    // The package judges a SOCKS4 reply by its second byte alone: garbage passes once in 256.
    const reply = await wire.readUntil(() => true);
    if (!looksLikeSocks(version, reply.data)) {
      transcript.receivedBytes(reply.data, "reply");
      return outcome("no-service", "not-socks");
    }
    transcript.received(`SOCKS${version} request granted`);
    wire.consume(); // handshake bytes; the socks package re-emits any tunnel bytes it held
    const path = new URL(ctx.canary.url(issued.nonce)).pathname;
    const { data } = await fetchThrough(wire, path, authority(ctx), issued.proof, {
      quietMs: tunnelQuietMs(wire, ctx.limits.idleTimeoutMs),
      reached: () => ctx.canary.wasFetched(issued.nonce),
    });
    recordResponse(transcript, data);
    return judgeFetched(ctx, issued, data, null);
  });
}

// The `socks` package reads any 8 bytes as a SOCKS4 reply ("HTTP/1.1 400" becomes "rejected"),
// so check the version byte and reply code ourselves before trusting its verdict.
function looksLikeSocks(version: 4 | 5, reply: Buffer): boolean {
  if (reply.length === 0) return true; // nothing to judge: let the error message decide
  if (version === 5) return reply[0] === 5;
  return (
    (reply[0] === 0 || reply[0] === 4) && (reply.length < 2 || (reply[1]! >= 90 && reply[1]! <= 93))
  );
}

// Maps the `socks` package's error messages (see its ERRORS table) to our codes.
function judgeSocksError(message: string, received: number): Outcome {
  if (
    /no accepted authentication type|unknown authentication type|authentication failed/i.test(
      message,
    )
  ) {
    return outcome("secure", "auth-required");
  }
  // The proxy tried and could not reach the canary: it may be open, we cannot tell.
  if (
    /rejected connection - (HostUnreachable|NetworkUnreachable|ConnectionRefused|TTLExpired)/i.test(
      message,
    )
  ) {
    return outcome("inconclusive", "upstream-failed");
  }
  if (/rejected/i.test(message)) return outcome("secure", "socks-rejected");
  if (/timed out/i.test(message)) return outcome("inconclusive", "timeout");
  if (/socket closed/i.test(message)) {
    return received === 0
      ? outcome("no-service", "closed-without-reply")
      : outcome("inconclusive", "connection-closed");
  }
  if (/invalid/i.test(message)) return outcome("no-service", "not-socks");
  return outcome("inconclusive", "internal-error");
}
