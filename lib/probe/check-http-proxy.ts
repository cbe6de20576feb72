// http-proxy: one GET with an absolute URI for our canary ("GET http://canary/syscanary/<nonce>").
// A proxy that forwards it returns the canary's proof; nothing else is ever requested.
import { canaryProof } from "./canary";
import type { CheckContext } from "./context";
import {
  authority,
  fetchThrough,
  judgeEmpty,
  judgeFetched,
  judgeStatus,
  parseHead,
  recordResponse,
  softwareOf,
} from "./http-response";
import type { Outcome } from "./outcome";
import type { Transcript } from "./transcript";
import { withWire } from "./with-wire";

export async function runHttpProxy(ctx: CheckContext, transcript: Transcript): Promise<Outcome> {
  return withWire(ctx, transcript, async (wire) => {
    const nonce = ctx.canary.issueNonce();
    const proof = canaryProof(nonce);
    const { data, state } = await fetchThrough(wire, ctx.canary.url(nonce), authority(ctx), proof);
    recordResponse(transcript, data);
    const head = parseHead(data);
    const software = softwareOf(head, data);
    if (data.includes(proof) || ctx.canary.wasFetched(nonce))
      return judgeFetched(ctx, nonce, data, software);
    if (!head) return judgeEmpty(data, state);
    return judgeStatus(head.status, software) ?? judgeFetched(ctx, nonce, data, software);
  });
}
