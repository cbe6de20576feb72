// http-proxy: one GET with an absolute URI for our canary ("GET http://canary/syscanary/<nonce>").
// http-post: the same with POST and a small form body, because some proxies refuse GET but
// forward POST (HOPM tests it too). A proxy that forwards it returns the canary's proof; nothing
// else is ever requested.
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

export const runHttpProxy = (ctx: CheckContext, transcript: Transcript) => runAbsolute("GET", ctx, transcript);
export const runHttpPost = (ctx: CheckContext, transcript: Transcript) => runAbsolute("POST", ctx, transcript);

async function runAbsolute(method: "GET" | "POST", ctx: CheckContext, transcript: Transcript): Promise<Outcome> {
  return withWire(ctx, transcript, async (wire) => {
    const issued = await ctx.canary.issueNonce();
    const { data, state } = await fetchThrough(wire, ctx.canary.url(issued.nonce), authority(ctx), issued.proof, { method });
    recordResponse(transcript, data);
    const head = parseHead(data);
    const software = softwareOf(head, data);
    // Whatever the proxy says about itself, a fetch the canary recorded is judged as one.
    if (data.includes(issued.proof) || (await ctx.canary.wasFetched(issued.nonce)))
      return judgeFetched(ctx, issued, data, software);
    if (!head) return judgeEmpty(data, state);
    return judgeStatus(head.status, software) ?? judgeFetched(ctx, issued, data, software);
  });
}
