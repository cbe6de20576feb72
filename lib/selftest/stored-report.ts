// The copy of a report that the report memory keeps, and how it is shown again: no target field,
// every spelling of the visitor's address replaced by a token (redact.ts), transcripts capped
// (stored-transcript.ts). Only the report page, for the visitor who asks, writes the address back.
import type { SelfTestReport } from "../probe";
import { createRedactor, dialedAddress, restoreAddress } from "./redact";
import { capTranscript } from "./stored-transcript";

export type StoredReport = Omit<SelfTestReport, "target">;

/** `asked`: the visitor's address as seen, when it differs from report.target (NAT64). */
export function storedCopy(report: SelfTestReport, asked?: string): StoredReport {
  const redact = createRedactor(asked ? [report.target, asked] : [report.target]);
  const { schema, startedAt, durationMs, verdict, checks, blocklists, reverseDns } = report;
  return {
    schema,
    startedAt,
    durationMs,
    verdict,
    // Redacted as they are measured, so the cap measures what is kept.
    checks: checks.map((check) => ({ ...check, transcript: capTranscript(check.transcript, { rewrite: redact }) })),
    // Lookup links carry the address, and a PTR name often spells it (1-2-3-4.example).
    ...(blocklists ? { blocklists: blocklists.map((b) => ({ ...b, lookupUrl: redact(b.lookupUrl) })) } : {}),
    ...(reverseDns !== undefined ? { reverseDns: reverseDns && { ...reverseDns, name: redact(reverseDns.name) } } : {}),
  };
}

/** A remembered report as shown to `asker`: their own address back where the tokens are. */
export function restoredFor(report: StoredReport, asker: string): StoredReport {
  const address = dialedAddress(asker);
  const { blocklists, reverseDns } = report;
  return {
    ...report,
    checks: report.checks.map((check) => ({
      ...check,
      transcript: check.transcript.map((l) => ({ dir: l.dir, line: restoreAddress(l.line, address) })),
    })),
    ...(blocklists ? { blocklists: blocklists.map((b) => ({ ...b, lookupUrl: restoreAddress(b.lookupUrl, address) })) } : {}),
    ...(reverseDns ? { reverseDns: { ...reverseDns, name: restoreAddress(reverseDns.name, address) } } : {}),
  };
}
