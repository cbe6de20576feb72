import { z } from "zod";

/** How a note about a second body reads; the sentence itself lives in Partners.today.notes. */
export const NOTE_KINDS = ["spam", "spam2004", "spamSuccessor", "replaced"] as const;

const code = z.string().regex(/^[A-Z]{2}$/, "must be an upper-case ISO 3166-1 alpha-2 code");
const lang = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "must be a BCP 47 tag");
const httpsUrl = z.url({ protocol: /^https$/, error: "must be an https:// address" });

const noteSchema = z.strictObject({
  kind: z.enum(NOTE_KINDS),
  /** The other body's name as it publishes it. */
  body: z.string().trim().min(2),
  lang,
  website: httpsUrl.nullable(),
});

const contactSchema = z
  .strictObject({
    /** The campaign country of 2004 (CS = Serbia and Montenegro). */
    country: code,
    /** Today's country, where it differs from the 2004 one (CS became RS and ME). */
    place: code.optional(),
    /** The official name, as the body publishes it; never translated. */
    name: z.string().trim().min(2),
    lang,
    /** Other names and abbreviations a visitor may search for; not shown. */
    aliases: z.array(z.string().trim().min(2)).optional(),
    website: httpsUrl.nullable(),
    /** Only "verified" addresses are linked; "name-only" rows have none. */
    status: z.enum(["verified", "partly-verified", "name-only"]),
    sources: z.array(httpsUrl).min(1),
    note: noteSchema.optional(),
    /** For reviewers; not shown on the site. */
    reviewNote: z.string().optional(),
  })
  .refine((row) => row.status !== "name-only" || row.website === null, {
    message: "a name-only row must not have a website",
    path: ["website"],
  })
  .refine((row) => row.status !== "verified" || row.website !== null, {
    message: "a verified row needs its website",
    path: ["website"],
  });

export const contactsSchema = z.strictObject({
  about: z.string(),
  /** The day every row was last checked against its sources. */
  checked: z.iso.date(),
  contacts: z.array(contactSchema).min(1),
});

export type ContactsData = z.infer<typeof contactsSchema>;
export type TodayContact = ContactsData["contacts"][number];
export type NoteKind = (typeof NOTE_KINDS)[number];
