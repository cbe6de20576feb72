import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale negotiation: "/" and unprefixed paths redirect by Accept-Language.
export default createMiddleware(routing);

export const config = {
  // Skip API routes, Next internals and files with an extension (icons, sitemap, robots, downloads).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
