import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { savedReports } from "@/lib/reports/runtime";

// An unknown, expired, deleted or malformed report id (and a wrong delete link) ends here.
export default async function ReportNotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "SavedReport.notFound" });
  const siteName = (await getTranslations({ locale, namespace: "Layout" }))("siteName");
  const days = savedReports()?.retentionDays ?? 90;
  return (
    <div className="max-w-prose">
      <title>{`${t("title")} – ${siteName}`}</title>
      <meta name="robots" content="noindex" />
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{t("title")}</h1>
      <p className="mb-4">{t("text", { days })}</p>
      <p className="mb-6">{t("ask")}</p>
      <ButtonLink href="/self-test">{t("start")}</ButtonLink>
    </div>
  );
}
