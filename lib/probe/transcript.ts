// Transcripts are shown to visitors and may be stored with a permalink: keep them printable,
// short and bounded whatever the peer sends.

import type { TranscriptLine } from "./types";

export const TRANSCRIPT_MAX_LINES = 160;
export const TRANSCRIPT_MAX_LINE_CHARS = 200;
export const TRANSCRIPT_MAX_TOTAL_CHARS = 8192;

/** Replace anything but printable ASCII so terminal escapes or HTML never pass through raw. */
export function sanitizeLine(raw: string): string {
  const clean = raw.replace(/\r?\n$/, "").replace(/[^\x20-\x7e]/g, "?");
  return clean.length > TRANSCRIPT_MAX_LINE_CHARS
    ? `${clean.slice(0, TRANSCRIPT_MAX_LINE_CHARS)}…`
    : clean;
}

export class Transcript {
  readonly lines: TranscriptLine[] = [];
  private total = 0;
  private truncated = false;

  sent(line: string): void {
    this.push("sent", line);
  }

  received(line: string): void {
    this.push("received", line);
  }

  /** Binary protocols (SOCKS) are shown as hex. */
  receivedBytes(buf: Buffer, label: string): void {
    this.push("received", `${label} ${buf.subarray(0, 32).toString("hex")}${buf.length > 32 ? "…" : ""}`);
  }

  private push(dir: TranscriptLine["dir"], raw: string): void {
    if (this.truncated) return;
    const line = sanitizeLine(raw);
    if (this.lines.length >= TRANSCRIPT_MAX_LINES || this.total + line.length > TRANSCRIPT_MAX_TOTAL_CHARS) {
      this.truncated = true;
      this.lines.push({ dir: "received", line: "[transcript truncated]" });
      return;
    }
    this.total += line.length;
    this.lines.push({ dir, line });
  }
}
