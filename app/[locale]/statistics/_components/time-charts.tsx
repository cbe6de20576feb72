// Tests per day (last 30 days) and per week (last 12 weeks), with the busiest day or week named.
import { ColumnChart } from "@/components/charts/column-chart";
import type { StatisticsReport } from "@/lib/statistics/types";
import type { ChartText } from "./chart-text";
import { Section } from "./section";

interface Period {
  date: string;
  tests: number | null;
}

function busiest(periods: Period[]): { date: string; count: number } | null {
  let best: { date: string; count: number } | null = null;
  for (const { date, tests } of periods) if (tests !== null && (!best || tests > best.count)) best = { date, count: tests };
  return best;
}

function summary(text: ChartText, key: "days" | "weeks", total: number | null, periods: Period[]): string {
  const { t, f } = text;
  if (total === null) return t(`${key}.summaryNone`);
  const top = busiest(periods);
  if (!top) return t(key === "days" ? "days.summaryNoDay" : "weeks.summaryNoWeek", { total });
  return t(`${key}.summary`, { total, date: f.day(top.date), count: top.count });
}

function Chart({ text, id, periods, total }: { text: ChartText; id: "days" | "weeks"; periods: Period[]; total: number | null }) {
  const { f, dir } = text;
  return (
    <Section id={id} title={text.t(`${id}.title`)}>
      <ColumnChart
        id={`chart-${id}`}
        {...text.frame(id)}
        summary={summary(text, id, total, periods)}
        dir={dir}
        formatTick={f.number}
        rows={periods.map(({ date, tests }) => ({ label: f.day(date), shortLabel: f.shortDay(date), value: tests, display: f.cell(tests) }))}
      />
    </Section>
  );
}

export function DaysChart({ text, report }: { text: ChartText; report: StatisticsReport }) {
  return <Chart text={text} id="days" total={report.totals.tests} periods={report.days} />;
}

export function WeeksChart({ text, report }: { text: ChartText; report: StatisticsReport }) {
  const weeks = report.weeks.map(({ from, tests }) => ({ date: from, tests }));
  return <Chart text={text} id="weeks" total={report.totals.tests} periods={weeks} />;
}
