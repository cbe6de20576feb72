import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { siteUrl } from "./site-url";

/** Path of a page in a locale; `path` is locale-free ("" for the start page, "/about" …). */
export function localizedPath(locale: string, path: string): string {
  return `/${locale}${path}`;
}

export function alternateLanguages(path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) languages[locale] = localizedPath(locale, path);
  languages["x-default"] = localizedPath(routing.defaultLocale, path);
  return languages;
}

interface PageMeta {
  locale: string;
  path: string;
  title: string;
  description: string;
}

/** Title, description, canonical, hreflang alternates and Open Graph basics for one page. */
export async function pageMetadata({ locale, path, title, description }: PageMeta): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const siteName = t("siteName");
  const url = localizedPath(locale, path);
  return {
    metadataBase: siteUrl,
    title: path === "" ? title : `${title} – ${siteName}`,
    description,
    alternates: { canonical: url, languages: alternateLanguages(path) },
    openGraph: {
      type: "website",
      siteName,
      title,
      description,
      url,
      locale,
      alternateLocale: routing.locales.filter((l) => l !== locale),
    },
  };
}
