// Public API of the probe engine. Import from "@/lib/probe" only; internals may move.
export type { Canary, CanaryEndpoint, CanaryNonce, CheckKind, CheckResult, ProbeOptions, ProgressEvent, SelfTestReport, TranscriptLine, Verdict } from "./types";
export { runSelfTest, planChecks, worstVerdict, TargetRefusedError } from "./run-self-test";
export { assessTarget, type Assessment } from "./assess-target";
export { startCanary, CANARY_DEFAULTS, type CanaryOptions } from "./canary";
export {
  REASON_CODES,
  FIX_SLUGS,
  REFUSAL_CODES,
  RELAY_VARIANTS,
  CHECK_KINDS,
  fixFor,
  type ReasonCode,
  type FixSlug,
  type RefusalCode,
  type RelayVariant,
} from "./codes";
export { DEFAULTS, DEFAULT_PORTS } from "./defaults";
export { KNOWN_SOFTWARE } from "./software";
