// The headline figures (tests, open relays, open proxies, fixes, median fix time), shared by the
// statistics page and the press page so both always say the same thing.
import { getTranslations } from "next-intl/server";
import { durationParts, statisticsFormat } from "@/lib/statistics/format";
import type { StatisticsReport } from "@/lib/statistics/types";

export async function MainNumbers({ locale, report }: { locale: string; report: StatisticsReport }) {
  const t = await getTranslations({ locale, namespace: "Statistics" });
  const f = statisticsFormat(locale, t("fewer"));
  const { totals } = report;
  const share = (n: number | null) =>
    n === null || totals.tests === null ? f.cell(n) : t("share", { count: f.number(n), percent: f.percent(n, totals.tests) });
  const median = totals.medianFixMs === null ? null : durationParts(totals.medianFixMs);
  const items = [
    { id: "tests", figure: f.cell(totals.tests) },
    { id: "relay", figure: share(totals.vulnerableByKind["smtp-relay"]) },
    { id: "proxy", figure: share(totals.openProxy) },
    { id: "fixed", figure: f.cell(totals.fixedAfterRetest) },
    ...(median ? [{ id: "median", figure: t(`duration.${median.unit}`, { count: median.count }) }] : []),
  ];
  return (
    <dl className="grid gap-4 sm:grid-cols-2" data-testid="main-numbers">
      {items.map(({ id, figure }) => (
        <div key={id} className="border-s-4 border-brand bg-panel p-4" data-testid={`main-${id}`}>
          <dt className="text-2xl font-bold">{figure}</dt>
          <dd>{t(`main.${id}`)}</dd>
        </div>
      ))}
    </dl>
  );
}
