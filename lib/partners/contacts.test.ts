import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import raw from "@/content/partners/contacts-today.json";
import { routing } from "@/i18n/routing";
import {
  contactsFor,
  ContactsDataError,
  linkedWebsite,
  parseContacts,
  todayContacts,
} from "./contacts";
import { NOTE_KINDS } from "./contacts-schema";
import { partners } from "./data";
import { countryViews, matches, parseFilter } from "./view";

const countries = partners.countries.map((country) => country.code);
const clone = () => structuredClone(raw) as { contacts: Record<string, unknown>[] };
const parse = (data: unknown) => parseContacts(data, countries, "contacts-today.json");

describe("today's contacts data", () => {
  it("has at least one row for every campaign country, and no other country", () => {
    expect(countries).toHaveLength(26);
    for (const code of countries) expect(contactsFor(code).length, code).toBeGreaterThan(0);
    expect(todayContacts.contacts.every((row) => countries.includes(row.country))).toBe(true);
  });

  it("gives name-only rows no website, and links only verified addresses", () => {
    const nameOnly = todayContacts.contacts.filter((row) => row.status === "name-only");
    expect(nameOnly.map((row) => row.country).sort()).toEqual(["AR", "CL"]);
    for (const row of nameOnly) expect(row.website).toBeNull();
    for (const row of todayContacts.contacts)
      expect(linkedWebsite(row) !== null, row.name).toBe(row.status === "verified");
  });

  it("cites only https sources, and only https addresses", () => {
    for (const row of todayContacts.contacts) {
      expect(row.sources.length).toBeGreaterThan(0);
      for (const url of [...row.sources, row.website, row.note?.website])
        if (url) expect(new URL(url).protocol, url).toBe("https:");
    }
  });

  it("splits Serbia and Montenegro of 2004 into today's two countries", () => {
    expect(contactsFor("CS").map((row) => row.place)).toEqual(["RS", "ME"]);
  });

  it("rejects a name-only row with a website, naming the row and field", () => {
    const data = clone();
    const ar = data.contacts.find((row) => row.country === "AR")!;
    ar.website = "https://example.org";
    expect(() => parse(data)).toThrow(ContactsDataError);
    expect(() => parse(data)).toThrow(/contacts\[2\] \(AR\)\.website: a name-only row/);
  });

  it("rejects an http source", () => {
    const data = clone();
    data.contacts[0]!.sources = ["http://www.us-cert.gov/about-us"];
    expect(() => parse(data)).toThrow(/contacts\[0\] \(US\)\.sources\.0: must be an https/);
  });

  it("rejects data that leaves a campaign country without a contact", () => {
    const data = clone();
    data.contacts = data.contacts.filter((row) => row.country !== "JP");
    expect(() => parse(data)).toThrow(/JP: campaign country without a contact/);
  });

  it("has every note's sentence in every locale", () => {
    for (const locale of routing.locales) {
      const file = path.join(__dirname, "..", "..", "messages", `${locale}.json`);
      const notes = JSON.parse(readFileSync(file, "utf8")).Partners.today.notes;
      for (const kind of NOTE_KINDS)
        expect(notes?.[kind], `${locale} ${kind}`).toContain("<body></body>");
    }
  });
});

describe("partner search", () => {
  const hit = (q: string) =>
    countryViews("en")
      .filter((view) => matches(view, parseFilter({ q })))
      .map((view) => view.code);

  it("finds agencies by their abbreviation, in any case", () => {
    expect(hit("FTC")).toEqual(["US"]);
    expect(hit("ACCC")).toEqual(["AU"]);
    expect(hit("oft")).toEqual(["GB"]);
  });

  it("finds today's contacts by name or former name", () => {
    expect(hit("DNSC")).toEqual(["RO"]);
    expect(hit("CERT-RO")).toEqual(["RO"]);
    expect(hit("JPCERT")).toEqual(["JP"]);
  });
});
