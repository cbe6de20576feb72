// Visitors who came back after a problem and found their server secure, and how long that took.
import { BarChart } from "@/components/charts/bar-chart";
import { formatDuration } from "@/lib/format/duration";
import { durationParts } from "@/lib/statistics/format";
import type { StatisticsReport } from "@/lib/statistics/types";
import type { ChartText } from "./chart-text";
import { Section } from "./section";

export function FixedSection({ text, report, memoryMinutes }: { text: ChartText; report: StatisticsReport; memoryMinutes: number }) {
  const { t, f, dir, locale } = text;
  const { retestedAfterVulnerable: retested, fixedAfterRetest: fixed, medianFixMs } = report.totals;
  const median = medianFixMs === null ? null : durationParts(medianFixMs);
  return (
    <Section id="fixed" title={t("fixed.title")}>
      {retested === null ? (
        <p className="mb-4 max-w-prose">{t("fixed.none")}</p>
      ) : (
        <>
          <p className="mb-2 max-w-prose">{t("fixed.text", { retested, fixed: f.cell(fixed) })}</p>
          <p className="mb-4 max-w-prose">
            {median ? t("fixed.median", { duration: t(`duration.${median.unit}`, { count: median.count }) }) : t("fixed.medianNone")}
          </p>
        </>
      )}
      <p className="mb-6 max-w-prose">{t("fixed.limit", { duration: formatDuration(locale, memoryMinutes * 60) })}</p>
      {retested !== null && (
        <BarChart
          id="chart-fixed"
          {...text.frame("fixed")}
          summary={t("fixed.summary", { fixed: f.cell(fixed), retested: f.number(retested) })}
          dir={dir}
          rows={[
            { label: t("fixed.retested"), value: retested, display: f.cell(retested) },
            { label: t("fixed.secure"), value: fixed, display: f.cell(fixed) },
          ]}
        />
      )}
    </Section>
  );
}
