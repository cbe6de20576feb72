// The date range of the statistics page and the open data (?from=YYYY-MM-DD&to=YYYY-MM-DD):
// real calendar days, from ≤ to, at most MAX_RANGE_DAYS; by default the 90 days up to today (UTC).
import { z } from "zod";

export const MAX_RANGE_DAYS = 3660;
export const DEFAULT_RANGE_DAYS = 90;
const DAY_MS = 86_400_000;

export type RangeResult = { ok: true; from: string; to: string } | { ok: false; error: "invalid-date"; message: string };

const isCalendarDay = (s: string) => {
  const ms = Date.parse(`${s}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === s;
};

// Empty means absent (a form submitted with a blank field).
const param = (name: "from" | "to") =>
  z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z
      .string({ error: `${name}: give one date (YYYY-MM-DD)` })
      .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isCalendarDay(s), { error: (issue) => `${name}: ${JSON.stringify(issue.input)} is not a date (YYYY-MM-DD)` })
      .optional(),
  );

const schema = z.object({ from: param("from"), to: param("to") });

/** As Next.js hands over searchParams (a repeated parameter is an array, and refused). */
export interface RangeParams {
  from?: string | string[] | null;
  to?: string | string[] | null;
}

// A repeated parameter becomes an array, as in Next.js's searchParams, so both are refused alike.
const oneOrAll = (params: URLSearchParams, name: string) => {
  const all = params.getAll(name);
  return all.length > 1 ? all : (all[0] ?? null);
};

const dayAt = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Parses `from`/`to` (URLSearchParams or a plain object); `now` gives today's UTC date for the defaults. */
export function parseRange(input: URLSearchParams | RangeParams, now = new Date()): RangeResult {
  const raw = input instanceof URLSearchParams ? { from: oneOrAll(input, "from"), to: oneOrAll(input, "to") } : { from: input.from, to: input.to };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid-date", message: parsed.error.issues[0]!.message };
  const to = parsed.data.to ?? dayAt(now.getTime());
  const from = parsed.data.from ?? dayAt(ms(to) - (DEFAULT_RANGE_DAYS - 1) * DAY_MS);
  if (from > to) return { ok: false, error: "invalid-date", message: `from (${from}) is after to (${to})` };
  const days = (ms(to) - ms(from)) / DAY_MS + 1;
  if (days > MAX_RANGE_DAYS) {
    return { ok: false, error: "invalid-date", message: `from (${from}) to to (${to}) spans ${days} days; at most ${MAX_RANGE_DAYS} are allowed` };
  }
  return { ok: true, from, to };
}
