// The largest report a hostile peer can make the engine write, for tests and bench/memory.ts:
// every planned check's transcript filled to the engine's own caps (lib/probe/transcript.ts) with
// short lines (most lines, so most per-line overhead) that keep naming the target. Built with the
// engine's Transcript class, so it follows the engine if the caps change. About 570 KiB of JSON.
import { planChecks, type SelfTestReport } from "../probe";
import { Transcript } from "../probe/transcript";

export function worstCaseReport(target: string, seed = 0): SelfTestReport {
  const literal = target.includes(":") ? `[IPv6:${target}]` : `[${target}]`;
  const checks = planChecks({}).map(({ kind, port }, c) => {
    const t = new Transcript();
    for (let i = 0; i < 1_000; i++) {
      // 40 characters: both caps (200 lines, 8192 characters) are reached together.
      if (i % 2 === 0) t.sent(`RCPT TO:<${`r${seed}-${c}-${i}`.padEnd(40 - 11 - literal.length, "x")}@${literal}>`);
      else t.received(`250 ok ${target} `.padEnd(40, "x"));
    }
    return {
      kind,
      port,
      verdict: "inconclusive" as const,
      reason: "timeout",
      software: null,
      durationMs: 20_000,
      transcript: t.lines,
      fix: null,
    };
  });
  return {
    schema: 1,
    target,
    startedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seed % 60)).toISOString(),
    durationMs: 20_000,
    verdict: "inconclusive",
    checks,
  };
}
