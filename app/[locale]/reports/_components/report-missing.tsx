import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { savedReports } from "@/lib/reports/runtime";

/**
 * An unknown, expired, deleted or malformed report (or a wrong delete link). Rendered by the
 * page itself rather than through notFound(): Next 16 sends a dynamic route's notFound() as an
 * empty document that only JavaScript fills in. server.ts sets the 404 status (page-status.ts).
 */
export async function ReportMissing({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "SavedReport.notFound" });
  const days = savedReports()?.retentionDays ?? 90;
  return (
    <div className="max-w-prose" data-testid="report-missing">
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{t("title")}</h1>
      <p className="mb-4">{t("text", { days })}</p>
      <p className="mb-6">{t("ask")}</p>
      <ButtonLink href="/self-test">{t("start")}</ButtonLink>
    </div>
  );
}
