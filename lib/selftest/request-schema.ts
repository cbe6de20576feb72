import { z } from "zod";
import { CHECK_GROUPS, type CheckGroup } from "./groups";

/** `?groups=mail,socks` on the API; absent = every group. */
export const groupsParam = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(",").map((g) => g.trim()).filter(Boolean) : [...CHECK_GROUPS]))
  .pipe(z.array(z.enum(CHECK_GROUPS, { error: `groups: ${CHECK_GROUPS.join(", ")}` })).min(1))
  .transform((groups) => [...new Set(groups)] as CheckGroup[]);
