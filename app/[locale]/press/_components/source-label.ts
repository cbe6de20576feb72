import type { getTranslations } from "next-intl/server";
import { FTC_RELEASE_DATE, formatTimelineDate, type SourceId } from "./press-data";

type PressTranslator = Awaited<ReturnType<typeof getTranslations<"Press">>>;

/** A source's name as link text; the FTC release carries its date in the reader's style. */
export function sourceLabel(t: PressTranslator, id: SourceId, locale: string): string {
  return t(`sources.${id}`, { date: formatTimelineDate(FTC_RELEASE_DATE, locale) });
}
