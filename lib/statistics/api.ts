// GET /api/statistics (JSON) and /api/statistics.csv: the daily open data of a date range.
// A bad from/to is a 400 that says what is wrong; a store that cannot answer is a 503.
import { StoreUnavailableError } from "../store/types";
import { LICENCE, toCsv, toJson } from "./open-data";
import { parseRange } from "./range";
import type { StatisticsSource } from "./source";

export type OpenDataFormat = "json" | "csv";

const COMMON = {
  // Open data: any site may read it; a minute old at most (today's counts change as tests end).
  "access-control-allow-origin": "*",
  "cache-control": "public, max-age=60",
  link: `<${LICENCE.url}>; rel="license"`,
};

function problem(format: OpenDataFormat, status: number, error: string, message: string, extra: Record<string, string> = {}): Response {
  const headers = { ...COMMON, "cache-control": "no-store", ...extra };
  if (format === "json") return Response.json({ error, message }, { status, headers });
  return new Response(`${message}\n`, { status, headers: { ...headers, "content-type": "text/plain; charset=utf-8" } });
}

export async function openDataResponse(url: URL, format: OpenDataFormat, source: StatisticsSource | null, now = new Date()): Promise<Response> {
  const range = parseRange(url.searchParams, now);
  if (!range.ok) return problem(format, 400, range.error, range.message);
  const unavailable = () =>
    problem(format, 503, "unavailable", "The statistics cannot be read right now. Please try again in a minute.", { "retry-after": "60" });
  if (!source) return unavailable();
  try {
    const report = await source.report(range.from, range.to, now);
    if (format === "json") return Response.json(toJson(report), { headers: COMMON });
    const name = `statistics-${report.demo ? "demo-" : ""}${range.from}-to-${range.to}.csv`;
    return new Response(toCsv(report), {
      headers: {
        ...COMMON,
        "content-type": "text/csv; charset=utf-8; header=present",
        "content-disposition": `inline; filename="${name}"`,
      },
    });
  } catch (e) {
    if (e instanceof StoreUnavailableError) return unavailable();
    throw e;
  }
}
