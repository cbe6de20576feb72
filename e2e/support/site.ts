import { routing } from "../../i18n/routing";
import { sitePaths } from "../../lib/site-pages";

export const locales: readonly string[] = routing.locales;
export const defaultLocale = routing.defaultLocale;

/** Every public page (locale-free path), from the same list the sitemap uses. */
export const pages: string[] = sitePaths();

/** One page of each type: what accessibility and layout checks run on in each test locale. */
export const pageTypes: string[] = [
  "",
  "/guidance",
  pages.find((p) => p.startsWith("/guidance/")),
  "/about",
  "/self-test",
  "/fixes",
  pages.find((p) => p.startsWith("/fixes/")),
  "/partners",
  "/letter",
  "/press",
].filter((p): p is string => p !== undefined && pages.includes(p));

/** Locales checked in depth (axe on every page type): left to right, right to left, and CJK. */
export const deepLocales = ["en", "ro", "ar", "ja", "zh-Hant"];
