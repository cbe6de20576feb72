import { getTranslations } from "next-intl/server";
import { siteUrl } from "@/lib/site-url";
import { pressContactEmail } from "../press-contact";
import { FACTS, SOURCES, STATEMENTS, TIMELINE, formatTimelineDate, type SourceId } from "./press-data";
import { sourceLabel } from "./source-label";

/**
 * The media kit's fact sheet: the press page's own data as Markdown in the page's language.
 * The route serves it and the media kit measures it, so the size in the link label is true.
 */
export async function factsSheet(locale: string): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Press" });
  const number = new Intl.NumberFormat(locale);
  const cite = (ids: readonly SourceId[]) =>
    `${t("sourcesLabel", { count: ids.length })} ${ids
      .map((id) => `[${sourceLabel(t, id, locale)}](${SOURCES[id]})`)
      .join("; ")}`;
  const lines = [
    `# ${t("title")}`,
    "",
    t("lead"),
    "",
    `## ${t("factsTitle")}`,
    "",
    ...FACTS.map(
      ({ id, value, sources }) =>
        `- **${t(`facts.${id}.figure`, { value: value === null ? "" : number.format(value) })}** ${t(`facts.${id}.label`)} (${cite(sources)})`,
    ),
    "",
    `## ${t("timelineTitle")}`,
    "",
    ...TIMELINE.map(
      ({ id, date, sources }) =>
        `- **${date ? formatTimelineDate(date, locale) : t("today")}: ${t(`timeline.${id}.title`)}.** ${t(`timeline.${id}.text`)}` +
        (sources.length > 0 ? ` (${cite(sources)})` : ""),
    ),
    "",
    `## ${t("statementsTitle")}`,
    "",
    t("statementsNote"),
    "",
    // Plain paragraphs, not "> " blocks: these are our summaries, not quotations.
    ...STATEMENTS.flatMap(({ id, sources }) => [
      `### ${t(`statements.${id}.who`)}`,
      "",
      t(`statements.${id}.summary`),
      "",
      cite(sources),
      "",
    ]),
    `## ${t("contactTitle")}`,
    "",
    `${pressContactEmail} · ${new URL(`/${locale}/press`, siteUrl)}`,
    "",
  ];
  return lines.join("\n");
}

export const factsSheetFilename = (locale: string) => `secure-your-server-facts-${locale}.md`;

/** The sheet's size as a reader would write it, e.g. "4 kB" (at least 1). */
export function formatSheetSize(sheet: string, locale: string): string {
  const kilobytes = Math.max(1, Math.round(new TextEncoder().encode(sheet).length / 1000));
  return new Intl.NumberFormat(locale, { style: "unit", unit: "kilobyte" }).format(kilobytes);
}
