import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { isLocale } from "@/i18n/locale-meta";
import { siteUrl } from "@/lib/site-url";
import {
  FACTS,
  QUOTES,
  SOURCES,
  TIMELINE,
  formatTimelineDate,
  type SourceId,
} from "../_components/press-data";
import { pressContactEmail } from "../press-contact";

// The fact sheet of the media kit, built at build time from the press page's own data.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale, namespace: "Press" });
  const number = new Intl.NumberFormat(locale);
  const cite = (ids: readonly SourceId[]) =>
    `${t("sourcesLabel", { count: ids.length })} ${ids
      .map((id) => (SOURCES[id] ? `${t(`sources.${id}`)} <${SOURCES[id]}>` : t(`sources.${id}`)))
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
      ({ id, date }) =>
        `- **${date ? formatTimelineDate(date, locale) : t("today")}: ${t(`timeline.${id}.title`)}.** ${t(`timeline.${id}.text`)}`,
    ),
    "",
    `## ${t("quotesTitle")}`,
    "",
    t("quotesNote"),
    "",
    ...QUOTES.map(
      ({ id, sources }) =>
        `> ${t(`quotes.${id}.text`)}\n> — ${t(`quotes.${id}.who`)} (${cite(sources)})\n`,
    ),
    `## ${t("contactTitle")}`,
    "",
    `${pressContactEmail} · ${new URL(`/${locale}/press`, siteUrl)}`,
    "",
  ];
  return new Response(lines.join("\n"), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="secure-your-server-facts-${locale}.md"`,
      "Content-Language": locale,
    },
  });
}
