import { cookies } from "next/headers";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { pageMetadata } from "@/lib/metadata";
import { loadForDeletion, loadReport } from "@/lib/reports/load";
import { deleteTokenFor, SAVED_COOKIE } from "@/lib/reports/saved-cookie";
import { isSecret } from "@/lib/reports/secret";
import { reportUrls } from "@/lib/reports/urls";
import { siteUrl } from "@/lib/site-url";
import { BlocklistSection } from "../../self-test/_components/blocklist-section";
import { durationText } from "../../self-test/_components/duration";
import { withLtr } from "../../self-test/_components/ltr-values";
import { ReportFindings } from "../../self-test/_components/report-findings";
import { StatusTag } from "../../self-test/_components/status-tag";
import { VerdictBanner } from "../../self-test/_components/verdict-banner";
import { CopyLink } from "../_components/copy-link";
import { LocalTimeRow } from "../_components/local-time";
import { PrintButton } from "../_components/print-button";
import { ReportMissing } from "../_components/report-missing";
import { ReportNotAvailable } from "../_components/report-not-available";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: "SavedReport" });
  const missing = (await loadReport(id)).state === "missing";
  const title = missing ? t("notFound.title") : t("title");
  const meta = await pageMetadata({ locale, path: `/reports/${isSecret(id) ? id : ""}`, title, description: t("description") });
  // Anyone with the link may read it; nobody should find it by searching.
  return { ...meta, robots: { index: false, follow: false } };
}

export default async function SavedReportPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const loaded = await loadReport(id);
  if (loaded.state === "missing") return <ReportMissing locale={locale} />;
  if (loaded.state === "unavailable") return <ReportNotAvailable locale={locale} />;

  const { report, savedAt, expiresAt } = loaded.row;
  const t = await getTranslations({ locale, namespace: "SavedReport" });
  const probe = await getTranslations({ locale, namespace: "Probe" });
  const reportText = await getTranslations({ locale, namespace: "SelfTest.report" });
  const format = await getFormatter({ locale });
  const utc = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "long", timeZone: "UTC" });
  const ports = [...new Set(report.checks.map((c) => c.port))].sort((a, b) => a - b);
  // A blocklist lookup alone runs no check: no verdict on the server to show.
  const ranChecks = report.checks.length > 0;
  // Only the saver's browser holds the delete secret, and only for an hour after saving.
  const token = deleteTokenFor((await cookies()).get(SAVED_COOKIE)?.value, id);
  const mine = token ? await loadForDeletion(id, token) : null;
  const urls = reportUrls(locale, id, mine?.state === "found" ? token! : undefined);
  const copy = { copyLabel: t("saved.copy"), copiedLabel: t("saved.copied") };

  return (
    <article className="report-document max-w-prose" data-verdict={report.verdict}>
      <h1 className="mb-6 text-3xl font-bold sm:text-5xl">{t("title")}</h1>
      {/* The same order as the live report: verdict and fixes first, then the findings. */}
      {ranChecks && <VerdictBanner locale={locale} verdict={report.verdict} checks={report.checks} />}
      {urls.deleteUrl && (
        <section aria-labelledby="saved-heading" className="no-print mb-8 border-4 border-ok p-4" data-testid="saved-notice">
          <h2 id="saved-heading" className="mb-4 text-2xl font-bold">{t("saved.heading")}</h2>
          <p className="mb-2">{t("saved.share")}</p>
          <CopyLink href={urls.url} testId="saved-url" {...copy} />
          <p className="mb-2">{t("saved.delete")}</p>
          <CopyLink href={urls.deleteUrl} testId="delete-url" {...copy} />
          <p>{t("saved.deleteLater", { date: utc(expiresAt) })}</p>
        </section>
      )}

      {ranChecks && <ReportFindings locale={locale} checks={report.checks} />}
      {report.blocklists && <BlocklistSection locale={locale} blocklists={report.blocklists} reverseDns={report.reverseDns} checks={report.checks} />}

      <h2 className="mt-8 mb-4 text-2xl font-bold">{t("summary.heading")}</h2>
      <dl className="mb-8 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2" data-testid="report-summary">
        <dt className="font-bold">{t("summary.address")}</dt>
        <dd className="ltr" data-testid="report-ip">{report.target}</dd>
        {ranChecks && (
          <>
            <dt className="font-bold">{t("summary.verdict")}</dt>
            <dd data-testid="report-verdict">
              <StatusTag status={report.verdict}>{probe(`verdict.${report.verdict}`)}</StatusTag>
            </dd>
          </>
        )}
        <dt className="font-bold">{t("summary.testedUtc")}</dt>
        <dd>
          <time dateTime={report.startedAt}>{utc(new Date(report.startedAt))}</time>
        </dd>
        <LocalTimeRow label={t("summary.testedLocal")} iso={report.startedAt} locale={locale} />
        <dt className="font-bold">{t("summary.duration")}</dt>
        <dd data-testid="report-duration">{durationText(report.durationMs, reportText, format)}</dd>
        {ranChecks && (
          <>
            <dt className="font-bold">{t("summary.checks")}</dt>
            <dd>{withLtr((m) => reportText("summary.checksValue", { count: report.checks.length, portCount: ports.length, ...m }), { ports: ports.join(", ") })}</dd>
          </>
        )}
        <dt className="font-bold">{t("summary.savedAt")}</dt>
        <dd>{utc(savedAt)}</dd>
        <dt className="font-bold">{t("summary.expiresAt")}</dt>
        <dd>{utc(expiresAt)}</dd>
      </dl>
      <PrintButton label={t("print")} />
      <p className="print-only mb-8 break-all">{withLtr((v) => t("link", v), { url: urls.url })}</p>

      {/* For a reader who did not run the test: a hosting company, an agency. */}
      <h2 className="mb-4 text-2xl font-bold">{t("about.heading")}</h2>
      <p className="mb-4">{withLtr((v) => t("about.text", v), { site: siteUrl.host })}</p>
      <p className="mb-4">{t("about.open")}</p>
      <p className="mb-8">{t("about.own")}</p>
    </article>
  );
}
