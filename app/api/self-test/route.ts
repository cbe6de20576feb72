// POST /api/self-test — the self-test for whoever sends the request (contract):
//   text report by default, the engine's SelfTestReport with Accept: application/json,
//   progress events as NDJSON with Accept: application/x-ndjson (the page's live view);
//   refusals {"refused", "ip", "retryAfterSeconds"?} with 403 / 429 (+ Retry-After) / 503;
//   403 "cross-site" for a browser request from another website (Sec-Fetch-Site, Origin).
//   ?save=1 (JSON and text): the report is also saved; JSON gains "saved": {url, deleteUrl,
//   expiresAt}. When saving fails the report still comes back, with 503 (store down) or 429
//   (too many saves), "saved": null, and "error" and "message".
import { getTranslations } from "next-intl/server";
import { localeFromAcceptLanguage } from "@/lib/selftest/accept-language";
import { crossSiteRefusal, isCrossSite } from "@/lib/selftest/cross-site";
import type { Refusal } from "@/lib/selftest/gate";
import { apiFormatOf, NO_STORE, refusalAnswer, type ApiFormat } from "@/lib/selftest/refusal-answer";
import { clientIpOf, selfTestService, TICKET_HEADER } from "@/lib/selftest/runtime";
import { parseApiQuery } from "@/lib/selftest/request-schema";
import { saveForApi } from "@/lib/reports/api-save";
import { savedReports } from "@/lib/reports/runtime";
import { progressStream } from "@/lib/selftest/progress-stream";
import { formatTextReport } from "@/lib/selftest/text-report";
import { selectionOf } from "@/lib/selftest/groups";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

async function refusalResponse(refusal: Refusal, format: ApiFormat, language: string | null): Promise<Response> {
  const t = await getTranslations({ locale: localeFromAcceptLanguage(language) });
  const answer = refusalAnswer(refusal, format, t);
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

export async function POST(request: Request): Promise<Response> {
  const format = apiFormatOf(request.headers.get("accept"));
  const language = request.headers.get("accept-language");
  // server.ts refuses these before the gate; again here in case the route is reached without it.
  if (isCrossSite((name) => request.headers.get(name), siteUrl.origin)) {
    return refusalResponse(crossSiteRefusal(clientIpOf(request.headers)), format, language);
  }
  const query = parseApiQuery(new URL(request.url).searchParams, format);
  if (!query.ok) return Response.json({ error: query.error, allowed: query.allowed }, { status: 400, headers: NO_STORE });
  const ip = clientIpOf(request.headers);
  const service = selfTestService();
  if (!service) return refusalResponse({ ok: false, refused: "disabled", status: 503, ip }, format, language);

  // server.ts has normally run the gate already (api-gate.ts); without its ticket, gate here.
  const ticket = service.claim(request.headers.get(TICKET_HEADER)) ?? (await service.admit(ip, selectionOf(query.groups)));
  if (!ticket.ok) return refusalResponse(ticket, format, language);

  if (format === "ndjson") {
    return new Response(progressStream(ticket, request.signal), {
      headers: { ...NO_STORE, "content-type": "application/x-ndjson; charset=utf-8", "x-accel-buffering": "no" },
    });
  }
  const report = await ticket.run({ signal: request.signal });
  const locale = localeFromAcceptLanguage(language);
  const t = await getTranslations({ locale });
  const save = query.save ? await saveForApi(service, savedReports(), ip!, locale) : null;
  const saveMessage = save && !save.ok ? t(save.error === "unavailable" ? "SavedReport.api.unavailable" : "SelfTest.report.save.limited") : "";
  const status = save && !save.ok ? save.status : 200;
  if (format === "json") {
    const saved = save === null ? {} : save.ok ? { saved: save.saved } : { saved: null, error: save.error, message: saveMessage };
    return Response.json({ ...report, ...saved }, { status, headers: NO_STORE });
  }
  const fixUrl = (slug: string) => new URL(`/${locale}/fixes/${slug}`, siteUrl).href;
  const savedLines = !save
    ? ""
    : save.ok
      ? `\n${t("SavedReport.api.savedLink", { url: save.saved.url })}\n${t("SavedReport.api.deleteLink", { url: save.saved.deleteUrl })}\n${t("SavedReport.api.expires", { date: save.saved.expiresAt })}\n`
      : `\n${saveMessage}\n`;
  return new Response(formatTextReport(report, t, fixUrl) + savedLines, {
    status,
    headers: { ...NO_STORE, "content-type": "text/plain; charset=utf-8" },
  });
}
