import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { CheckResult } from "@/lib/probe/types";
import { softwareName } from "@/lib/selftest/software-names";
import { omittedLines } from "@/lib/selftest/stored-transcript";
import { Details } from "@/components/ui/details";
import { siteUrl } from "@/lib/site-url";
import { StatusTag } from "./status-tag";

type ReportT = Awaited<ReturnType<typeof getTranslations<"SelfTest.report">>>;

/** A fix guide link's text: named after the software, unless the guide is a generic one. */
export function fixLabel(check: Pick<CheckResult, "fix" | "software">, t: ReportT): string {
  return check.software && !check.fix?.startsWith("generic-") ? t("fix", { name: softwareName(check.software) }) : t("fixGeneric");
}

/** One check: status, what it means in plain words, software, fix guide, raw transcript. */
export async function CheckResultItem({ locale, check }: { locale: string; check: CheckResult }) {
  const t = await getTranslations({ locale, namespace: "SelfTest.report" });
  const probe = await getTranslations({ locale, namespace: "Probe" });
  const software = check.software ? softwareName(check.software) : null;
  return (
    <li className="border-b border-line py-4" data-kind={check.kind} data-port={check.port} data-verdict={check.verdict}>
      <h3 className="mb-2 text-xl font-bold">
        {t("checkTitle", { kind: probe(`kind.${check.kind}`), port: check.port })}
      </h3>
      <p className="mb-2">
        <StatusTag status={check.verdict}>{probe(`verdict.${check.verdict}`)}</StatusTag>
      </p>
      <p className="mb-2">{probe(`reason.${check.reason}`)}</p>
      {software && <p className="mb-2">{t("software", { name: software })}</p>}
      {check.fix && (
        <p className="mb-2 font-bold">
          <Link href={`/fixes/${check.fix}`} data-print-href={new URL(`/${locale}/fixes/${check.fix}`, siteUrl).href}>{fixLabel(check, t)}</Link>
        </p>
      )}
      <Details summary={t("transcript")}>
        {check.transcript.length === 0 ? (
          <p>{t("transcriptEmpty")}</p>
        ) : (
          <pre className="overflow-x-auto bg-panel p-3 text-sm">
            {check.transcript.map((line, i) =>
              // Where a remembered transcript was cut: a count and no direction, no words needed.
              omittedLines(line.line) !== null ? (
                <span key={i} className="block text-muted" data-omitted={omittedLines(line.line)}>
                  {line.line}
                </span>
              ) : (
                <span key={i} className="block">
                  <span className="text-muted">{line.dir === "sent" ? `${t("sent")} > ` : `${t("received")} < `}</span>
                  {line.line}
                </span>
              ),
            )}
          </pre>
        )}
      </Details>
    </li>
  );
}
