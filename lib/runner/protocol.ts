// Messages between the worker pool (main thread) and a probe worker. The canary listens in the
// main thread, so the worker asks it for nonces and fetch flags by request id.
import type { Canary, CanaryEndpoint, CanaryNonce, ProgressEvent, SelfTestReport } from "../probe";
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
  /** the same for the IPv6 listener, when there is one */
  v6?: { host: string; port: number; urlPrefix: string };
}

const addressOf = (e: CanaryEndpoint) => ({ host: e.host, port: e.port, urlPrefix: e.url("") });
const endpointOf = (a: Omit<CanaryAddress, "v6">): CanaryEndpoint => ({ host: a.host, port: a.port, url: (nonce) => `${a.urlPrefix}${nonce}` });

export function canaryAddress(c: Canary): CanaryAddress {
  return { ...addressOf(c), ...(c.v6 ? { v6: addressOf(c.v6) } : {}) };
}

/** The endpoints a worker tells the engine about, rebuilt from the address it was given. */
export function canaryEndpoints(a: CanaryAddress): CanaryEndpoint & { v6?: CanaryEndpoint } {
  return { ...endpointOf(a), ...(a.v6 ? { v6: endpointOf(a.v6) } : {}) };
}
