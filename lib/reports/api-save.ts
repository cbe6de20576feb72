// `POST /api/self-test?save=1`: save the report just made and say where it is, or why not.
import type { SelfTestService } from "../selftest/service";
import type { SavedReports } from "./saved-reports";
import { reportUrls } from "./urls";

export type ApiSave =
  | { ok: true; saved: { url: string; deleteUrl: string; expiresAt: string } }
  | { ok: false; status: 429 | 503; error: "save-limited" | "unavailable" };

export async function saveForApi(service: SelfTestService, reports: SavedReports | null, ip: string, locale: string): Promise<ApiSave> {
  const unavailable = { ok: false, status: 503, error: "unavailable" } as const;
  const latest = await service.latestForSaving(ip);
  if (!latest || !reports) return unavailable;
  try {
    const outcome = await reports.save(latest.report, latest.visitor);
    if (!outcome.ok) return { ok: false, status: 429, error: "save-limited" };
    const { url, deleteUrl } = reportUrls(locale, outcome.saved.id, outcome.saved.deleteToken);
    return { ok: true, saved: { url, deleteUrl: deleteUrl!, expiresAt: outcome.saved.expiresAt.toISOString() } };
  } catch (e) {
    console.error(`A report could not be saved: ${(e as Error).message}`);
    return unavailable;
  }
}
