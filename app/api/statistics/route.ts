// GET /api/statistics?from=YYYY-MM-DD&to=YYYY-MM-DD: daily aggregates as JSON (lib/statistics/api.ts).
import { openDataResponse } from "@/lib/statistics/api";
import { statisticsSource } from "@/lib/statistics/runtime";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return openDataResponse(new URL(request.url), "json", statisticsSource());
}
