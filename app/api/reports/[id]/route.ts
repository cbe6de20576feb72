// GET /{locale}/reports/{id} with Accept: application/json (proxy.ts rewrites it here): the
// stored SelfTestReport plus savedAt and expiresAt; 404 for an unknown, expired or malformed id.
import { loadReport } from "@/lib/reports/load";
import { REPORT_HEADERS } from "@/lib/reports/headers";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const loaded = await loadReport(id);
  if (loaded.state === "missing") return Response.json({ error: "not-found" }, { status: 404, headers: REPORT_HEADERS });
  if (loaded.state === "unavailable") {
    return Response.json({ error: "unavailable" }, { status: 503, headers: { ...REPORT_HEADERS, "retry-after": "60" } });
  }
  const { report, savedAt, expiresAt } = loaded.row;
  return Response.json({ ...report, savedAt: savedAt.toISOString(), expiresAt: expiresAt.toISOString() }, { headers: REPORT_HEADERS });
}
