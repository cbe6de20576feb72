// /{locale}/statistics: campaign statistics from the anonymous test records' daily rollups, drawn
// on the server (no chart JavaScript), each chart with a summary and a data table.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MainNumbers } from "@/components/statistics/main-numbers";
import { localeDirection } from "@/i18n/locale-meta";
import { pageMetadata } from "@/lib/metadata";
import { selfTestService } from "@/lib/selftest/runtime";
import { loadPageStatistics, pageRanges } from "@/lib/statistics/page-data";
import { statisticsSource } from "@/lib/statistics/runtime";
import { DataSection, MethodSection } from "./_components/about-data";
import { chartText } from "./_components/chart-text";
import { FixedSection } from "./_components/fixed-section";
import { FoundSection, SoftwareSection } from "./_components/findings";
import { Section } from "./_components/section";
import { DaysChart, WeeksChart } from "./_components/time-charts";
import { CountriesSection, IpSection } from "./_components/where-section";

type Props = { params: Promise<{ locale: string }> };

// The engine's default; the page only quotes it when the self-test service is not running.
const DEFAULT_MEMORY_MINUTES = 30;

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Statistics" });
  return pageMetadata({ locale, path: "/statistics", title: t("title"), description: t("description") });
}

export default async function StatisticsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection(); // today's numbers: rendered for each request, never at build time
  const t = await getTranslations({ locale, namespace: "Statistics" });
  const text = chartText(t, locale, localeDirection(locale));
  const stats = await loadPageStatistics(statisticsSource());
  return (
    <>
      <Breadcrumbs locale={locale} trail={[]} />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{t("title")}</h1>
      <p className="mb-6 max-w-prose text-xl">{t("lead")}</p>
      {stats === null ? (
        <div role="status" className="mb-6 max-w-prose border-s-4 border-warn bg-panel p-4" data-testid="statistics-unavailable">
          <h2 className="mb-2 text-xl font-bold">{t("unavailableTitle")}</h2>
          <p>{t("unavailableText")}</p>
        </div>
      ) : (
        <>
          {stats.demo && (
            <div className="mb-6 max-w-prose border-4 border-warn p-4" data-testid="statistics-demo">
              <h2 className="mb-2 text-xl font-bold">{t("demoTitle")}</h2>
              <p>{t("demoText")}</p>
            </div>
          )}
          <p className="mb-8 max-w-prose text-muted" data-testid="statistics-period">
            {t("period", { from: text.f.day(stats.span.from), to: text.f.day(stats.span.to), updated: text.f.instant(stats.span.generatedAt) })}
          </p>
          <Section id="main" title={t("mainTitle")}>
            <MainNumbers locale={locale} report={stats.span} />
            {stats.span.totals.tests === null && <p className="mt-6 max-w-prose">{t("notEnough")}</p>}
          </Section>
          <DaysChart text={text} report={stats.last30} />
          <WeeksChart text={text} report={stats.span} />
          {stats.span.totals.tests !== null && (
            <>
              <FoundSection text={text} report={stats.span} />
              <SoftwareSection text={text} report={stats.span} />
              <FixedSection text={text} report={stats.span} memoryMinutes={selfTestService()?.memoryMinutes ?? DEFAULT_MEMORY_MINUTES} />
              <IpSection text={text} report={stats.span} />
              <CountriesSection text={text} report={stats.span} />
            </>
          )}
        </>
      )}
      <MethodSection text={text} />
      <DataSection text={text} {...(stats ? { from: stats.span.from, to: stats.span.to } : pageRanges(new Date()))} />
    </>
  );
}
