// How the site runs a self-test, whatever runs it: in this thread, in a pool of worker threads,
// or (later) in probe workers behind a job queue. The site only sees ProbeRunner.run.
import type { ProbeOptions, ProgressEvent, SelfTestReport } from "../probe";

/** What a run needs besides the target: plain data, so it can cross a thread or a queue. */
export type RunOptions = Pick<
  ProbeOptions,
  "allowPrivate" | "only" | "checks" | "blocklists" | "ports" | "canaryDomain" | "heloName" | "connectTimeoutMs" | "idleTimeoutMs" | "totalTimeoutMs" | "smtpsPorts"
>;

export interface RunHooks {
  onProgress?: (e: ProgressEvent) => void;
  signal?: AbortSignal;
}

export interface ProbeRunner {
  /** Resolves with the report; rejects with TargetRefusedError, or an Error when the runner failed. */
  run(target: string, options: RunOptions, hooks?: RunHooks): Promise<SelfTestReport>;
  close(): Promise<void>;
}
