import { getTranslations } from "next-intl/server";

/** "Last updated: 28 November 2026", the day in the page's own date style (Intl, per locale). */
export async function LastUpdated({ locale, date }: { locale: string; date: string }) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const formatted = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
  return (
    <p className="mt-10 border-t border-line pt-4 text-sm text-muted" data-testid="last-updated">
      {t("lastUpdated")} <time dateTime={date}>{formatted}</time>
    </p>
  );
}
