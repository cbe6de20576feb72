// Numbers, shares and fix times as the statistics page writes them.
import { describe, expect, it } from "vitest";
import { durationParts, statisticsFormat } from "./format";

describe("durationParts", () => {
  it.each([
    [0, "minutes", 1], // under a minute still reads as one
    [15 * 60_000, "minutes", 15],
    [119 * 60_000, "minutes", 119],
    [120 * 60_000, "hours", 2],
    [47 * 3_600_000, "hours", 47],
    [48 * 3_600_000, "days", 2],
    [10.4 * 86_400_000, "days", 10],
  ] as const)("%d ms is %s %d", (ms, unit, count) => {
    expect(durationParts(ms)).toEqual({ unit, count });
  });
});

describe("statisticsFormat", () => {
  const en = statisticsFormat("en", "fewer than 10");

  it("writes shares whole, with one decimal below 10%, and 0% of nothing", () => {
    expect(en.percent(44, 100)).toBe("44%");
    expect(en.percent(1, 3)).toBe("33%");
    expect(en.percent(1, 40)).toBe("2.5%");
    expect(en.percent(0, 0)).toBe("0%");
  });

  it("writes a suppressed cell as the locale's words and counts in the locale's digits", () => {
    expect(en.cell(null)).toBe("fewer than 10");
    expect(en.cell(12345)).toBe("12,345");
    expect(statisticsFormat("de", "weniger als 10").cell(12345)).toBe("12.345");
    expect(statisticsFormat("ar", "أقل من 10").number(27)).toBe(new Intl.NumberFormat("ar").format(27));
  });

  it("writes UTC days and country names in the locale", () => {
    expect(en.day("2026-12-05")).toBe("December 5, 2026");
    expect(statisticsFormat("en-GB", "").day("2026-12-05")).toBe("5 December 2026");
    expect(en.country("RO")).toBe("Romania");
    expect(statisticsFormat("ro", "").country("RO")).toBe("România");
  });
});
