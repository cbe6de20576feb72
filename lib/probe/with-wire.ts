// The frame every proxy check shares: open the bounded connection, run the dialogue, always close
// it, and turn any failure (refused, timeout, cap, abort) into an outcome rather than a rejection.
import type { CheckContext } from "./context";
import { outcomeOfError, type Outcome } from "./outcome";
import type { Transcript } from "./transcript";
import type { Wire } from "./wire";
import { connectWire } from "./wire-connect";

export async function withWire(
  ctx: CheckContext,
  transcript: Transcript,
  dialogue: (wire: Wire) => Promise<Outcome>,
): Promise<Outcome> {
  let wire: Wire;
  try {
    wire = await connectWire(ctx.target, ctx.port, ctx.limits, transcript);
  } catch (e) {
    return outcomeOfError(e);
  }
  try {
    return await dialogue(wire);
  } catch (e) {
    return outcomeOfError(e);
  } finally {
    wire.close();
  }
}
