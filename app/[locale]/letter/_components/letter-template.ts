import { readFileSync } from "node:fs";
import path from "node:path";
import { siteUrl } from "@/lib/site-url";

/** The fields an agency fills in per recipient; {{SITE_URL}} is filled by the site itself. */
export const MERGE_FIELDS = ["IP_ADDRESS", "DATE", "AGENCY_NAME", "AGENCY_WEBSITE"] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** The letter as agencies download it: plain text, merge fields left in, site address filled. */
export function letterTemplate(locale: string): string {
  const file = path.join(process.cwd(), "content", locale, "letter.txt");
  return readFileSync(file, "utf8").replaceAll("{{SITE_URL}}", siteUrl.origin);
}

export type LetterPart = { text: string } | { field: MergeField };

/** Splits one paragraph of the letter into text and merge fields, for the web view. */
export function splitFields(paragraph: string): LetterPart[] {
  return paragraph
    .split(/(\{\{[A-Z_]+\}\})/)
    .filter(Boolean)
    .map((part) => {
      const field = MERGE_FIELDS.find((name) => part === `{{${name}}}`);
      return field ? { field } : { text: part };
    });
}
