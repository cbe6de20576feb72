import { routing } from "../../i18n/routing";
import { sitePaths } from "../../lib/site-pages";

export const locales: readonly string[] = routing.locales;
export const defaultLocale = routing.defaultLocale;

/** Every public page (locale-free path), from the same list the sitemap uses. */
export const pages: string[] = sitePaths();
