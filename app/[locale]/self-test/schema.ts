import { z } from "zod";
import { routing } from "@/i18n/routing";
import { REFUSAL_CODES } from "@/lib/probe";
import { GATE_CODES } from "@/lib/selftest/gate";
import { CHECK_GROUPS } from "@/lib/selftest/groups";

/** The start form. There is deliberately no field for a target: we test the requester. */
export const startSchema = z.object({
  locale: z.enum(routing.locales),
  consent: z.literal("yes"),
  groups: z.array(z.enum(CHECK_GROUPS)).min(1),
});

export const FIELD_ERRORS = ["consent", "groups"] as const;
export type FieldError = (typeof FIELD_ERRORS)[number];
export const FORM_ERRORS = [...FIELD_ERRORS, "failed"] as const;
export type FormError = (typeof FORM_ERRORS)[number];

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",") : []))
    .pipe(z.array(z.enum(values)))
    .catch([]);

/** What the action tells the start page after a failed start (query string). Junk is ignored. */
export const startPageQuery = z.object({
  error: csv(FORM_ERRORS),
  refused: z.enum([...REFUSAL_CODES, ...GATE_CODES]).optional().catch(undefined),
  groups: csv(CHECK_GROUPS),
});
export type StartPageQuery = z.infer<typeof startPageQuery>;

/** The no-JavaScript "testing" page: when the test started (ms), and the report it replaces. */
export const testingPageQuery = z.object({
  since: z.coerce.number().int().catch(0),
  after: z.string().max(64).catch(""),
});
