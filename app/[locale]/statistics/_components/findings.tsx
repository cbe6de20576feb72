// What the tests found: each kind of problem, the overall results, and the software on open servers.
import { BarChart } from "@/components/charts/bar-chart";
import { CHECK_KINDS } from "@/lib/probe";
import { softwareName } from "@/lib/selftest/software-names";
import { VERDICTS, type StatisticsReport } from "@/lib/statistics/types";
import type { ChartText } from "./chart-text";
import { Section } from "./section";

export function FoundSection({ text, report }: { text: ChartText; report: StatisticsReport }) {
  const { t, dir } = text;
  const { totals } = report;
  const tests = totals.tests ?? 0;
  const verdictRows = VERDICTS.map((v) => ({ label: t(`results.verdicts.${v}`), value: totals.verdicts[v], display: text.share(totals.verdicts[v], totals.tests) }));
  const common = verdictRows.reduce<(typeof verdictRows)[number] | null>((best, row) => (row.value !== null && (!best || row.value > best.value!) ? row : best), null);
  return (
    <Section id="found" title={t("found.title")}>
      <p className="mb-6 max-w-prose">{t("found.text")}</p>
      <BarChart
        id="chart-found"
        {...text.frame("found")}
        summary={t("found.summary", {
          tests,
          relay: text.share(totals.vulnerableByKind["smtp-relay"], totals.tests),
          proxy: text.share(totals.openProxy, totals.tests),
        })}
        dir={dir}
        max={tests}
        rows={CHECK_KINDS.map((kind) => ({
          label: t(`found.kinds.${kind}`),
          value: totals.vulnerableByKind[kind],
          display: text.share(totals.vulnerableByKind[kind], totals.tests),
        }))}
      />
      <h3 className="mt-10 mb-4 text-xl font-bold">{t("results.title")}</h3>
      <BarChart
        id="chart-results"
        {...text.frame("results")}
        summary={common ? t("results.summary", { result: common.label, share: text.f.percent(common.value!, tests) }) : t("notEnough")}
        dir={dir}
        max={tests}
        rows={verdictRows}
      />
    </Section>
  );
}

export function SoftwareSection({ text, report }: { text: ChartText; report: StatisticsReport }) {
  const { t, f, dir } = text;
  const keys = Object.keys(report.totals.software);
  const named = keys.find((key) => key !== "unknown");
  return (
    <Section id="software" title={t("software.title")}>
      <p className="mb-2 max-w-prose">{t("software.text")}</p>
      <p className="mb-6 max-w-prose">{t("software.note")}</p>
      {keys.length === 0 ? (
        <p className="max-w-prose">{t("software.summaryNone")}</p>
      ) : (
      <BarChart
        id="chart-software"
        {...text.frame("software")}
        summary={named ? t("software.summary", { name: softwareName(named) }) : t("software.summaryNone")}
        dir={dir}
        rows={keys.map((key) => ({
          label: key === "unknown" ? t("software.unknown") : softwareName(key),
          value: report.totals.software[key] ?? null,
          display: f.cell(report.totals.software[key] ?? null),
        }))}
      />
      )}
    </Section>
  );
}
