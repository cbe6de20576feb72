// GET /api/statistics.csv?from=YYYY-MM-DD&to=YYYY-MM-DD: the same daily aggregates as CSV.
import { openDataResponse } from "@/lib/statistics/api";
import { statisticsSource } from "@/lib/statistics/runtime";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return openDataResponse(new URL(request.url), "csv", statisticsSource());
}
