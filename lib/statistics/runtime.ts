// server.ts parks the statistics source here, as it does with the self-test service
// (see lib/server-slot.ts).
import { serverSlot } from "../server-slot";
import type { StatisticsSource } from "./source";

const slot = serverSlot<StatisticsSource>("statistics");

export const installStatistics = slot.install;

/** null when the site was not started by server.ts (next dev): there is no store to count from */
export const statisticsSource = slot.get;
