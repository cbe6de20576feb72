"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { routing } from "@/i18n/routing";
import { isCrossSite } from "@/lib/selftest/cross-site";
import { kindsOfGroups } from "@/lib/selftest/groups";
import { clientIpOf, selfTestService } from "@/lib/selftest/runtime";
import { siteUrl } from "@/lib/site-url";
import { FIELD_ERRORS, startSchema, type FormError } from "./schema";

/**
 * The no-JavaScript path (the page's live view uses /api/self-test): validate, gate, run the
 * whole test, then show the report. Failures go back to the form with codes in the query.
 */
export async function startSelfTest(formData: FormData): Promise<void> {
  const input = {
    locale: formData.get("locale"),
    consent: formData.get("consent"),
    groups: formData.getAll("groups"),
  };
  const parsed = startSchema.safeParse(input);
  const locale = routing.locales.find((l) => l === input.locale) ?? routing.defaultLocale;
  const back = (query: Record<string, string>) =>
    redirect(`/${locale}/self-test?${new URLSearchParams(query)}`);
  const groups = input.groups.filter((g): g is string => typeof g === "string").join(",");
  const requestHeaders = await headers();

  // The same rule as the API: a form on another website must not start a test for its visitors.
  if (isCrossSite((name) => requestHeaders.get(name), siteUrl.origin)) return back({ refused: "cross-site" });

  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => i.path[0]));
    const errors = FIELD_ERRORS.filter((f) => fields.has(f));
    return back({ error: (errors.length > 0 ? errors : (["failed"] satisfies FormError[])).join(","), groups });
  }
  const service = selfTestService();
  if (!service) return back({ refused: "disabled" });
  const ticket = await service.admit(clientIpOf(requestHeaders), kindsOfGroups(parsed.data.groups));
  if (!ticket.ok) return back({ refused: ticket.refused });
  let failed = false;
  try {
    await ticket.run();
  } catch {
    failed = true;
  }
  if (failed) return back({ error: "failed" });
  redirect(`/${locale}/self-test/report`);
}
