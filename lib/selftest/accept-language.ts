import { routing, type Locale } from "../../i18n/routing";

/** The best site locale for an Accept-Language header (curl sends none: the default locale). */
export function localeFromAcceptLanguage(header: string | null): Locale {
  const wanted = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q) : 1 };
    })
    .filter((w) => w.language && w.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { language } of wanted) {
    const match = routing.locales.find((l) => l === language);
    if (match) return match;
  }
  return routing.defaultLocale;
}
