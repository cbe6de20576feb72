import { headers } from "next/headers";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { formatDuration } from "@/lib/format/duration";
import { pageMetadata } from "@/lib/metadata";
import { CHECK_GROUPS, GROUP_KINDS } from "@/lib/selftest/groups";
import { savedReports } from "@/lib/reports/runtime";
import { restoredFor } from "@/lib/selftest/stored-report";
import { clientIpOf, selfTestService } from "@/lib/selftest/runtime";
import { startSelfTest } from "../actions";
import { ChangesSummary } from "../_components/changes-summary";
import { BlocklistSection } from "../_components/blocklist-section";
import { durationText } from "../_components/duration";
import { ElsewherePrompt } from "../_components/elsewhere-prompt";
import { withLtr } from "../_components/ltr-values";
import { budgetSeconds, progressLabels } from "../_components/progress-labels";
import { ReportFindings } from "../_components/report-findings";
import { SelfTestForm } from "../_components/self-test-form";
import { StartButton } from "../_components/start-fields";
import { VerdictBanner } from "../_components/verdict-banner";
import { SaveReport, type SaveProblem } from "../_components/save-report";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ save?: string }> };

const SAVE_PROBLEMS: readonly SaveProblem[] = ["failed", "limited", "expired"];

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SelfTest.report" });
  const meta = await pageMetadata({ locale, path: "/self-test/report", title: t("title"), description: t("description") });
  // A visitor's own result: never indexed, never shared.
  return { ...meta, robots: { index: false, follow: false } };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const saveParam = (await searchParams).save;
  const saveProblem = SAVE_PROBLEMS.find((p) => p === saveParam) ?? null;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "SelfTest" });
  const reportT = await getTranslations({ locale, namespace: "SelfTest.report" });
  const format = await getFormatter({ locale });
  const ip = clientIpOf(await headers());
  const service = selfTestService();
  const recalled = ip && service ? await service.recall(ip) : null;

  if (!ip || !service || !recalled) {
    return (
      <div className="max-w-prose">
        <h1 className="mb-6 text-3xl font-bold sm:text-5xl">{t("report.title")}</h1>
        {saveProblem === "expired" && (
          <p role="alert" className="mb-6 border-s-4 border-bad ps-4 font-bold" data-testid="save-problem">
            {t("report.save.expired")}
          </p>
        )}
        <p className="mb-6">{t("report.none")}</p>
        <ButtonLink href="/self-test">{t("report.start")}</ButtonLink>
      </div>
    );
  }
  // Kept without the address; whoever asks for their own report gets theirs written back.
  const current = restoredFor(recalled.current, ip);
  const previous = recalled.previous;
  const wait = await service.waitSeconds(ip);
  const ports = [...new Set(current.checks.map((c) => c.port))].sort((a, b) => a - b);
  // A blocklist lookup alone runs no check: no verdict on the server to show.
  const ranChecks = current.checks.length > 0;
  const groups = CHECK_GROUPS.filter((g) =>
    g === "blocklists" ? current.blocklists !== undefined : current.checks.some((c) => GROUP_KINDS[g].includes(c.kind)),
  );

  const nothingFound = current.verdict === "secure" || current.verdict === "no-service";

  return (
    <div className="max-w-prose">
      <h1 className="mb-6 text-3xl font-bold sm:text-5xl">{t("report.title")}</h1>
      {ranChecks && (
        <VerdictBanner locale={locale} verdict={current.verdict} checks={current.checks}>
          {nothingFound && <ElsewherePrompt locale={locale} address={ip} />}
        </VerdictBanner>
      )}
      {ranChecks && previous && <ChangesSummary locale={locale} previous={previous} current={current} />}
      {ranChecks && <ReportFindings locale={locale} checks={current.checks} />}
      {current.blocklists && <BlocklistSection locale={locale} blocklists={current.blocklists} reverseDns={current.reverseDns} checks={current.checks} />}

      <h2 className="mt-8 mb-4 text-2xl font-bold">{t("report.summary.heading")}</h2>
      <dl className="mb-8 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">{t("report.summary.address")}</dt>
        <dd className="ltr" data-testid="report-ip">{ip}</dd>
        {ranChecks && (
          <>
            <dt className="font-bold">{t("report.summary.checks")}</dt>
            <dd>{withLtr((m) => t("report.summary.checksValue", { count: current.checks.length, portCount: ports.length, ...m }), { ports: ports.join(", ") })}</dd>
          </>
        )}
        <dt className="font-bold">{t("report.summary.started")}</dt>
        <dd>{format.dateTime(new Date(current.startedAt), { dateStyle: "medium", timeStyle: "long", timeZone: "UTC" })}</dd>
        <dt className="font-bold">{t("report.summary.duration")}</dt>
        <dd data-testid="report-duration">{durationText(current.durationMs, reportT, format)}</dd>
      </dl>

      <SaveReport locale={locale} address={ip} days={savedReports()?.retentionDays ?? 90} problem={saveProblem} />

      <h2 className="mt-8 mb-4 text-2xl font-bold">{t("report.again.heading")}</h2>
      <p className="mb-4">{t("report.again.text")}</p>
      {wait > 0 && <p className="mb-4 font-bold">{t("report.again.wait", { seconds: wait })}</p>}
      <SelfTestForm key={current.startedAt} action={startSelfTest} locale={locale} labels={await progressLabels(locale, budgetSeconds(service))}>
        {/* The visitor consented for this address when they started the first test. */}
        <input type="hidden" name="consent" value="yes" />
        {groups.map((g) => (
          <input key={g} type="hidden" name="groups" value={g} />
        ))}
        <StartButton label={t("form.again")} />
      </SelfTestForm>
      <p className="mt-8 text-muted">{t("report.kept", { duration: formatDuration(locale, service.memoryMinutes * 60) })}</p>
    </div>
  );
}
