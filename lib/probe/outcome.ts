// Maps what happened on the wire to a verdict. Kept in one place so every check classifies
// timeouts, closes and caps the same way.
import type { ReasonCode } from "./codes";
import type { Verdict } from "./types";
import { ProbeError } from "./wire";

export interface Outcome {
  verdict: Verdict;
  reason: ReasonCode;
  software: string | null;
}

// Nothing there, or not the protocol we speak: the port offers no such service.
const NO_SERVICE = new Set<ReasonCode>([
  "connection-refused",
  "connect-timeout",
  "unreachable",
  "closed-without-reply",
  "not-smtp",
  "not-http",
  "not-socks",
]);

export function outcome(verdict: Verdict, reason: ReasonCode, software: string | null = null): Outcome {
  return { verdict, reason, software };
}

/** Anything thrown by a check becomes a verdict; unknown errors never escape as rejections. */
export function outcomeOfError(err: unknown, software: string | null = null): Outcome {
  if (err instanceof ProbeError) {
    return outcome(NO_SERVICE.has(err.code) ? "no-service" : "inconclusive", err.code, software);
  }
  return outcome("inconclusive", "internal-error", software);
}
