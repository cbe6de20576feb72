// The spans the statistics page shows, and what it gets from a source that is missing or down.
import { describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../store/types";
import { loadPageStatistics, pageRanges } from "./page-data";
import { createStatisticsSource } from "./source";

describe("pageRanges", () => {
  it("starts on the Monday 11 weeks before this week's and gives the last 30 days, by UTC", () => {
    // Saturday 5 December 2026; this ISO week starts on Monday 30 November.
    expect(pageRanges(new Date("2026-12-05T23:59:59Z"))).toEqual({ from: "2026-09-14", to: "2026-12-05", last30From: "2026-11-06" });
    // On a Monday the current week is one day long.
    expect(pageRanges(new Date("2026-12-07T00:00:00Z"))).toEqual({ from: "2026-09-21", to: "2026-12-07", last30From: "2026-11-08" });
  });
});

describe("loadPageStatistics", () => {
  it("is null without a source and when the store is down", async () => {
    expect(await loadPageStatistics(null)).toBeNull();
    const down = createStatisticsSource(
      {
        rollups: async () => {
          throw new StoreUnavailableError(new Error("connection refused"));
        },
      },
      { demo: false },
    );
    expect(await loadPageStatistics(down)).toBeNull();
  });

  it("lets other errors through (a bug should not pass for an outage)", async () => {
    const broken = createStatisticsSource(
      {
        rollups: async () => {
          throw new TypeError("bug");
        },
      },
      { demo: false },
    );
    await expect(loadPageStatistics(broken)).rejects.toThrow("bug");
  });
});
