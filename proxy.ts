import { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { negotiateLocale } from "./i18n/negotiate";

const intl = createMiddleware(routing);

// Locale routing: "/" and unprefixed paths redirect to a locale. We choose that locale ourselves
// (by language and script, see i18n/negotiate.ts) and hand next-intl a header naming only it.
export default function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(
    "accept-language",
    negotiateLocale(request.headers.get("accept-language"), routing.locales, routing.defaultLocale),
  );
  return intl(new NextRequest(request, { headers }));
}

export const config = {
  // Skip API routes, Next internals and files with an extension (icons, sitemap, robots, downloads).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
