// The one error type checks throw: its code is the reason reported for the check.
import type { ReasonCode } from "./codes";

export class ProbeError extends Error {
  constructor(readonly code: ReasonCode) {
    super(code);
    this.name = "ProbeError";
  }
}

/** Why a signal fired: the orchestrator aborts with a ProbeError (deadline or aborted). */
export function abortCode(signal: AbortSignal): ProbeError {
  return signal.reason instanceof ProbeError ? signal.reason : new ProbeError("aborted");
}
