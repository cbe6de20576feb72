// What the report memory keeps of a check's transcript. The engine already caps what it records
// (lib/probe/transcript.ts: 160 lines, 8192 characters), but a hostile peer fills that on every
// one of ~30 checks, ~370 KiB per report. A remembered copy only has to let the visitor see how
// the dialogue went: its start (greeting, EHLO, handshake) and its end (the answer that decided
// the verdict). The middle gives way to one marker line.
import type { TranscriptLine } from "../probe";

export const STORED_TRANSCRIPT_MAX_LINES = 60;
export const STORED_TRANSCRIPT_MAX_BYTES = 8 * 1024;

// Not ASCII, so a peer cannot send it (the engine turns non-ASCII into "?"); a number with no
// words, so it needs no message in any locale.
const OMISSION = "⋯ ";
const OMISSION_PATTERN = /^⋯ (\d+)$/;

/** The number of lines left out where `line` is the omission marker, else null. */
export function omittedLines(line: string): number | null {
  const m = OMISSION_PATTERN.exec(line);
  return m ? Number(m[1]) : null;
}

const bytesOf = (line: TranscriptLine) => Buffer.byteLength(line.line);

export interface CapOptions {
  maxLines?: number;
  maxBytes?: number;
  /** applied to each line that may be kept (redaction), before it is measured */
  rewrite?: (line: string) => string;
}

/**
 * At most `maxLines` lines and `maxBytes` bytes of (rewritten) line text, marker included: the
 * first two thirds of the budget go to the start, the rest to the end. Only lines that may be
 * kept are rewritten, which spares the garbage collector most of a hostile transcript.
 */
export function capTranscript(
  lines: readonly TranscriptLine[],
  { maxLines = STORED_TRANSCRIPT_MAX_LINES, maxBytes = STORED_TRANSCRIPT_MAX_BYTES, rewrite = (l) => l }: CapOptions = {},
): TranscriptLine[] {
  const done: (TranscriptLine | undefined)[] = [];
  const at = (i: number) => (done[i] ??= { dir: lines[i]!.dir, line: rewrite(lines[i]!.line) });
  if (lines.length <= maxLines) {
    const all = lines.map((_, i) => at(i));
    if (all.reduce((n, l) => n + bytesOf(l), 0) <= maxBytes) return all;
  }

  // The marker's size with the largest count it can carry.
  const markerBytes = Buffer.byteLength(`${OMISSION}${lines.length}`);
  const lineBudget = maxLines - 1;
  const byteBudget = maxBytes - markerBytes;
  const take = (from: number, step: 1 | -1, maxN: number, maxB: number, stop: number) => {
    let n = 0;
    let b = 0;
    for (let i = from; i !== stop && n < maxN && b + bytesOf(at(i)) <= maxB; i += step) {
      b += bytesOf(at(i));
      n++;
    }
    return { n, b };
  };
  const head = take(0, 1, Math.ceil((lineBudget * 2) / 3), Math.floor((byteBudget * 2) / 3), lines.length);
  const tail = take(lines.length - 1, -1, lineBudget - head.n, byteBudget - head.b, head.n - 1);
  const omitted = lines.length - head.n - tail.n;
  return [
    ...Array.from({ length: head.n }, (_, i) => at(i)),
    { dir: "received", line: `${OMISSION}${omitted}` },
    ...Array.from({ length: tail.n }, (_, i) => at(lines.length - tail.n + i)),
  ];
}
