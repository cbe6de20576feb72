// The last two reports per visitor, so the report page can show the latest result and what
// changed since the test before. In memory only, expiring, and without the visitor's address:
// the target field is dropped and every spelling of the address in the transcripts becomes a
// token (redact.ts); the page writes back the address of whoever is asking.
//
// Bounded in entries and in bytes: a hostile peer fills every transcript to the engine's cap, and
// enough such visitors would otherwise push the process past its heap. Each report is kept as one
// ASCII-only JSON string, so its length is exactly the bytes it occupies on the heap (V8 stores
// such strings one byte per character) and it shares nothing with the caller's objects.
import type { SelfTestReport } from "../probe";
import { createRedactor, dialedAddress, restoreAddress } from "./redact";
import { capTranscript } from "./stored-transcript";

export type StoredReport = Omit<SelfTestReport, "target">;

export interface Recalled {
  current: StoredReport;
  previous: StoredReport | null;
}

interface Entry {
  current: string;
  previous: string | null;
  bytes: number;
  expiresAt: number;
}

export interface ReportMemory {
  /** `asked`: the visitor's address as seen, when it differs from report.target (NAT64) */
  remember(key: string, report: SelfTestReport, asked?: string): void;
  recall(key: string): Recalled | null;
  size(): number;
  /** bytes held by the remembered reports, bookkeeping included */
  bytes(): number;
}

export interface ReportMemoryOptions {
  ttlMs: number;
  maxEntries?: number;
  /** cap on bytes(); the oldest entries go first */
  maxBytes?: number;
  now?: () => number;
}

export const DEFAULT_MEMORY_MAX_BYTES = 64 * 1024 * 1024;

// Map entry, key and Entry object, roughly: keeps a flood of tiny reports bounded too.
const ENTRY_OVERHEAD_BYTES = 256;

// Escaping everything beyond ASCII keeps the string one byte per character ("…" in a cut line,
// the redaction tokens); JSON.parse reads the escapes back.
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** The copy that is kept: no target field, address redacted, transcripts capped. */
export function storedCopy(report: SelfTestReport, asked?: string): StoredReport {
  const redact = createRedactor(asked ? [report.target, asked] : [report.target]);
  const { schema, startedAt, durationMs, verdict, checks } = report;
  return {
    schema,
    startedAt,
    durationMs,
    verdict,
    checks: checks.map((check) => {
      // One pass over the whole transcript is much cheaper than one per line; "\n" cannot be
      // part of a line (the engine sanitizes) nor of an address. Redacted before capping, so the
      // cap measures what is kept.
      const lines = redact(check.transcript.map((l) => l.line).join("\n")).split("\n");
      return { ...check, transcript: capTranscript(check.transcript.map((l, i) => ({ dir: l.dir, line: lines[i]! }))) };
    }),
  };
}

/** A remembered report as shown to `asker`: their own address back where the tokens are. */
export function restoredFor(report: StoredReport, asker: string): StoredReport {
  const address = dialedAddress(asker);
  return {
    ...report,
    checks: report.checks.map((check) => ({
      ...check,
      transcript: check.transcript.map((l) => ({ dir: l.dir, line: restoreAddress(l.line, address) })),
    })),
  };
}

export function createReportMemory(opts: ReportMemoryOptions): ReportMemory {
  const entries = new Map<string, Entry>();
  const now = opts.now ?? Date.now;
  const maxEntries = opts.maxEntries ?? 10_000;
  const maxBytes = opts.maxBytes ?? DEFAULT_MEMORY_MAX_BYTES;
  let total = 0;

  const drop = (key: string, entry: Entry) => {
    entries.delete(key);
    total -= entry.bytes;
  };
  const live = (key: string): Entry | null => {
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt > now()) return entry;
    drop(key, entry);
    return null;
  };
  // Map keeps insertion order and remember() re-inserts, so the first entries are the oldest.
  const prune = () => {
    const t = now();
    for (const [key, entry] of entries) {
      if (entry.expiresAt > t && entries.size <= maxEntries && total <= maxBytes) break;
      drop(key, entry);
    }
  };

  return {
    remember(key, report, asked) {
      const current = asciiJson(storedCopy(report, asked));
      const old = live(key);
      const previous = old?.current ?? null;
      if (old) drop(key, old);
      const bytes = ENTRY_OVERHEAD_BYTES + key.length + current.length + (previous?.length ?? 0);
      entries.set(key, { current, previous, bytes, expiresAt: now() + opts.ttlMs });
      total += bytes;
      prune();
    },
    recall(key) {
      const entry = live(key);
      if (!entry) return null;
      return {
        current: JSON.parse(entry.current) as StoredReport,
        previous: entry.previous === null ? null : (JSON.parse(entry.previous) as StoredReport),
      };
    },
    size: () => entries.size,
    bytes: () => total,
  };
}
