import { describe, expect, it } from "vitest";
import type { TranscriptLine } from "../probe";
import { capTranscript, omittedLines } from "./stored-transcript";

const lines = (n: number, chars = 10): TranscriptLine[] =>
  Array.from({ length: n }, (_, i) => ({ dir: i % 2 ? "received" : "sent", line: `${i}`.padEnd(chars, "x") }));

describe("capTranscript", () => {
  it("keeps a short transcript whole, rewritten", () => {
    const short = lines(5);
    expect(capTranscript(short)).toEqual(short);
    expect(capTranscript(short, { rewrite: (l) => l.toUpperCase() })[0]!.line).toBe("0XXXXXXXXX");
  });

  it("keeps the start and the end of a long one, within lines and bytes, and counts the rest", () => {
    for (const [n, chars] of [
      [160, 10],
      [45, 200],
      [61, 1],
    ] as const) {
      const full = lines(n, chars);
      const kept = capTranscript(full, { maxLines: 60, maxBytes: 8192 });
      expect(kept.length).toBeLessThanOrEqual(60);
      expect(kept.reduce((b, l) => b + Buffer.byteLength(l.line), 0)).toBeLessThanOrEqual(8192);
      const marker = kept.findIndex((l) => omittedLines(l.line) !== null);
      const head = kept.slice(0, marker);
      const tail = kept.slice(marker + 1);
      expect(head).toEqual(full.slice(0, head.length));
      expect(tail).toEqual(full.slice(full.length - tail.length));
      expect(omittedLines(kept[marker]!.line)).toBe(n - head.length - tail.length);
    }
  });

  it("a peer cannot send the marker: it is not ASCII", () => {
    expect(omittedLines("... 12")).toBeNull();
    expect(omittedLines("⋯ 12")).toBe(12);
  });
});
