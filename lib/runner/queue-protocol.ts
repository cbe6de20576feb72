// What the web instance and the probe workers say to each other through Redis (BullMQ carries
// the jobs; Redis pub/sub carries progress and aborts, so the instance that holds the visitor's
// connection hears its test whichever worker runs it).
import type { ProgressEvent, SelfTestReport } from "../probe";
import type { RunOptions } from "./types";

export const QUEUE_NAME = "selftests";

export interface QueueJob {
  target: string;
  options: RunOptions;
}

export type QueueMessage =
  | { t: "progress"; event: ProgressEvent }
  | { t: "done"; report: SelfTestReport }
  | { t: "failed"; refusal: string | null; message: string };

export const progressChannel = (jobId: string) => `sys:selftest:${jobId}:events`;
export const abortChannel = (jobId: string) => `sys:selftest:${jobId}:abort`;
