import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { CheckKind, CheckResult, Verdict } from "@/lib/probe/types";
import { softwareName } from "@/lib/selftest/software-names";
import { siteUrl } from "@/lib/site-url";
import { fixLabel } from "./check-result";
import { VerdictHeading } from "./verdict-heading";

const BORDER: Record<Verdict, string> = {
  vulnerable: "border-bad",
  inconclusive: "border-warn",
  secure: "border-ok",
  "no-service": "border-line",
};

/** What a visitor calls the open service: the three proxy checks on a port are one open proxy. */
const PROBLEM: Record<CheckKind, "relay" | "proxy" | "socks"> = {
  "smtp-relay": "relay",
  "http-proxy": "proxy",
  "http-post": "proxy",
  "http-connect": "proxy",
  socks4: "socks",
  socks5: "socks",
};

/** One entry per open service (port and kind of problem), in the order of the checks. */
function problemsOf(checks: CheckResult[]): CheckResult[] {
  const seen = new Map<string, CheckResult>();
  for (const c of checks.filter((c) => c.verdict === "vulnerable")) {
    const key = `${c.port}:${PROBLEM[c.kind]}`;
    if (!seen.has(key)) seen.set(key, c);
  }
  return [...seen.values()];
}

/**
 * The report's first box: the verdict, and when something is open, each problem by name
 * ("Port 25, Postfix: open mail relay") with its fix guide, so the way out is on the first
 * screen of a phone. `children`: what follows inside the box (the "is this your address" prompt).
 */
export async function VerdictBanner({ locale, verdict, checks, children }: { locale: string; verdict: Verdict; checks: CheckResult[]; children?: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "SelfTest.report" });
  const problems = problemsOf(checks);
  const name = (c: CheckResult) =>
    c.software
      ? t("problem.line", { port: c.port, software: softwareName(c.software), problem: t(`problem.${PROBLEM[c.kind]}`) })
      : t("problem.lineUnknown", { port: c.port, problem: t(`problem.${PROBLEM[c.kind]}`) });
  const single = problems.length === 1 ? problems[0]! : null;
  return (
    <section aria-labelledby="verdict-heading" data-verdict={verdict} data-testid="verdict-banner" className={`mb-8 border-8 ${BORDER[verdict]} p-4 sm:p-6`}>
      <VerdictHeading>{single ? name(single) : t(`banner.${verdict}.title`)}</VerdictHeading>
      {problems.length > 0 && (
        <ul className="mb-4 space-y-3" data-testid="verdict-problems">
          {problems.map((c) => (
            <li key={`${c.port}:${PROBLEM[c.kind]}`}>
              {!single && <strong className="block">{name(c)}</strong>}
              {c.fix && (
                <Link href={`/fixes/${c.fix}`} className="text-lg font-bold" data-print-href={new URL(`/${locale}/fixes/${c.fix}`, siteUrl).href}>
                  {fixLabel(c, t)}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="text-lg">{t(`banner.${verdict}.text`)}</p>
      {children}
    </section>
  );
}
