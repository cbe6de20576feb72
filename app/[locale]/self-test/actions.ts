"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { routing } from "@/i18n/routing";
import { SAVED_COOKIE, savedCookieOptions, savedCookieValue } from "@/lib/reports/saved-cookie";
import type { SaveOutcome } from "@/lib/reports/saved-reports";
import { savedReports } from "@/lib/reports/runtime";
import { isCrossSite } from "@/lib/selftest/cross-site";
import { selectionOf } from "@/lib/selftest/groups";
import { clientIpOf, selfTestService } from "@/lib/selftest/runtime";
import { siteUrl } from "@/lib/site-url";
import { FIELD_ERRORS, startSchema, type FormError } from "./schema";

/**
 * The no-JavaScript path (the page's live view uses /api/self-test): validate, gate, start the
 * test and answer at once with the "testing" page, which refreshes itself until the report is
 * there (testing/page.tsx). Failures go back to the form with codes in the query.
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
  const ip = clientIpOf(requestHeaders);
  // The report the visitor has now: the testing page waits for one that is not this one.
  const before = ip ? ((await service.recall(ip).catch(() => null))?.current.startedAt ?? "") : "";
  const ticket = await service.admit(ip, selectionOf(parsed.data.groups));
  if (!ticket.ok) return back({ refused: ticket.refused });
  // After the answer is sent. A failed run leaves no new report; the testing page then gives up
  // at the deadline and says so (and a runner that failed has given the cooldown back).
  after(() => ticket.run().then(() => undefined, () => undefined));
  redirect(`/${locale}/self-test/testing?${new URLSearchParams({ since: String(Date.now()), after: before })}`);
}

/**
 * "Save this report and get a link" (with and without JavaScript): stores the visitor's latest
 * report, hands their browser the delete secret for an hour (saved-cookie.ts) and opens the
 * saved report. Failures go back to the report page with a code for the save section.
 */
export async function saveReport(formData: FormData): Promise<void> {
  const input = formData.get("locale");
  const locale = routing.locales.find((l) => l === input) ?? routing.defaultLocale;
  const back = (save: "failed" | "limited" | "expired") => redirect(`/${locale}/self-test/report?save=${save}#save`);
  const requestHeaders = await headers();
  if (isCrossSite((name) => requestHeaders.get(name), siteUrl.origin)) return back("failed");

  const ip = clientIpOf(requestHeaders);
  const latest = ip ? await selfTestService()?.latestForSaving(ip) : null;
  if (!latest) return back("expired");
  const reports = savedReports();
  if (!reports) return back("failed");
  let outcome: SaveOutcome | null = null;
  try {
    outcome = await reports.save(latest.report, latest.visitor);
  } catch (e) {
    console.error(`A report could not be saved: ${(e as Error).message}`);
  }
  if (!outcome) return back("failed");
  if (!outcome.ok) return back("limited");
  const { id, deleteToken } = outcome.saved;
  (await cookies()).set(SAVED_COOKIE, savedCookieValue(id, deleteToken), savedCookieOptions);
  redirect(`/${locale}/reports/${id}`);
}
