import type { Locale } from "@/i18n/routing";
import { contactsFor } from "./contacts";
import type { TodayContact } from "./contacts-schema";
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
  /** Present-day national contacts: never 2004 partners, shown apart from them. */
  today: TodayContact[];
  /**
   * Everything a search may match: localized and English country name, agency names and
   * abbreviations, and the names of today's contacts and of the bodies their notes name.
   */
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
      const today = contactsFor(country.code);
      for (const agency of agencies)
        words.push(agency.name, agency.abbreviation ?? "", agency.nameOriginal ?? "");
      for (const row of today) words.push(row.name, ...(row.aliases ?? []), row.note?.body ?? "");
      return {
        code: country.code,
        name,
        region: country.region,
        note: country.localizedNote?.[locale] ?? null,
        agencies,
        today,
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
