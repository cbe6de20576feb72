import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { loadForDeletion } from "@/lib/reports/load";
import { withLtr } from "../../../../self-test/_components/ltr-values";
import { ReportMissing } from "../../../_components/report-missing";
import { ReportNotAvailable } from "../../../_components/report-not-available";

type Props = {
  params: Promise<{ locale: string; id: string; token: string }>;
  searchParams: Promise<{ failed?: string }>;
};

export async function generateMetadata({ params }: Props) {
  const { locale, id, token } = await params;
  const t = await getTranslations({ locale, namespace: "SavedReport" });
  const siteName = (await getTranslations({ locale, namespace: "Layout" }))("siteName");
  const missing = (await loadForDeletion(id, token)).state === "missing";
  return { title: `${missing ? t("notFound.title") : t("delete.title")} – ${siteName}`, robots: { index: false, follow: false } };
}

/**
 * Confirmation before deleting: opening the private link deletes nothing (mail scanners open
 * links too). The form posts back to this address; proxy.ts hands that POST to
 * app/api/reports/[id]/delete/[token], which deletes and answers a browser with a redirect.
 */
export default async function DeleteReportPage({ params, searchParams }: Props) {
  const { locale, id, token } = await params;
  setRequestLocale(locale);
  const loaded = await loadForDeletion(id, token);
  if (loaded.state === "missing") return <ReportMissing locale={locale} />;
  if (loaded.state === "unavailable") return <ReportNotAvailable locale={locale} />;

  const t = await getTranslations({ locale, namespace: "SavedReport.delete" });
  const format = await getFormatter({ locale });
  const { report, savedAt } = loaded.row;
  const failed = (await searchParams).failed === "1";
  return (
    <div className="max-w-prose">
      <h1 className="mb-6 text-3xl font-bold sm:text-5xl">{t("title")}</h1>
      {failed && (
        <p role="alert" className="mb-6 border-s-4 border-bad ps-4 font-bold">
          {t("failed")}
        </p>
      )}
      <p className="mb-6">
        {withLtr(
          (v) => t("text", { ...v, date: format.dateTime(savedAt, { dateStyle: "long", timeStyle: "long", timeZone: "UTC" }) }),
          { address: report.target },
        )}
      </p>
      <form method="post" className="mb-6">
        <button
          type="submit"
          className="bg-bad px-5 py-2 text-lg font-bold text-white shadow-[0_2px_0_#55150b] hover:bg-[#aa2a16]"
          data-testid="confirm-delete"
        >
          {t("button")}
        </button>
      </form>
      <p>
        <Link href={`/reports/${id}`}>{t("keep")}</Link>
      </p>
    </div>
  );
}
