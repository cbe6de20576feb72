import { z } from "zod";

// Who runs this copy of the site, shown on the contact page and in the accessibility statement.
// The address defaults are reserved .example names, so an unset variable never sends a visitor's
// mail to a stranger; a production start refuses them (lib/placeholder-config.ts).
export const OPERATOR_DEFAULTS = {
  contactEmail: "contact@secure-your-server.example",
  accessibilityEmail: "accessibility@secure-your-server.example",
} as const;

const schema = z.object({
  OPERATOR_NAME: z.string().trim().max(200, "must be at most 200 characters").optional(),
  CONTACT_EMAIL: z.email({ error: "must be an e-mail address, e.g. contact@your-domain" }).default(OPERATOR_DEFAULTS.contactEmail),
  ACCESSIBILITY_CONTACT_EMAIL: z
    .email({ error: "must be an e-mail address, e.g. accessibility@your-domain" })
    .default(OPERATOR_DEFAULTS.accessibilityEmail),
});

export interface Operator {
  /** null: not configured (allowed only with ALLOW_PLACEHOLDER_CONFIG) */
  name: string | null;
  contactEmail: string;
  accessibilityEmail: string;
}

export type OperatorResult = { ok: true; operator: Operator } | { ok: false; errors: string[] };

export function parseOperator(env: Record<string, string | undefined>): OperatorResult {
  const trimmed = (v: string | undefined) => v?.trim() || undefined;
  const parsed = schema.safeParse({
    OPERATOR_NAME: trimmed(env.OPERATOR_NAME),
    CONTACT_EMAIL: trimmed(env.CONTACT_EMAIL),
    ACCESSIBILITY_CONTACT_EMAIL: trimmed(env.ACCESSIBILITY_CONTACT_EMAIL),
  });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  const e = parsed.data;
  return { ok: true, operator: { name: e.OPERATOR_NAME ?? null, contactEmail: e.CONTACT_EMAIL, accessibilityEmail: e.ACCESSIBILITY_CONTACT_EMAIL } };
}

/** The operator as the running process is configured; server.ts has already refused bad values. */
export function currentOperator(): Operator {
  const parsed = parseOperator(process.env);
  if (!parsed.ok) throw new Error(`Configuration error: ${parsed.errors.join("; ")}`);
  return parsed.operator;
}
