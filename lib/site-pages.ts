import { routing } from "@/i18n/routing";
import { listPages } from "@/lib/content/load";

/**
 * Every public page, as a locale-free path. The sitemap and the e2e page sweep both read this
 * list, so a page added here is published and tested in every locale.
 */
export function sitePaths(): string[] {
  const guidance = listPages(routing.defaultLocale, "guidance").map((page) => `/${page.slug}`);
  return ["", "/guidance", ...guidance, "/about", "/privacy", "/accessibility"];
}
