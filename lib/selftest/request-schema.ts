import { z } from "zod";
import { CHECK_GROUPS, type CheckGroup } from "./groups";

/** `?groups=mail,socks` on the API; absent = every group. */
export const groupsParam = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(",").map((g) => g.trim()).filter(Boolean) : [...CHECK_GROUPS]))
  .pipe(z.array(z.enum(CHECK_GROUPS, { error: `groups: ${CHECK_GROUPS.join(", ")}` })).min(1))
  .transform((groups) => [...new Set(groups)] as CheckGroup[]);

/** `?save=1` on the API: also store the report and answer with its link (JSON and text answers only). */
export const saveParam = z
  .enum(["0", "1"], { error: "save: 1 (store the report and return its link) or 0" })
  .optional()
  .transform((v) => v === "1");

/** The API's query string: the groups to test and whether to save (not with the NDJSON live view). */
export function parseApiQuery(params: URLSearchParams, format: "text" | "json" | "ndjson") {
  const groups = groupsParam.safeParse(params.get("groups") ?? undefined);
  if (!groups.success) return { ok: false as const, error: "invalid-groups", allowed: groups.error.issues[0]?.message };
  const save = saveParam.safeParse(params.get("save") ?? undefined);
  if (!save.success) return { ok: false as const, error: "invalid-save", allowed: save.error.issues[0]?.message };
  if (save.data && format === "ndjson") {
    return { ok: false as const, error: "invalid-save", allowed: "save=1 needs Accept: application/json or text/plain" };
  }
  return { ok: true as const, groups: groups.data, save: save.data };
}
