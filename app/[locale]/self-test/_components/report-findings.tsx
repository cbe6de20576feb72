import { getTranslations } from "next-intl/server";
import { Details } from "@/components/ui/details";
import type { CheckResult, Verdict } from "@/lib/probe/types";
import { CheckResultItem } from "./check-result";

// What the reader has to act on first; ports where nothing listens are folded away at the end.
const SHOWN: { verdict: Verdict; heading: "problems" | "unclear" | "refused" }[] = [
  { verdict: "vulnerable", heading: "problems" },
  { verdict: "inconclusive", heading: "unclear" },
  { verdict: "secure", heading: "refused" },
];

/** The checks of a report, grouped by what they mean (shared by the live and the saved report). */
export async function ReportFindings({ locale, checks }: { locale: string; checks: CheckResult[] }) {
  const t = await getTranslations({ locale, namespace: "SelfTest.report.groups" });
  const items = (verdict: Verdict) =>
    checks
      .filter((c) => c.verdict === verdict)
      .map((check) => <CheckResultItem key={`${check.kind}:${check.port}`} locale={locale} check={check} />);
  const nothing = checks.filter((c) => c.verdict === "no-service");
  const quietPorts = new Set(nothing.map((c) => c.port)).size;
  return (
    <div data-testid="report-findings">
      {SHOWN.map(({ verdict, heading }) =>
        checks.some((c) => c.verdict === verdict) ? (
          <section key={verdict} aria-labelledby={`findings-${heading}`} data-group={verdict}>
            <h2 id={`findings-${heading}`} className="mt-8 mb-2 text-2xl font-bold">
              {t(heading)}
            </h2>
            <ul className="mb-6">{items(verdict)}</ul>
          </section>
        ) : null,
      )}
      {nothing.length > 0 && (
        <div className="mt-8" data-group="no-service">
          <Details summary={t("nothing", { count: quietPorts })}>
            <ul>{items("no-service")}</ul>
          </Details>
        </div>
      )}
    </div>
  );
}
