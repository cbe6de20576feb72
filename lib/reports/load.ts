// What a report page gets from the store: the row, "not there" (a 404), or "store down". Any
// failure counts as "store down": the reader gets a clear message, the log gets the cause.
import type { SavedReportRow } from "../store/types";
import { savedReports } from "./runtime";
import type { SavedReports } from "./saved-reports";

export type Loaded = { state: "found"; row: SavedReportRow } | { state: "missing" } | { state: "unavailable" };

export async function loadReport(find: (reports: SavedReports) => Promise<SavedReportRow | null>): Promise<Loaded> {
  const reports = savedReports();
  if (!reports) return { state: "unavailable" };
  try {
    const row = await find(reports);
    return row ? { state: "found", row } : { state: "missing" };
  } catch (e) {
    console.error(`Saved report could not be read: ${(e as Error).message}`);
    return { state: "unavailable" };
  }
}
