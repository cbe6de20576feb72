import { getTranslations } from "next-intl/server";
import { siteUrl } from "@/lib/site-url";
import { localizedPath } from "@/lib/metadata";
import type { Agency } from "./schema";

/** The start page's WebSite entry, in the page's language. */
export async function websiteJsonLd(locale: string) {
  const layout = await getTranslations({ locale, namespace: "Layout" });
  const home = await getTranslations({ locale, namespace: "Home" });
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: layout("siteName"),
    description: home("description"),
    inLanguage: locale,
    url: new URL(localizedPath(locale, ""), siteUrl).toString(),
  };
}

/** One GovernmentOrganization per confirmed agency, with its original name and its source. */
export function agenciesJsonLd(agencies: Agency[], countryName: (code: string) => string) {
  return {
    "@context": "https://schema.org",
    "@graph": agencies.map((agency) => ({
      "@type": "GovernmentOrganization",
      name: agency.name,
      ...(agency.nameOriginal ? { alternateName: agency.nameOriginal } : {}),
      url: agency.url,
      areaServed: { "@type": "Country", name: countryName(agency.country) },
      subjectOf: { "@type": "CreativeWork", name: agency.source.title, url: agency.source.url },
    })),
  };
}
