import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { alternateLanguages, localizedPath } from "@/lib/metadata";
import { siteUrl } from "@/lib/site-url";
import { sitePaths } from "@/lib/site-pages";

const absolute = (path: string) => new URL(path, siteUrl).toString();

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePaths().flatMap((path) => {
    const languages = Object.fromEntries(
      Object.entries(alternateLanguages(path)).map(([lang, href]) => [lang, absolute(href)]),
    );
    return routing.locales.map((locale) => ({
      url: absolute(localizedPath(locale, path)),
      alternates: { languages },
    }));
  });
}
