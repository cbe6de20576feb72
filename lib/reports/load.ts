// What a report page gets from the store: the row, "not there" (shown as a 404), or "store down".
// Any failure counts as "store down": the reader gets a clear message, the log gets the cause.
// Cached per request, so metadata and page share one lookup.
import { cache } from "react";
import type { SavedReportRow } from "../store/types";
import { savedReports } from "./runtime";
import type { SavedReports } from "./saved-reports";
import { isSecret } from "./secret";

export type Loaded = { state: "found"; row: SavedReportRow } | { state: "missing" } | { state: "unavailable" };

async function load(find: (reports: SavedReports) => Promise<SavedReportRow | null>): Promise<Loaded> {
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

const MISSING: Loaded = { state: "missing" };

export const loadReport = cache((id: string) => (isSecret(id) ? load((r) => r.find(id)) : Promise.resolve(MISSING)));

export const loadForDeletion = cache((id: string, token: string) =>
  isSecret(id) && isSecret(token) ? load((r) => r.findForDeletion(id, token)) : Promise.resolve(MISSING),
);
