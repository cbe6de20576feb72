import { routing, type Locale } from "./routing";

// Scripts written right to left; direction is derived from the language, so adding an
// RTL locale needs no code change.
const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb"]);

export function localeDirection(locale: string): "ltr" | "rtl" {
  const language = new Intl.Locale(locale).language;
  return RTL_LANGUAGES.has(language) ? "rtl" : "ltr";
}

/** A language's name in its own language, as a switcher should show it. */
export function localeAutonym(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

// The Unicode root collation (CLDR's default order: Latin, then Cyrillic, Arabic, Hangul, Han…).
// English adds no tailoring to it, so "en" pins that order; "und" or the default locale would
// follow the server's own locale settings instead.
const rootCollator = new Intl.Collator("en");

/**
 * The language switcher's list, in one order on every page and in every locale: by autonym
 * (the name a reader looks for) under the root collation, then by code if two names were ever
 * equal. A new locale in routing.ts takes its place by this rule with no other change.
 */
export function switcherLanguages(
  locales: readonly string[] = routing.locales,
): { code: string; name: string }[] {
  return locales
    .map((code) => ({ code, name: localeAutonym(code) }))
    .sort((a, b) => rootCollator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1));
}

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}
