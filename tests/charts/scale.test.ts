import { describe, expect, it } from "vitest";
import {
  FONT_SIZE,
  MIN_CHART_PX,
  MIN_TEXT_PX,
  VIEW_WIDTH,
  edgeInset,
  isolate,
  labelStep,
  labelledIndices,
  mirrorText,
  mirrorX,
  niceScale,
  renderedTextPx,
  textWidth,
  truncate,
} from "../../components/charts/scale";

const isNice = (step: number) => {
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return [1, 2, 2.5, 5].some((f) => Math.abs(mantissa - f) < 1e-9);
};

describe("niceScale", () => {
  it.each([1, 7, 10, 30, 99, 100, 101, 847, 1000, 1001, 12_345, 0.37, 2.6])(
    "covers %s with 2–3 nice steps from 0",
    (max) => {
      const s = niceScale(max);
      expect(s.ticks[0]).toBe(0);
      expect(s.max).toBeGreaterThanOrEqual(max);
      expect(s.ticks.length).toBeGreaterThanOrEqual(3);
      expect(s.ticks.length).toBeLessThanOrEqual(4);
      expect(isNice(s.step)).toBe(true);
      s.ticks.forEach((t, i) => expect(t).toBeCloseTo(i * s.step, 9));
      // no more than one step of headroom
      expect(s.max - s.step).toBeLessThan(max);
    },
  );

  it("gives round values", () => {
    expect(niceScale(847).ticks).toEqual([0, 500, 1000]);
    expect(niceScale(1001).ticks).toEqual([0, 500, 1000, 1500]);
    expect(niceScale(100).ticks).toEqual([0, 50, 100]);
    expect(niceScale(30).ticks).toEqual([0, 10, 20, 30]);
    expect(niceScale(0.37).ticks).toEqual([0, 0.2, 0.4]);
  });

  it("keeps whole steps for counts", () => {
    expect(niceScale(7).ticks).toEqual([0, 2.5, 5, 7.5]);
    expect(niceScale(7, { integer: true }).ticks).toEqual([0, 5, 10]);
    expect(niceScale(2, { integer: true }).ticks).toEqual([0, 1, 2]);
    expect(niceScale(0.5, { integer: true }).ticks).toEqual([0, 1]);
  });

  it("has an axis for no data", () => {
    expect(niceScale(0)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
    expect(niceScale(Number.NaN).max).toBe(1);
  });
});

describe("text size", () => {
  it("stays at 11 px or more on a 320 px phone", () => {
    expect(renderedTextPx(288)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    expect(renderedTextPx(MIN_CHART_PX)).toBeCloseTo(MIN_TEXT_PX, 9);
    expect(MIN_CHART_PX).toBeLessThanOrEqual(288);
    expect(renderedTextPx(VIEW_WIDTH)).toBe(FONT_SIZE);
  });

  it("estimates CJK wider than Latin and ignores marks", () => {
    expect(textWidth("安全安全")).toBeGreaterThan(textWidth("abcd"));
    expect(textWidth("安")).toBe(FONT_SIZE);
    expect(textWidth("e\u0301")).toBe(textWidth("e"));
    expect(textWidth(isolate("abc"))).toBe(textWidth("abc"));
  });
});

describe("truncate", () => {
  it("leaves text that fits", () => {
    expect(truncate("postfix", 200)).toBe("postfix");
  });

  it("cuts long text to the width with an ellipsis", () => {
    const long = "Microsoft Exchange Server 2019 Cumulative Update 14";
    const cut = truncate(long, 150);
    expect(cut.endsWith("…")).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(150);
  });

  it("never splits a grapheme", () => {
    const cut = truncate("👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻", 3 * FONT_SIZE);
    expect(cut).toBe("👩‍💻👩‍💻…");
    const accents = truncate("e\u0301".repeat(40), 100).slice(0, -1);
    expect(accents.length % 2).toBe(0);
    expect(accents.endsWith("\u0301")).toBe(true);
    const arabic = "مُحَمَّد مُحَمَّد مُحَمَّد مُحَمَّد مُحَمَّد مُحَمَّد مُحَمَّد";
    const arabicCut = truncate(arabic, 60).slice(0, -1);
    expect(arabic.startsWith(arabicCut)).toBe(true);
    expect(/\p{M}/u.test(arabic[arabicCut.length] ?? "")).toBe(false);
  });

  it("returns only the ellipsis when nothing fits", () => {
    expect(truncate("abcdef", 1)).toBe("…");
  });
});

describe("axis label thinning", () => {
  it.each([
    [30, 320, 50],
    [12, 320, 60],
    [90, 300, 40],
    [7, 320, 30],
    [1, 320, 80],
  ])("%s columns across %s units with %s-unit labels never overlap", (count, width, labelW) => {
    const inset = edgeInset(count, width, labelW);
    const slot = (width - 2 * inset) / count;
    const step = labelStep(slot, labelW);
    const shown = labelledIndices(count, step);
    const gap = FONT_SIZE / 2;
    expect(shown[0]).toBe(0);
    expect(shown.length).toBeLessThanOrEqual(
      Math.max(1, Math.floor((width + gap) / (labelW + gap))),
    );
    for (let k = 1; k < shown.length; k++) {
      expect((shown[k]! - shown[k - 1]!) * slot).toBeGreaterThanOrEqual(labelW + gap - 1e-9);
    }
    // the first and last labels stay inside the row
    const centre = (i: number) => inset + (i + 0.5) * slot;
    for (const i of shown) {
      expect(centre(i) - labelW / 2).toBeGreaterThanOrEqual(-1e-9);
      if (count > 1) expect(centre(i) + labelW / 2).toBeLessThanOrEqual(width + 1e-9);
    }
  });

  it("labels every column when there is room", () => {
    expect(labelStep(40, 20)).toBe(1);
    expect(labelledIndices(5, 1)).toEqual([0, 1, 2, 3, 4]);
    expect(labelledIndices(7, 3)).toEqual([0, 3, 6]);
    expect(edgeInset(5, 300, 20)).toBe(0);
  });
});

describe("mirroring", () => {
  it("mirrors boxes and flips anchors in RTL only", () => {
    expect(mirrorX(10, 50, "ltr")).toBe(10);
    expect(mirrorX(10, 50, "rtl")).toBe(VIEW_WIDTH - 60);
    expect(mirrorText(5, "start", "rtl")).toEqual({ x: VIEW_WIDTH - 5, textAnchor: "end" });
    expect(mirrorText(5, "end", "rtl").textAnchor).toBe("start");
    expect(mirrorText(5, "middle", "rtl").textAnchor).toBe("middle");
    expect(mirrorText(5, "start", "ltr")).toEqual({ x: 5, textAnchor: "start" });
  });
});
