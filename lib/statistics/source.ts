// Where the statistics page, the press page and the open data get their numbers: the store's
// daily rollups (never raw records) of real or, with STATISTICS_DEMO=true, demo data.
import type { Store } from "../store/types";
import { buildReport } from "./report";
import type { Rollups, StatisticsReport } from "./types";

export interface StatisticsSource {
  /** true: the numbers are synthetic demo records (npm run seed:demo) */
  demo: boolean;
  /** Raw rollups of the days from..to (inclusive); throws StoreUnavailableError. */
  rollups(from: string, to: string): Promise<Rollups>;
  /** The published report of from..to; throws StoreUnavailableError. */
  report(from: string, to: string, now?: Date): Promise<StatisticsReport>;
}

export function createStatisticsSource(store: Pick<Store, "rollups">, { demo }: { demo: boolean }): StatisticsSource {
  const rollups = (from: string, to: string) => store.rollups({ from, to, demo });
  return {
    demo,
    rollups,
    async report(from, to, now = new Date()) {
      return buildReport({ ...(await rollups(from, to)), from, to, demo, now });
    },
  };
}
