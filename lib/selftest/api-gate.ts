// server.ts runs the gate for POST /api/self-test before Next.js sees the request: a flood from
// one address then costs a few microseconds per refusal instead of a route render, and pages
// stay responsive. Refusals are answered here (same contract and words as the route); an
// admitted request reaches the route with a one-time ticket token in TICKET_HEADER. A request
// from another website is refused first, so that it cannot use up the visitor's cooldown.
import { readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import path from "node:path";
import { createTranslator } from "next-intl";
import { routing } from "../../i18n/routing";
import { localeFromAcceptLanguage } from "./accept-language";
import { crossSiteRefusal, isCrossSite } from "./cross-site";
import type { Refusal } from "./gate";
import { selectionOf } from "./groups";
import { apiFormatOf, refusalAnswer, type RefusalAnswer } from "./refusal-answer";
import { parseApiQuery } from "./request-schema";
import { TICKET_HEADER } from "./runtime";
import type { SelfTestService } from "./service";

export const API_PATH = "/api/self-test";

/** `siteOrigin`: our own origin (SITE_URL), the only Origin a browser may send with a test. */
export function createApiGate(
  service: SelfTestService,
  siteOrigin: string,
  messagesDir = path.join(process.cwd(), "messages"),
) {
  const translators = new Map(
    routing.locales.map((locale) => {
      const messages = JSON.parse(readFileSync(path.join(messagesDir, `${locale}.json`), "utf8"));
      return [locale, createTranslator({ locale, messages })] as const;
    }),
  );

  /** Admits a test (its ticket parked for the route) or says why not; null also for bad input. */
  async function admit(req: IncomingMessage, url: URL, client: string | null): Promise<Refusal | null> {
    const query = parseApiQuery(url.searchParams, apiFormatOf(req.headers.accept));
    if (!query.ok) return null; // the route explains bad input
    const ticket = await service.admit(client, selectionOf(query.groups));
    if (!ticket.ok) return ticket;
    req.headers[TICKET_HEADER] = service.park(ticket);
    return null;
  }

  /** A refusal to send now, or null to hand the request to Next.js (with a ticket if admitted). */
  return async function apiGate(req: IncomingMessage, client: string | null): Promise<RefusalAnswer | null> {
    delete req.headers[TICKET_HEADER]; // only we may set it
    const url = new URL(req.url ?? "/", "http://site.invalid");
    if (req.method !== "POST" || url.pathname !== API_PATH) return null;
    const refusal = isCrossSite((name) => req.headers[name], siteOrigin)
      ? crossSiteRefusal(client)
      : await admit(req, url, client);
    if (!refusal) return null;
    const t = translators.get(localeFromAcceptLanguage(req.headers["accept-language"] ?? null))!;
    return refusalAnswer(refusal, apiFormatOf(req.headers.accept), (key, values) => t(key as never, values as never));
  };
}
