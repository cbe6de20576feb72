import raw from "@/content/partners/contacts-today.json";
import { partners } from "./data";
import { contactsSchema, type ContactsData, type TodayContact } from "./contacts-schema";

export class ContactsDataError extends Error {}

/**
 * Validates the present-day contacts and checks them against the campaign countries: every
 * country of 2004 needs somebody a visitor can ask today. Errors name the row and the field.
 */
export function parseContacts(data: unknown, countries: string[], file: string): ContactsData {
  const problems: string[] = [];
  const result = contactsSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [list, index, ...rest] = issue.path;
      const row =
        list === "contacts" && typeof index === "number"
          ? (data as { contacts: { country?: string }[] }).contacts[index]
          : undefined;
      const where = row ? `contacts[${String(index)}] (${row.country})` : issue.path.join(".");
      problems.push(`  - ${[where, ...rest.map(String)].join(".")}: ${issue.message}`);
    }
  } else {
    const covered = new Set(result.data.contacts.map((row) => row.country));
    for (const country of countries)
      if (!covered.has(country))
        problems.push(`  - ${country}: campaign country without a contact`);
    for (const row of result.data.contacts)
      if (!countries.includes(row.country))
        problems.push(`  - ${row.country}: not a campaign country`);
  }
  if (problems.length === 0 && result.success) return result.data;
  throw new ContactsDataError(`Invalid contact data in ${file}:\n${problems.join("\n")}`);
}

/** Parsed on import, so a bad data file fails the build with a message naming the row. */
export const todayContacts = parseContacts(
  raw,
  partners.countries.map((country) => country.code),
  "content/partners/contacts-today.json",
);

export function contactsFor(country: string): TodayContact[] {
  return todayContacts.contacts.filter((row) => row.country === country);
}

/** The element id of a row on the partners page, so other pages can link straight to it. */
export function contactAnchor(row: Pick<TodayContact, "country" | "place">): string {
  return `today-${row.place ?? row.country}`;
}

/** The address a visitor may follow: only verified ones are linked. */
export function linkedWebsite(row: TodayContact): string | null {
  return row.status === "verified" ? row.website : null;
}

/**
 * The contact for the country a locale most likely belongs to (ro → Romania, ja → Japan,
 * en → United States, sr → Serbia), from the locale's likely region; none when that country
 * was not in the campaign (ar → Egypt).
 */
export function contactForLocale(locale: string): TodayContact | undefined {
  const region = new Intl.Locale(locale).maximize().region;
  return todayContacts.contacts.find((row) => (row.place ?? row.country) === region);
}
