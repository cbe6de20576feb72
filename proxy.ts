import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { negotiateLocale } from "./i18n/negotiate";
import { REPORT_HEADERS } from "./lib/reports/headers";

const intl = createMiddleware(routing);

const REPORT_PATH = /^\/([^/]+)\/reports\/([^/]+)(?:\/delete\/([^/]+))?\/?$/;

/**
 * A saved report's address answers in three ways (see app/api/reports): the page, its JSON for
 * Accept: application/json, and, for the delete address, a plain POST that deletes. The last two
 * go to route handlers; a POST from a server action (Next-Action header) stays with the page.
 */
function reportRoute(request: NextRequest): NextResponse | null {
  const match = REPORT_PATH.exec(request.nextUrl.pathname);
  const locale = routing.locales.find((l) => l === match?.[1]);
  if (!match || !locale) return null;
  const [, , id, token] = match;
  const accept = request.headers.get("accept") ?? "";
  if (token === undefined && request.method === "GET" && accept.includes("application/json") && !accept.includes("text/html")) {
    return NextResponse.rewrite(new URL(`/api/reports/${id}`, request.url));
  }
  if (token !== undefined && request.method === "POST" && !request.headers.has("next-action")) {
    return NextResponse.rewrite(new URL(`/api/reports/${id}/delete/${token}?locale=${locale}`, request.url));
  }
  return null;
}

// Locale routing: "/" and unprefixed paths redirect to a locale. We choose that locale ourselves
// (by language and script, see i18n/negotiate.ts) and hand next-intl a header naming only it.
export default function proxy(request: NextRequest) {
  const rewritten = reportRoute(request);
  if (rewritten) return rewritten;
  const headers = new Headers(request.headers);
  headers.set(
    "accept-language",
    negotiateLocale(request.headers.get("accept-language"), routing.locales, routing.defaultLocale),
  );
  const response = intl(new NextRequest(request, { headers }));
  if (REPORT_PATH.test(request.nextUrl.pathname)) {
    for (const [name, value] of Object.entries(REPORT_HEADERS)) response.headers.set(name, value);
  }
  return response;
}

export const config = {
  // Skip API routes, Next internals and files with an extension (icons, sitemap, robots, downloads).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
