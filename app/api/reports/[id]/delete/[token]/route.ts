// POST /{locale}/reports/{id}/delete/{token} (proxy.ts rewrites it here, with ?locale=): deletes
// the report at once. A browser (the confirmation form) is redirected to a page in its language;
// an API client (Accept: application/json) gets {"deleted": true}, 404 or 503.
import { routing } from "@/i18n/routing";
import { REPORT_HEADERS } from "@/lib/reports/headers";
import { SAVED_COOKIE } from "@/lib/reports/saved-cookie";
import { isSecret } from "@/lib/reports/secret";
import { savedReports } from "@/lib/reports/runtime";

export const dynamic = "force-dynamic";

type Outcome = "deleted" | "missing" | "unavailable";

async function remove(id: string, token: string): Promise<Outcome> {
  const reports = savedReports();
  if (!reports) return "unavailable";
  try {
    return (await reports.delete(id, token)) ? "deleted" : "missing";
  } catch (e) {
    console.error(`Saved report could not be deleted: ${(e as Error).message}`);
    return "unavailable";
  }
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string; token: string }> }): Promise<Response> {
  const { id, token } = await params;
  const outcome = isSecret(id) && isSecret(token) ? await remove(id, token) : "missing";
  const url = new URL(request.url);
  const locale = routing.locales.find((l) => l === url.searchParams.get("locale")) ?? routing.defaultLocale;

  if (request.headers.get("accept")?.includes("application/json")) {
    const status = { deleted: 200, missing: 404, unavailable: 503 }[outcome];
    const body = outcome === "deleted" ? { deleted: true } : { error: outcome === "missing" ? "not-found" : "unavailable" };
    return Response.json(body, { status, headers: REPORT_HEADERS });
  }
  const here = `/${locale}/reports/${id}/delete/${token}`;
  // Relative Location: the browser resolves it against the address it used (SITE_URL may differ behind a proxy).
  const location = { deleted: `/${locale}/reports/deleted`, missing: here, unavailable: `${here}?failed=1` }[outcome];
  const headers = new Headers({ ...REPORT_HEADERS, location });
  if (outcome === "deleted") headers.append("set-cookie", `${SAVED_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
  return new Response(null, { status: 303, headers });
}
