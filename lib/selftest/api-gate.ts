// server.ts runs the gate for POST /api/self-test before Next.js sees the request: a flood from
// one address then costs a few microseconds per refusal instead of a route render, and pages
// stay responsive. Refusals are answered here (same contract and words as the route); an
// admitted request reaches the route with a one-time ticket token in TICKET_HEADER.
import { readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import path from "node:path";
import { createTranslator } from "next-intl";
import { routing } from "../../i18n/routing";
import { localeFromAcceptLanguage } from "./accept-language";
import { kindsOfGroups } from "./groups";
import { apiFormatOf, refusalAnswer, type RefusalAnswer } from "./refusal-answer";
import { groupsParam } from "./request-schema";
import { TICKET_HEADER } from "./runtime";
import type { SelfTestService } from "./service";

export const API_PATH = "/api/self-test";

export function createApiGate(service: SelfTestService, messagesDir = path.join(process.cwd(), "messages")) {
  const translators = new Map(
    routing.locales.map((locale) => {
      const messages = JSON.parse(readFileSync(path.join(messagesDir, `${locale}.json`), "utf8"));
      return [locale, createTranslator({ locale, messages })] as const;
    }),
  );

  /** A refusal to send now, or null to hand the request to Next.js (with a ticket if admitted). */
  return async function apiGate(req: IncomingMessage, client: string | null): Promise<RefusalAnswer | null> {
    delete req.headers[TICKET_HEADER]; // only we may set it
    const url = new URL(req.url ?? "/", "http://site.invalid");
    if (req.method !== "POST" || url.pathname !== API_PATH) return null;
    const groups = groupsParam.safeParse(url.searchParams.get("groups") ?? undefined);
    if (!groups.success) return null; // the route explains bad input
    const ticket = await service.admit(client, kindsOfGroups(groups.data));
    if (ticket.ok) {
      req.headers[TICKET_HEADER] = service.park(ticket);
      return null;
    }
    const t = translators.get(localeFromAcceptLanguage(req.headers["accept-language"] ?? null))!;
    return refusalAnswer(ticket, apiFormatOf(req.headers.accept), (key, values) => t(key as never, values as never));
  };
}
