import { defineRouting } from "next-intl/routing";

// The ONE list of locales. Adding a locale = one entry here, one messages/<locale>.json,
// one content/<locale>/ folder. Everything else (sitemap, switcher, tests) derives from this.
export const routing = defineRouting({
  locales: ["en", "ro", "es", "fr", "de", "da", "zh-Hans", "pt", "it", "ar", "zh-Hant", "nb", "nl", "sr", "sr-Latn", "hu", "ja", "bg", "fi", "pl", "ko", "sq", "lt"],
  defaultLocale: "en",
  localePrefix: "always",
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
