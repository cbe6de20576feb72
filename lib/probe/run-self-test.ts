// Orchestrates one self-test: refuse non-public targets, plan (kind, port) checks, run them in
// parallel under a concurrency cap and a total deadline, report progress, never reject because
// of what a peer did. A pure function of (target, options): runs the same in-process or in a
// queue worker.
import { setMaxListeners } from "node:events";
import { checkBlocklists } from "../blocklists";
import { CHECK_KINDS, fixFor, type RefusalCode } from "./codes";
import type { CheckContext } from "./context";
import { runHttpConnect } from "./check-http-connect";
import { runHttpPost, runHttpProxy } from "./check-http-proxy";
import { runSmtpRelay } from "./check-smtp";
import { runSocks } from "./check-socks";
import { CHECK_BUDGET_MS, DEFAULTS, DEFAULT_PORTS, IMPLICIT_TLS_PORTS } from "./defaults";
import { assessTarget } from "./assess-target";
import { outcomeOfError, type Outcome } from "./outcome";
import { Transcript } from "./transcript";
import type { CheckKind, CheckResult, ProbeOptions, SelfTestReport, Verdict } from "./types";
import { ProbeError } from "./wire";

/** Thrown (as a rejection) by runSelfTest when assessTarget refuses the target. */
export class TargetRefusedError extends Error {
  constructor(readonly code: RefusalCode) {
    super(`target refused: ${code}`);
    this.name = "TargetRefusedError";
  }
}

type Runner = (ctx: CheckContext, t: Transcript) => Promise<Outcome>;
const RUNNERS: Record<CheckKind, Runner> = {
  "smtp-relay": runSmtpRelay,
  "http-proxy": runHttpProxy,
  "http-post": runHttpPost,
  "http-connect": runHttpConnect,
  socks4: (ctx, t) => runSocks(4, ctx, t),
  socks5: (ctx, t) => runSocks(5, ctx, t),
};

const SEVERITY: Record<Verdict, number> = { vulnerable: 3, inconclusive: 2, secure: 1, "no-service": 0 };

export function worstVerdict(verdicts: Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((w, v) => (SEVERITY[v] > SEVERITY[w] ? v : w), "no-service");
}

export function planChecks(opts: Pick<ProbeOptions, "only" | "ports">): { kind: CheckKind; port: number }[] {
  const kinds = opts.only && opts.only.length > 0 ? CHECK_KINDS.filter((k) => opts.only!.includes(k)) : CHECK_KINDS;
  return kinds.flatMap((kind) =>
    [...new Set(opts.ports?.[kind] ?? DEFAULT_PORTS[kind])]
      .filter((p) => Number.isInteger(p) && p > 0 && p < 65536)
      .map((port) => ({ kind, port })),
  );
}

