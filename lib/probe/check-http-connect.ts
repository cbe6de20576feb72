// http-connect: "CONNECT canary-host:port", then one GET for the canary through the tunnel.
// The tunnel only ever points at our canary, so no third party is contacted.
import type { CheckContext } from "./context";
import {
  authority,
  fetchThrough,
  headEnd,
  notHttp,
  judgeEmpty,
  judgeFetched,
  judgeStatus,
  parseHead,
  recordResponse,
  softwareOf,
  tunnelQuietMs,
} from "./http-response";
import type { Outcome } from "./outcome";
import type { Transcript } from "./transcript";
import { withWire } from "./with-wire";

export async function runHttpConnect(ctx: CheckContext, transcript: Transcript): Promise<Outcome> {
  return withWire(ctx, transcript, async (wire) => {
    const issued = await ctx.canary.issueNonce();
    const dest = authority(ctx);
    for (const l of [`CONNECT ${dest} HTTP/1.1`, `Host: ${dest}`]) transcript.sent(l);
    wire.write(`CONNECT ${dest} HTTP/1.1\r\nHost: ${dest}\r\n\r\n`);
    const first = await wire.readUntil((b) => headEnd(b) >= 0 || notHttp(b));
    const head = parseHead(first.data);
    const software = softwareOf(head, first.data);
    if (!head) return judgeEmpty(first.data, first.state);
    recordResponse(transcript, first.data.subarray(0, head.bodyStart));
    const refused = judgeStatus(head.status, software);
    if (refused) return refused;
    if (first.state !== "match") return judgeFetched(ctx, issued, first.data, software);
    // Whatever follows the 2xx head already belongs to the tunnel.
    wire.consume(head.bodyStart);
    const path = new URL(ctx.canary.url(issued.nonce)).pathname;
    const tunnelled = await fetchThrough(wire, path, dest, issued.proof, {
      quietMs: tunnelQuietMs(wire, ctx.limits.idleTimeoutMs),
      reached: () => ctx.canary.wasFetched(issued.nonce),
    });
    recordResponse(transcript, tunnelled.data);
    return judgeFetched(ctx, issued, tunnelled.data, software);
  });
}
