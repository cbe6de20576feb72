import { routing } from "@/i18n/routing";
import { listPages } from "@/lib/content/load";

/**
 * Every public page, as a locale-free path. The sitemap and the e2e page sweep both read this
 * list, so a page added here is published and tested in every locale.
 */
/** Partners, the campaign letter, the press page and the campaign statistics. */
const OUTREACH_PAGES = ["/partners", "/letter", "/press", "/statistics"];

export function sitePaths(): string[] {
  const guidance = listPages(routing.defaultLocale, "guidance").map((page) => `/${page.slug}`);
  const fixes = listPages(routing.defaultLocale, "fixes").map((page) => `/${page.slug}`);
  return ["", "/self-test", "/guidance", ...guidance, "/fixes", ...fixes, "/about", "/privacy", "/accessibility", "/contact", ...OUTREACH_PAGES];
}