export async function runSelfTest(target: string, opts: ProbeOptions): Promise<SelfTestReport> {
  const verdict = assessTarget(target, { allowPrivate: opts.allowPrivate });
  if (!verdict.ok) throw new TargetRefusedError(verdict.code);
  const startedAt = new Date();
  const t0 = performance.now();
  const totalMs = opts.totalTimeoutMs ?? DEFAULTS.totalTimeoutMs;
  const plan = opts.checks === false ? [] : planChecks(opts);
  // DNS lookups, bounded by their own ~3 s deadline, run beside the checks. No public list names
  // a private address, so a lab target is looked up only through resolvers named for the lab:
  // tests never send a question to the system's (real) resolvers.
  const lookupsWanted = opts.blocklists && (opts.blocklists.resolvers.length > 0 || assessTarget(verdict.ip).ok);
  const lookups = lookupsWanted ? checkBlocklists(verdict.ip, opts.blocklists!) : Promise.resolve({});
  const emit = (e: Parameters<NonNullable<ProbeOptions["onProgress"]>>[0]) => {
    try {
      opts.onProgress?.(e);
    } catch {
      // a faulty listener must not break the test
    }
  };

  // One controller stops every socket: the caller's signal or our deadline, whichever first.
  const stop = new AbortController();
  setMaxListeners(0, stop.signal); // one listener per open socket, by design
  const onCallerAbort = () => stop.abort(new ProbeError("aborted"));
  if (opts.signal?.aborted) onCallerAbort();
  opts.signal?.addEventListener("abort", onCallerAbort, { once: true });
  const deadlineTimer = setTimeout(() => stop.abort(new ProbeError("deadline")), totalMs);
  const limits = {
    connectTimeoutMs: opts.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
    idleTimeoutMs: opts.idleTimeoutMs ?? DEFAULTS.idleTimeoutMs,
    maxBytes: DEFAULTS.maxBytesPerConnection,
    maxLineBytes: DEFAULTS.maxLineBytes,
  };
  const smtpsPorts = new Set(opts.smtpsPorts ?? IMPLICIT_TLS_PORTS);
  // An IPv6 target's proxies are sent to the canary's IPv6 listener when there is one: an
  // IPv6-only proxy could not reach an IPv4 canary. SOCKS4 can only name IPv4 destinations.
  const canary6 = verdict.ip.includes(":") && opts.canary.v6 ? { ...opts.canary, ...opts.canary.v6 } : opts.canary;
  emit({ type: "planned", checks: plan });

  const runOne = async ({ kind, port }: { kind: CheckKind; port: number }): Promise<CheckResult> => {
    const transcript = new Transcript();
    const start = performance.now();
    let out: Outcome;
    // The check's own budget: a slow check ends with "deadline" without taking the others' time.
    const budget = new AbortController();
    const budgetTimer = setTimeout(() => budget.abort(new ProbeError("deadline")), opts.checkBudgetMs?.[kind] ?? CHECK_BUDGET_MS[kind]);
    const signal = AbortSignal.any([stop.signal, budget.signal]);
    setMaxListeners(0, signal);
    if (stop.signal.aborted) {
      out = outcomeOfError(stop.signal.reason);
    } else {
      emit({ type: "start", kind, port });
      const ctx: CheckContext = {
        target: verdict.ip,
        port,
        limits: { ...limits, signal },
        canary: kind === "socks4" ? opts.canary : canary6,
        canaryDomain: opts.canaryDomain ?? DEFAULTS.canaryDomain,
        heloName: opts.heloName ?? DEFAULTS.heloName,
        smtpsPorts,
      };
      out = await guarded(RUNNERS[kind](ctx, transcript), signal);
    }
    clearTimeout(budgetTimer);
    const result: CheckResult = {
      kind,
      port,
      verdict: out.verdict,
      reason: out.reason,
      software: out.software,
      durationMs: Math.round(performance.now() - start),
      transcript: transcript.lines,
      fix: out.verdict === "vulnerable" ? fixFor(kind, out.software) : null,
    };
    emit({ type: "finish", result });
    return result;
  };

  try {
    const [checks, found] = await Promise.all([mapLimited(plan, Math.max(1, opts.concurrency ?? DEFAULTS.concurrency), runOne), lookups]);
    return {
      schema: 1,
      target: verdict.ip,
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(performance.now() - t0),
      verdict: worstVerdict(checks.map((c) => c.verdict)),
      checks,
      ...found,
    };
  } finally {
    clearTimeout(deadlineTimer);
    opts.signal?.removeEventListener("abort", onCallerAbort);
    stop.abort(new ProbeError("aborted")); // anything still open (there should be nothing) goes
  }
}

/** Belt and braces: a check that somehow ignores the signal still ends shortly after it. */
function guarded(p: Promise<Outcome>, signal: AbortSignal): Promise<Outcome> {
  const safe = p.catch((e: unknown) => outcomeOfError(e));
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      timer = setTimeout(() => resolve(outcomeOfError(signal.reason)), 250);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    void safe.then((o) => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      resolve(o);
    });
  });
}

/** Like Promise.all(items.map(fn)) with at most `limit` running; keeps order. */
async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

