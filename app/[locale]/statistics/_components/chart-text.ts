// The strings every chart on the statistics page shares, and how a count is shown as a share.
import type { getTranslations } from "next-intl/server";
import { statisticsFormat, type StatisticsFormat } from "@/lib/statistics/format";
import type { Cell } from "@/lib/statistics/types";

export type StatisticsT = Awaited<ReturnType<typeof getTranslations>>;

export interface ChartText {
  t: StatisticsT;
  locale: string;
  f: StatisticsFormat;
  dir: "ltr" | "rtl";
  /** `n` of `total` as "12 (44%)", or just the count when either is suppressed */
  share(n: Cell, total: Cell): string;
  /** the props every chart of section `key` takes from its messages */
  frame(key: string): { title: string; tableCaption: string; labelHeader: string; valueHeader: string; suppressedLabel: string };
}

export function chartText(t: StatisticsT, locale: string, dir: "ltr" | "rtl"): ChartText {
  const f = statisticsFormat(locale, t("fewer"));
  return {
    t,
    locale,
    f,
    dir,
    share: (n, total) => (n === null || total === null ? f.cell(n) : t("share", { count: f.number(n), percent: f.percent(n, total) })),
    frame: (key) => ({
      title: t(`${key}.chartTitle`),
      tableCaption: t(`${key}.chartTitle`),
      labelHeader: t(`${key}.label`),
      valueHeader: t(`${key}.value`),
      suppressedLabel: t("fewer"),
    }),
  };
}
