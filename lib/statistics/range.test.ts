import { describe, expect, it } from "vitest";
import { parseRange } from "./range";

const NOW = new Date("2026-03-15T23:30:00.000Z");

describe("parseRange", () => {
  it("defaults to the 90 days up to today (UTC)", () => {
    expect(parseRange({}, NOW)).toEqual({ ok: true, from: "2025-12-16", to: "2026-03-15" });
    expect(parseRange(new URLSearchParams(""), NOW)).toEqual({ ok: true, from: "2025-12-16", to: "2026-03-15" });
    expect(parseRange({ from: "", to: null }, NOW)).toEqual({ ok: true, from: "2025-12-16", to: "2026-03-15" });
  });

  it("takes from and to, each defaulting on its own", () => {
    expect(parseRange(new URLSearchParams("from=2024-02-29&to=2024-03-01"), NOW)).toEqual({ ok: true, from: "2024-02-29", to: "2024-03-01" });
    expect(parseRange({ from: "2026-03-15", to: "2026-03-15" }, NOW)).toEqual({ ok: true, from: "2026-03-15", to: "2026-03-15" });
    expect(parseRange({ from: "2026-01-01" }, NOW)).toEqual({ ok: true, from: "2026-01-01", to: "2026-03-15" });
    expect(parseRange({ to: "2026-01-31" }, NOW)).toEqual({ ok: true, from: "2025-11-03", to: "2026-01-31" });
  });

  it.each([
    [{ from: "2026-1-05" }, 'from: "2026-1-05" is not a date (YYYY-MM-DD)'],
    [{ from: "05.01.2026" }, 'from: "05.01.2026" is not a date (YYYY-MM-DD)'],
    [{ to: "2026-02-30" }, 'to: "2026-02-30" is not a date (YYYY-MM-DD)'],
    [{ from: "2025-02-29" }, 'from: "2025-02-29" is not a date (YYYY-MM-DD)'],
    [{ to: "2026-03-15T00:00:00Z" }, 'to: "2026-03-15T00:00:00Z" is not a date (YYYY-MM-DD)'],
    [{ from: ["2026-01-01", "2026-01-02"] }, "from: give one date (YYYY-MM-DD)"],
    [{ from: "2026-03-02", to: "2026-03-01" }, "from (2026-03-02) is after to (2026-03-01)"],
    [{ from: "2026-04-01" }, "from (2026-04-01) is after to (2026-03-15)"],
    [{ from: "2016-03-07", to: "2026-03-15" }, "from (2016-03-07) to to (2026-03-15) spans 3661 days; at most 3660 are allowed"],
  ])("refuses %j: %s", (params, message) => {
    expect(parseRange(params, NOW)).toEqual({ ok: false, error: "invalid-date", message });
  });

  it("allows exactly 3660 days", () => {
    expect(parseRange({ from: "2016-03-08", to: "2026-03-15" }, NOW)).toEqual({ ok: true, from: "2016-03-08", to: "2026-03-15" });
  });
});
