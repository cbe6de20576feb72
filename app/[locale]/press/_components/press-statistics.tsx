// The press page's headline numbers from the self-test: the same source and figures as the
// statistics page, dated, with a link to the full page and the open data.
import { getTranslations } from "next-intl/server";
import { MainNumbers } from "@/components/statistics/main-numbers";
import { Link } from "@/i18n/navigation";
import { statisticsFormat } from "@/lib/statistics/format";
import { loadPageStatistics } from "@/lib/statistics/page-data";
import { statisticsSource } from "@/lib/statistics/runtime";

export async function PressStatistics({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "Press.stats" });
  const fewer = (await getTranslations({ locale, namespace: "Statistics" }))("fewer");
  const f = statisticsFormat(locale, fewer);
  const stats = await loadPageStatistics(statisticsSource());
  if (!stats) return <p className="max-w-prose" data-testid="press-statistics-unavailable">{t("unavailable")}</p>;
  const { span } = stats;
  return (
    <div data-testid="press-statistics">
      {stats.demo && <p className="mb-4 max-w-prose border-s-4 border-warn ps-4 font-bold">{t("demo")}</p>}
      <p className="mb-4 max-w-prose">{t("dated", { from: f.day(span.from), to: f.day(span.to), updated: f.instant(span.generatedAt) })}</p>
      <MainNumbers locale={locale} report={span} />
      <p className="mt-4">
        <Link href="/statistics">{t("link")}</Link>
      </p>
    </div>
  );
}
