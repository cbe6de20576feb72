import { z } from "zod";
import { routing } from "@/i18n/routing";

export const REGIONS = ["americas", "europe", "asia-pacific"] as const;
export type Region = (typeof REGIONS)[number];

/** A text written out in every site locale (names and notes that Intl cannot supply). */
const localizedText = z.strictObject(
  Object.fromEntries(routing.locales.map((locale) => [locale, z.string().trim().min(2)])) as Record<
    (typeof routing.locales)[number],
    z.ZodString
  >,
);

const webUrl = z.url({ protocol: /^https?$/ });

/** Where a fact comes from: a public page a reviewer can open. */
const sourceSchema = z.strictObject({
  url: webUrl,
  title: z.string().trim().min(5),
});

const countrySchema = z.strictObject({
  /** ISO 3166-1 alpha-2 as it was in 2004 (CS = Serbia and Montenegro). */
  code: z.string().regex(/^[A-Z]{2}$/, "must be an upper-case ISO 3166-1 alpha-2 code"),
  region: z.enum(REGIONS),
  /** ISO 3166-1 numeric ids of the world-atlas shapes to shade for this country. */
  mapIds: z.array(z.string().regex(/^\d{3}$/, "must be a 3-digit ISO numeric id")),
  /** [longitude, latitude] of a dot for countries too small for the 1:110m map. */
  marker: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
  /** Used instead of Intl.DisplayNames where the runtime does not know the code. */
  localizedName: localizedText.optional(),
  localizedNote: localizedText.optional(),
  /** Editorial note for reviewers; not shown on the site. */
  note: z.string().optional(),
  source: sourceSchema,
});

const agencySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, "must be a lower-case slug"),
    country: z.string().regex(/^[A-Z]{2}$/),
    /** Name in English. */
    name: z.string().trim().min(2),
    /** The short form people search for and the press uses, e.g. "FTC". */
    abbreviation: z
      .string()
      .regex(/^[A-Z][A-Za-z]{1,9}$/, "must be a short form like FTC")
      .optional(),
    /** Name in the agency's own language; null when that is English. */
    nameOriginal: z.string().trim().min(2).nullable(),
    /** BCP 47 tag of nameOriginal, so screen readers pronounce it right. */
    originalLang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
      .nullable(),
    url: webUrl,
    /** "historical": the address of the time, which may no longer answer. */
    urlStatus: z.enum(["current", "historical"]),
    role: z.enum(["lead", "partner"]),
    source: sourceSchema,
    localizedNote: localizedText.optional(),
  })
  .refine((agency) => (agency.nameOriginal === null) === (agency.originalLang === null), {
    message: "nameOriginal and originalLang must be given together",
    path: ["originalLang"],
  });

export const partnersSchema = z
  .strictObject({
    about: z.string(),
    updated: z.iso.date(),
    countries: z.array(countrySchema).min(1),
    agencies: z.array(agencySchema),
  })
  .superRefine((data, ctx) => {
    const codes = new Set<string>();
    data.countries.forEach((country, index) => {
      if (codes.has(country.code))
        ctx.addIssue({
          code: "custom",
          message: "duplicate country code",
          path: ["countries", index, "code"],
        });
      codes.add(country.code);
      if (country.mapIds.length === 0 && !country.marker)
        ctx.addIssue({
          code: "custom",
          message: "needs mapIds or a marker",
          path: ["countries", index],
        });
    });
    const ids = new Set<string>();
    data.agencies.forEach((agency, index) => {
      if (!codes.has(agency.country))
        ctx.addIssue({
          code: "custom",
          message: `country ${agency.country} is not in the country list`,
          path: ["agencies", index, "country"],
        });
      if (ids.has(agency.id))
        ctx.addIssue({
          code: "custom",
          message: "duplicate agency id",
          path: ["agencies", index, "id"],
        });
      ids.add(agency.id);
    });
  });

export type PartnersData = z.infer<typeof partnersSchema>;
export type Country = PartnersData["countries"][number];
export type Agency = PartnersData["agencies"][number];
