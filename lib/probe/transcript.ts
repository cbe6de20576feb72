// Transcripts are shown to visitors and may be stored with a permalink: keep them printable,
// short and bounded whatever the peer sends.

import type { TranscriptLine } from "./types";

export const TRANSCRIPT_MAX_LINES = 200;
export const TRANSCRIPT_MAX_LINE_CHARS = 200;
export const TRANSCRIPT_MAX_TOTAL_CHARS = 8192;

/** Replace anything but printable ASCII so terminal escapes or HTML never pass through raw. */
export function sanitizeLine(raw: string): string {
  const clean = raw.replace(/\r?\n$/, "").replace(/[^\x20-\x7e]/g, "?");
  return clean.length > TRANSCRIPT_MAX_LINE_CHARS
    ? `${clean.slice(0, TRANSCRIPT_MAX_LINE_CHARS)}…`
    : clean;
}

interface Shared {
  lines: TranscriptLine[];
  total: number;
  truncated: boolean;
}

export class Transcript {
  private readonly shared: Shared;

  /** `tag` marks the lines of one connection when a check opens several (see tagged()). */
  constructor(
    private readonly tag = "",
    of?: Transcript,
  ) {
    this.shared = of?.shared ?? { lines: [], total: 0, truncated: false };
  }

  get lines(): TranscriptLine[] {
    return this.shared.lines;
  }

  /** A view writing into the same bounded transcript, each line starting with `tag`. */
  tagged(tag: string): Transcript {
    return new Transcript(tag, this);
  }

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
    const s = this.shared;
    if (s.truncated) return;
    const line = this.tag + sanitizeLine(raw);
    if (s.lines.length >= TRANSCRIPT_MAX_LINES || s.total + line.length > TRANSCRIPT_MAX_TOTAL_CHARS) {
      s.truncated = true;
      s.lines.push({ dir: "received", line: "[transcript truncated]" });
      return;
    }
    s.total += line.length;
    s.lines.push({ dir, line });
  }
}
