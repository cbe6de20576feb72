import { getTranslations } from "next-intl/server";

/** The store is down: say so in the visitor's language instead of failing the page. */
export async function ReportNotAvailable({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "SavedReport" });
  return (
    <div className="max-w-prose">
      <h1 className="mb-6 text-3xl font-bold sm:text-5xl">{t("title")}</h1>
      <p role="alert" className="mb-6 border-s-4 border-bad ps-4 font-bold" data-testid="store-unavailable">
        {t("unavailable")}
      </p>
    </div>
  );
}
