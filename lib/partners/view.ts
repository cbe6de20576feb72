import type { Locale } from "@/i18n/routing";
import { partners } from "./data";
import type { Agency, Country, Region } from "./schema";
import { REGIONS } from "./schema";
import { foldForSearch } from "./search-text";

export interface CountryView {
  code: string;
  name: string;
  region: Region;
  note: string | null;
  agencies: Agency[];
  /** Everything a search may match: localized and English country name, agency names. */
  searchText: string;
}

/** A country's name in the locale; data overrides come first (e.g. CS, unknown to some ICUs). */
export function countryName(country: Country, locale: Locale): string {
  if (country.localizedName) return country.localizedName[locale];
  return new Intl.DisplayNames([locale], { type: "region" }).of(country.code) ?? country.code;
}

export function countryViews(locale: Locale): CountryView[] {
  const collator = new Intl.Collator(locale);
  return partners.countries
    .map((country) => {
      const name = countryName(country, locale);
      const agencies = partners.agencies.filter((agency) => agency.country === country.code);
      const words = [name, countryName(country, "en"), country.code];
      for (const agency of agencies) words.push(agency.name, agency.nameOriginal ?? "");
      return {
        code: country.code,
        name,
        region: country.region,
        note: country.localizedNote?.[locale] ?? null,
        agencies,
        searchText: foldForSearch(words.join(" ")),
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}

export interface Filter {
  region: Region | null;
  query: string;
}

/** Reads ?region=&q= leniently: unknown regions and overlong queries are ignored, not errors. */
export function parseFilter(params: Record<string, string | string[] | undefined>): Filter {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const region = first(params.region);
  const query = (first(params.q) ?? "").slice(0, 80);
  return {
    region: REGIONS.find((r) => r === region) ?? null,
    query,
  };
}

export function matches(view: CountryView, filter: Filter): boolean {
  if (filter.region && view.region !== filter.region) return false;
  const needle = foldForSearch(filter.query);
  return needle === "" || view.searchText.includes(needle);
}
