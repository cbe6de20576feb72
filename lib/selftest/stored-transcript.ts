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

/**
 * At most `maxLines` lines and `maxBytes` bytes of line text, marker included: the first two
 * thirds of the budget go to the start, the rest to the end.
 */
export function capTranscript(
  lines: readonly TranscriptLine[],
  { maxLines = STORED_TRANSCRIPT_MAX_LINES, maxBytes = STORED_TRANSCRIPT_MAX_BYTES } = {},
): TranscriptLine[] {
  const total = lines.reduce((n, l) => n + bytesOf(l), 0);
  if (lines.length <= maxLines && total <= maxBytes) return [...lines];

  // The marker's size with the largest count it can carry.
  const markerBytes = Buffer.byteLength(`${OMISSION}${lines.length}`);
  const lineBudget = maxLines - 1;
  const byteBudget = maxBytes - markerBytes;
  const take = (from: number, step: 1 | -1, maxN: number, maxB: number, stop: number) => {
    let n = 0;
    let b = 0;
    for (let i = from; i !== stop && n < maxN && b + bytesOf(lines[i]!) <= maxB; i += step) {
      b += bytesOf(lines[i]!);
      n++;
    }
    return { n, b };
  };
  const head = take(0, 1, Math.ceil((lineBudget * 2) / 3), Math.floor((byteBudget * 2) / 3), lines.length);
  const tail = take(lines.length - 1, -1, lineBudget - head.n, byteBudget - head.b, head.n - 1);
  const omitted = lines.length - head.n - tail.n;
  return [
    ...lines.slice(0, head.n),
    { dir: "received", line: `${OMISSION}${omitted}` },
    ...lines.slice(lines.length - tail.n),
  ];
}
