// Messages between the worker pool (main thread) and a probe worker. The canary listens in the
// main thread, so the worker asks it for nonces and fetch flags by request id.
import type { CanaryNonce, ProgressEvent, SelfTestReport } from "../probe";
import type { RunOptions } from "./types";

export type ToWorker =
  | { t: "run"; id: number; target: string; options: RunOptions }
  | { t: "abort"; id: number }
  | { t: "canary-reply"; rid: number; nonce?: CanaryNonce; fetched?: boolean; error?: string };

export type FromWorker =
  | { t: "progress"; id: number; event: ProgressEvent }
  | { t: "done"; id: number; report: SelfTestReport }
  | { t: "failed"; id: number; refusal: string | null; message: string }
  | { t: "canary-issue"; rid: number }
  | { t: "canary-fetched"; rid: number; nonce: string };

/** What a worker needs to know of the canary to build URLs without asking. */
export interface CanaryAddress {
  host: string;
  port: number;
  /** canary.url("") : the URL of a nonce is this followed by the nonce */
  urlPrefix: string;
}
