// Figures per case (verdict before/after, detection, time), collected across test files in a
// JSON-lines file that global-setup prints as a table at the end.
import { appendFileSync } from "node:fs";
import type { SelfTestReport } from "@/lib/probe";

export interface CaseFigures {
  name: string;
  before: string;
  after: string;
  detected: string;
  fix: string;
  ms: number;
}

export function record(figures: CaseFigures): void {
  const file = process.env.REAL_RESULTS_FILE;
  if (file) appendFileSync(file, `${JSON.stringify(figures)}\n`);
}

/** "vulnerable (relay-accepted-null-sender)" for each check, joined. */
export function verdicts(report: SelfTestReport | null): string {
  if (!report) return "-";
  return report.checks.map((c) => `${c.kind}:${c.port} ${c.verdict} (${c.reason})`).join(", ");
}

/** Software and fix as the report names them (the first check that detected something). */
export function found(report: SelfTestReport): { detected: string; fix: string } {
  const c =
    report.checks.find((x) => x.software && x.fix) ?? report.checks.find((x) => x.fix) ?? report.checks.find((x) => x.software);
  return { detected: c?.software ?? "-", fix: c?.fix ?? "-" };
}
