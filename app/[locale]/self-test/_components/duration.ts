import type { getFormatter, getTranslations } from "next-intl/server";

type ReportT = Awaited<ReturnType<typeof getTranslations<"SelfTest.report">>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

/** How long a test took: "under 1 second" rather than a rounded "0 seconds". */
export function durationText(ms: number, t: ReportT, format: Format): string {
  if (ms < 1000) return t("summary.underOne");
  return format.number(Math.round(ms / 100) / 10, { style: "unit", unit: "second", unitDisplay: "long" });
}
