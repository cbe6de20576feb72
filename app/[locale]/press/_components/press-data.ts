/**
 * Facts and figures for the press page and the fact sheet (from shared/campaign/facts.md).
 * Words live in messages (Press.*); numbers and dates here, formatted by Intl per locale.
 */

/** Every source we cite, with the address a journalist can check it at. */
export const SOURCES = {
  ftc: "https://www.ftc.gov/news-events/news/press-releases/2004/01/ftc-international-agencies-announce-operation-secure-your-server",
  heise: "https://heise.de/-92707",
  internetnews: "https://www.internetnews.com/it-management/ftc-launches-international-anti-spam-campaign/",
  techadvisor: "http://www.techadvisor.co.uk/feature/desktop-pc/vulnerable-servers-warned-3793/",
  accc: "http://www.accc.gov.au/content/index.phtml/itemId/476985/fromItemId/622047",
  outlaw: "https://pinsentmasons.com/out-law/news/fighting-spam-by-proxy-uk-joins-global-effort",
} as const satisfies Record<string, `http${string}`>;

export type SourceId = keyof typeof SOURCES;

/** The FTC press release's date, shown in its label in the reader's date style. */
export const FTC_RELEASE_DATE = "2004-01-29";

export const FACTS = [
  { id: "countries", value: 26, sources: ["heise", "ftc"] },
  { id: "agencies", value: 37, sources: ["ftc"] },
  { id: "owners", value: null, sources: ["internetnews", "techadvisor"] },
  { id: "suspect", value: 1_000_000, sources: ["internetnews", "techadvisor"] },
  { id: "languages", value: 21, sources: ["internetnews", "techadvisor"] },
] as const satisfies readonly { id: string; value: number | null; sources: readonly SourceId[] }[];

/**
 * date: ISO day or month; null = today. sources: where our campaign notes name one; the other
 * milestones are listed in those notes without an address we could check, so they cite none.
 */
export const TIMELINE = [
  { id: "relay2003", date: "2003-05-15", sources: [] },
  { id: "operation2004", date: "2004-01-29", sources: ["ftc", "heise"] },
  { id: "lap2004", date: "2004-10", sources: [] },
  { id: "zombies2005", date: "2005-05", sources: [] },
  { id: "today", date: null, sources: [] },
] as const satisfies readonly { id: string; date: string | null; sources: readonly SourceId[] }[];

/**
 * What the agencies said, as summaries in our own words (reported speech). They are shown as
 * plain text, never styled as quotations: none of them is a verbatim quote.
 */
export const STATEMENTS = [
  { id: "beales", sources: ["ftc", "internetnews"] },
  { id: "blumenthal", sources: ["internetnews", "techadvisor"] },
  { id: "others", sources: ["accc", "outlaw"] },
] as const satisfies readonly { id: string; sources: readonly SourceId[] }[];

/** An ISO day ("2004-01-29") or month ("2004-10") in the locale's own style. */
export function formatTimelineDate(date: string, locale: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number?, number?];
  const when = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { dateStyle: "long", timeZone: "UTC" }
    : { year: "numeric", month: "long", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(when);
}
