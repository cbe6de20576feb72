// Pure geometry for the server-drawn charts: no React, no DOM, so it is unit-tested directly and
// the components stay declarative. The server cannot measure text, so widths are estimates that
// err on the wide side (a label drawn narrower than estimated is harmless; wider would overlap).

export type Dir = "ltr" | "rtl";
export type Anchor = "start" | "middle" | "end";

/** Width of every chart's viewBox in user units. */
export const VIEW_WIDTH = 360;
/**
 * Font size in user units. Text renders at FONT_SIZE × (rendered width / VIEW_WIDTH) px, so it is
 * 11 px or more while the chart is at least MIN_CHART_PX wide; a 320 px phone with the page's
 * 16 px margins gives the chart 288 px.
 */
export const FONT_SIZE = 15;
export const MIN_TEXT_PX = 11;
export const MIN_CHART_PX = (MIN_TEXT_PX * VIEW_WIDTH) / FONT_SIZE; // 264

/** Pixel size of text in a chart rendered `chartPx` wide. */
export function renderedTextPx(chartPx: number, fontSize = FONT_SIZE, viewWidth = VIEW_WIDTH) {
  return (fontSize * chartPx) / viewWidth;
}

/** Two decimals are plenty in a 360-unit viewBox and keep the markup small. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface Scale {
  /** top of the axis, ≥ the data maximum */
  max: number;
  step: number;
  /** 0, step, 2·step … max */
  ticks: number[];
}

const NICE = [1, 2, 2.5, 5, 10];

/**
 * A y-axis from 0 to a round number ≥ dataMax in at most `maxIntervals` steps of 1, 2, 2.5 or 5
 * × 10ⁿ (always at least 2 steps, since consecutive nice factors are at most 2× apart).
 * `integer` keeps steps whole, for counts.
 */
export function niceScale(
  dataMax: number,
  { maxIntervals = 3, integer = false }: { maxIntervals?: number; integer?: boolean } = {},
): Scale {
  if (!Number.isFinite(dataMax) || dataMax <= 0) return { max: 1, step: 1, ticks: [0, 1] };
  const raw = dataMax / maxIntervals;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const candidates = NICE.map((f) => clean(f * magnitude)).filter(
    (s) => !integer || Number.isInteger(s),
  );
  const step =
    candidates.find((s) => s >= raw * (1 - 1e-12)) ?? (integer ? 1 : clean(10 * magnitude));
  const intervals = Math.max(1, Math.ceil(dataMax / step - 1e-9));
  const ticks = Array.from({ length: intervals + 1 }, (_, i) => clean(i * step));
  return { max: ticks[intervals]!, step, ticks };
}

/** Drops binary floating-point noise (0.30000000000000004 → 0.3). */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/** Estimated advance of one character in em. */
function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (/[\p{M}\p{Cf}]/u.test(ch)) return 0; // combining marks, bidi and joiner controls
  if (
    (c >= 0x1100 && c <= 0x115f) || // Hangul Jamo
    (c >= 0x2e80 && c <= 0xa4cf) || // CJK, kana, Yi
    (c >= 0xac00 && c <= 0xd7a3) || // Hangul syllables
    (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) || // full-width forms
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1faff) || // emoji
    (c >= 0x20000 && c <= 0x3fffd)
  ) {
    return 1;
  }
  if (ch === "…") return 1;
  if (" .,:;'|!()[]ilIjtf\u00a0\u202f".includes(ch)) return 0.34;
  if ("mwMW@%‰".includes(ch)) return 0.92;
  if (/[A-Z]/.test(ch)) return 0.72;
  return 0.62;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Estimated width of `text` in user units at `fontSize`: one advance per grapheme, sized by its
 * first character (an accent, a ZWJ emoji sequence or a Hangul syllable is one glyph).
 */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let em = 0;
  for (const { segment } of graphemes.segment(text)) {
    for (const ch of segment) {
      const w = charEm(ch);
      if (w > 0) {
        em += w;
        break;
      }
    }
  }
  return em * fontSize;
}

/**
 * `text` cut to fit `maxWidth` with a trailing ellipsis. Cuts between graphemes, so no accent,
 * emoji or Arabic harakat is split from its base.
 */
export function truncate(text: string, maxWidth: number, fontSize = FONT_SIZE): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const room = maxWidth - textWidth("…", fontSize);
  let out = "";
  let width = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = textWidth(segment, fontSize);
    if (width + w > room) break;
    out += segment;
    width += w;
  }
  return `${out.trimEnd()}…`;
}

/**
 * Label every `step`-th column: the smallest step at which labels `labelWidth` wide, centred on
 * slots `slotWidth` wide, stay `minGap` apart.
 */
export function labelStep(slotWidth: number, labelWidth: number, minGap = FONT_SIZE / 2): number {
  if (!(slotWidth > 0)) return Number.POSITIVE_INFINITY;
  return Math.max(1, Math.ceil((labelWidth + minGap) / slotWidth - 1e-9));
}

/** Indices of the labelled columns: the first, then every `step`-th. */
export function labelledIndices(count: number, step: number): number[] {
  const out: number[] = [];
  if (!Number.isFinite(step) || step < 1) return count > 0 ? [0] : out;
  for (let i = 0; i < count; i += step) out.push(i);
  return out;
}

/**
 * Space to leave at each end of a row of `count` slots across `width` so that labels
 * `labelWidth` wide, centred on the first and last slot, stay inside: solves
 * inset = (labelWidth − slot) / 2 with slot = (width − 2·inset) / count.
 */
export function edgeInset(count: number, width: number, labelWidth: number): number {
  if (count <= 1) return 0; // one label, centred on the whole width
  return Math.max(0, (count * labelWidth - width) / (2 * (count - 1)));
}

/** x of a box `w` wide drawn at `x` in left-to-right geometry, mirrored for right-to-left. */
export function mirrorX(x: number, w: number, dir: Dir, width = VIEW_WIDTH): number {
  return dir === "rtl" ? width - x - w : x;
}

/** A text position and anchor given in left-to-right geometry, mirrored for right-to-left. */
export function mirrorText(
  x: number,
  anchor: Anchor,
  dir: Dir,
  width = VIEW_WIDTH,
): { x: number; textAnchor: Anchor } {
  if (dir === "ltr") return { x, textAnchor: anchor };
  const flipped: Anchor = anchor === "start" ? "end" : anchor === "end" ? "start" : "middle";
  return { x: width - x, textAnchor: flipped };
}

/**
 * Wraps SVG text in first-strong isolates (FSI … PDI): each label takes its own direction from
 * its first letter (Arabic right to left, "postfix" left to right) while the SVG itself stays
 * `direction: ltr`, so `text-anchor` start/end always mean left/right and the mirrored geometry
 * above is exact. (`unicode-bidi: plaintext` would do the same for the letters but lets the
 * resolved direction flip what text-anchor means, differently across browsers.)
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
