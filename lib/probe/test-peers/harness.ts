// Shared test helper: runs one check kind against one loopback port with short timeouts.
import { runSelfTest } from "../run-self-test";
import type { Canary, CheckKind, CheckResult, ProbeOptions, SelfTestReport } from "../types";

export const FAST = { connectTimeoutMs: 500, idleTimeoutMs: 800, totalTimeoutMs: 4000 } as const;
/** For well-behaved real peers: nothing should time out, even on a heavily loaded machine. */
export const PATIENT = { connectTimeoutMs: 3000, idleTimeoutMs: 5000, totalTimeoutMs: 15000 } as const;

export async function probeOne(
  canary: Canary,
  kind: CheckKind,
  port: number,
  extra: Partial<ProbeOptions> = {},
): Promise<CheckResult & { report: SelfTestReport }> {
  const report = await runSelfTest("127.0.0.1", {
    allowPrivate: true,
    only: [kind],
    ports: { [kind]: [port] },
    canary,
    ...FAST,
    ...extra,
  });
  const check = report.checks[0];
  if (!check || report.checks.length !== 1) throw new Error("expected exactly one check");
  return { ...check, report };
}

export function sentLines(c: CheckResult): string[] {
  return c.transcript.filter((l) => l.dir === "sent").map((l) => l.line);
}
