import type { CSSProperties } from "react";
import { shapeArabic } from "./arabic-shaping";

// Letters of right-to-left scripts (Hebrew, Arabic and their presentation forms).
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
// Inside a right-to-left word, digits and Latin letters keep their left-to-right order.
const LTR_RUN = /([0-9A-Za-z\u00c0-\u024f]+)/;
// Paired punctuation shows its mirror image in right-to-left text.
const MIRROR: Record<string, string> = { "(": ")", ")": "(", "[": "]", "]": "[", "«": "»", "»": "«", "<": ">", ">": "<" };

/**
 * A line's words in reading order; a run of left-to-right words (a number, a product name)
 * stays one item, so it keeps its own order inside the right-to-left line.
 */
export function rtlWords(text: string): string[] {
  const items: string[] = [];
  let ltrRun: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (RTL_LETTER.test(word)) {
      if (ltrRun.length) items.push(ltrRun.join(" "));
      ltrRun = [];
      items.push(word);
    } else {
      ltrRun.push(word);
    }
  }
  if (ltrRun.length) items.push(ltrRun.join(" "));
  return items;
}

/** One right-to-left word, shaped, in the left-to-right order in which satori draws glyphs. */
export function visualWord(word: string): string {
  if (!RTL_LETTER.test(word)) return word;
  return shapeArabic(word)
    .split(LTR_RUN)
    .reverse()
    .map((run) =>
      LTR_RUN.test(run) ? run : [...run].reverse().map((c) => MIRROR[c] ?? c).join(""),
    )
    .join("");
}

/**
 * Right-to-left text for the card: words shaped here (arabic-shaping.ts), laid out right to
 * left, wrapped and right-aligned by flexbox, since satori has no bidirectional layout.
 */
export function RtlText({ text, style }: { text: string; style: CSSProperties }) {
  return (
    <div style={{ display: "flex", flexDirection: "row-reverse", flexWrap: "wrap", columnGap: "0.28em", ...style }}>
      {rtlWords(text).map((word, index) => (
        <div key={index}>{visualWord(word)}</div>
      ))}
    </div>
  );
}
