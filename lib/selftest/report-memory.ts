// The last two reports per visitor, so the report page can show the latest result and what
// changed since the test before. In memory only, expiring, and without the visitor's address
// (stored-report.ts: the page writes back the address of whoever is asking).
//
// Bounded in entries and in bytes: a hostile peer fills every transcript to the engine's cap, and
// enough such visitors would push the process past its heap. The reports live as UTF-8 JSON in
// ONE block of maxBytes, written in turn like a ring: a new report overwrites the oldest ones in
// its way, so the oldest go first and the block is all the memory reports ever take. Separate
// allocations per report measured right but left evicted ones to the garbage collector: RSS grew
// by four times the cap under a flood of worst-case reports (bench/memory.ts).
import type { SelfTestReport } from "../probe";
import { storedCopy, type StoredReport } from "./stored-report";

export type { StoredReport } from "./stored-report";

export interface Recalled {
  current: StoredReport;
  previous: StoredReport | null;
}

/** Where one visitor's record sits in the block: the current report's bytes, then the previous. */
interface Entry {
  offset: number;
  currentBytes: number;
  previousBytes: number;
  expiresAt: number;
}

export interface ReportMemory {
  /** `asked`: the visitor's address as seen, when it differs from report.target (NAT64) */
  remember(key: string, report: SelfTestReport, asked?: string): void;
  recall(key: string): Recalled | null;
  size(): number;
  /** bytes of the reports held, at most maxBytes */
  bytes(): number;
}

export interface ReportMemoryOptions {
  ttlMs: number;
  maxEntries?: number;
  /** size of the block that holds every report; the oldest go first */
  maxBytes?: number;
  now?: () => number;
}

export const DEFAULT_MEMORY_MAX_BYTES = 64 * 1024 * 1024;

// The JSON in pieces of one check each: a report's JSON in one string (hundreds of KiB) was
// garbage the collector let pile up, and the heap grew far beyond what the block holds.
function jsonPieces(report: StoredReport): string[] {
  const { checks, ...rest } = report;
  const pieces = [`${JSON.stringify(rest).slice(0, -1)},"checks":[`];
  checks.forEach((check, i) => {
    if (i > 0) pieces.push(",");
    pieces.push(JSON.stringify(check));
  });
  pieces.push("]}");
  return pieces;
}

export function createReportMemory(opts: ReportMemoryOptions): ReportMemory {
  const entries = new Map<string, Entry>(); // in write order, so in the block's order too
  const now = opts.now ?? Date.now;
  const maxEntries = opts.maxEntries ?? 10_000;
  const capacity = opts.maxBytes ?? DEFAULT_MEMORY_MAX_BYTES;
  // Allocated on first use; the system hands out its pages only as they are written.
  let block: Buffer | null = null;
  // Where the previous report waits while its old place may be overwritten.
  let scratch = Buffer.alloc(0);
  let head = 0;
  let used = 0;

  const lengthOf = (e: Entry) => e.currentBytes + e.previousBytes;
  // Zeroed, so that nothing of a forgotten report stays readable in the block.
  const drop = (key: string, e: Entry) => {
    entries.delete(key);
    used -= lengthOf(e);
    block!.fill(0, e.offset, e.offset + lengthOf(e));
  };
  const oldest = () => entries.entries().next().value;
  const live = (key: string): Entry | null => {
    const e = entries.get(key);
    if (!e) return null;
    if (e.expiresAt > now()) return e;
    drop(key, e);
    return null;
  };
  const prune = () => {
    const t = now();
    for (let o = oldest(); o && (o[1].expiresAt <= t || entries.size > maxEntries); o = oldest()) drop(...o);
  };

  // Room for n bytes at the head, or at the start when the rest of the block is too short (then
  // the records left between the head and the end go too: they are the oldest). From the head on,
  // records lie in write order, so the ones in the way are always the oldest.
  const reserve = (n: number): number => {
    const wrap = head + n > capacity;
    const at = wrap ? 0 : head;
    for (let o = oldest(); o; o = oldest()) {
      const e = o[1];
      const inRest = wrap && e.offset >= head;
      const inWay = e.offset < at + n && e.offset + lengthOf(e) > at;
      if (!inRest && !inWay) break;
      drop(...o);
    }
    head = at + n;
    return at;
  };

  const read = (e: Entry, from: number, n: number) =>
    JSON.parse(block!.toString("utf8", e.offset + from, e.offset + from + n)) as StoredReport;

  return {
    remember(key, report, asked) {
      block ??= Buffer.alloc(capacity);
      const pieces = jsonPieces(storedCopy(report, asked));
      const currentBytes = pieces.reduce((n, p) => n + Buffer.byteLength(p), 0);
      if (currentBytes > capacity) return; // cannot happen with the engine's caps and 1 MB or more
      const old = live(key);
      let previousBytes = 0;
      if (old) {
        if (currentBytes + old.currentBytes <= capacity) {
          previousBytes = old.currentBytes;
          if (scratch.length < previousBytes) scratch = Buffer.alloc(previousBytes);
          block.copy(scratch, 0, old.offset, old.offset + previousBytes);
        }
        drop(key, old);
      }
      const at = reserve(currentBytes + previousBytes);
      let pos = at;
      for (const piece of pieces) pos += block.write(piece, pos, "utf8");
      scratch.copy(block, pos, 0, previousBytes);
      entries.set(key, { offset: at, currentBytes, previousBytes, expiresAt: now() + opts.ttlMs });
      used += currentBytes + previousBytes;
      prune();
    },
    recall(key) {
      prune();
      const e = live(key);
      if (!e) return null;
      return { current: read(e, 0, e.currentBytes), previous: e.previousBytes ? read(e, e.currentBytes, e.previousBytes) : null };
    },
    size: () => entries.size,
    bytes: () => used,
  };
}
