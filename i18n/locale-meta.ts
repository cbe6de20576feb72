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

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}
