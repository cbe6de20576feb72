import { siteUrl } from "@/lib/site-url";
import { localizedPath } from "@/lib/metadata";
import type { Agency } from "./schema";

export function websiteJsonLd(locale: string, name: string, description: string) {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name,
    description,
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
