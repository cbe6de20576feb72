// The HTTP status of a saved report's page, decided in server.ts before Next.js renders it: the
// pages show "not found" and "try again later" themselves (see report-missing.tsx for why), but
// only the server can make that a 404 or a 503 for browsers, crawlers and scripts.
import type { ServerResponse } from "node:http";
import type { SavedReports } from "./saved-reports";
import { isSecret } from "./secret";

const PAGE = /^\/[^/]+\/reports\/([^/]+)(?:\/delete\/([^/]+))?\/?$/;
const NOT_REPORTS = new Set(["deleted"]);

/** 404, 503, or null when the page renders normally (or the request is not for a report page). */
export async function reportPageStatus(method: string, pathname: string, reports: SavedReports | null): Promise<404 | 503 | null> {
  if (method !== "GET" && method !== "HEAD") return null;
  const match = PAGE.exec(pathname);
  if (!match || NOT_REPORTS.has(match[1]!)) return null;
  const [, id, token] = match as unknown as [string, string, string | undefined];
  if (!isSecret(id) || (token !== undefined && !isSecret(token))) return 404;
  if (!reports) return 503;
  try {
    const row = token === undefined ? await reports.find(id) : await reports.findForDeletion(id, token);
    return row ? null : 404;
  } catch {
    return 503;
  }
}

/** Makes every status Next.js later sets on `res` come out as `status`. */
export function pinStatus(res: ServerResponse, status: number): void {
  const writeHead = res.writeHead.bind(res) as (code: number, ...rest: unknown[]) => ServerResponse;
  res.writeHead = ((_code: number, ...rest: unknown[]) => writeHead(status, ...rest)) as typeof res.writeHead;
  Object.defineProperty(res, "statusCode", { get: () => status, set: () => {}, configurable: true });
}
