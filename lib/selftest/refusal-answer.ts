// The API's refusal in every format (contract): JSON {"refused","ip","retryAfterSeconds"?} for
// JSON/NDJSON clients, a localized line of text otherwise; Retry-After when there is a wait.
import type { Refusal } from "./gate";
import { formatTextRefusal } from "./text-report";

export type ApiFormat = "text" | "json" | "ndjson";

export function apiFormatOf(accept: string | null | undefined): ApiFormat {
  if (accept?.includes("application/x-ndjson")) return "ndjson";
  if (accept?.includes("application/json")) return "json";
  return "text";
}

export const NO_STORE = { "cache-control": "no-store, no-transform" };

export interface RefusalAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

type T = (key: string, values?: Record<string, string | number>) => string;

export function refusalAnswer(refusal: Refusal, format: ApiFormat, t: T): RefusalAnswer {
  const headers: Record<string, string> = { ...NO_STORE };
  if (refusal.retryAfterSeconds !== undefined) headers["retry-after"] = String(refusal.retryAfterSeconds);
  if (format === "text") {
    headers["content-type"] = "text/plain; charset=utf-8";
    return { status: refusal.status, headers, body: formatTextRefusal(refusal, t) };
  }
  headers["content-type"] = "application/json";
  const body = {
    refused: refusal.refused,
    ip: refusal.ip,
    ...(refusal.retryAfterSeconds !== undefined ? { retryAfterSeconds: refusal.retryAfterSeconds } : {}),
  };
  return { status: refusal.status, headers, body: JSON.stringify(body) };
}
