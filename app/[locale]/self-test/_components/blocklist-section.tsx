// The report's blocklist section: for each public DNS blocklist, listed / not listed / could not
// check, what a listing there means, and what to do; then the address's reverse DNS name.
import { getTranslations } from "next-intl/server";
import { Details } from "@/components/ui/details";
import { WarningText } from "@/components/ui/warning-text";
import { Link } from "@/i18n/navigation";
import type { BlocklistResult, ReverseDns } from "@/lib/blocklists";
import { BLOCKLISTS } from "@/lib/blocklists/lists";
import type { ListCategory } from "@/lib/blocklists/schema";
import type { CheckResult } from "@/lib/probe/types";
import { fixLabel } from "./check-result";
import { StatusTag } from "./status-tag";

const TAG = { listed: "vulnerable", "not-listed": "secure", error: "inconclusive" } as const;

/** What the list says the address is, by the categories of the codes it answered. */
function categoriesOf(result: BlocklistResult): ListCategory[] {
  const list = BLOCKLISTS.find((l) => l.zone === result.zone);
  const found = result.answers.flatMap((a) => list?.codes.filter((c) => c.answer === a).map((c) => c.category) ?? []);
  return [...new Set(found)];
}

function ListItem({ result, t }: { result: BlocklistResult; t: Awaited<ReturnType<typeof getTranslations>> }) {
  return (
    <li className="border-b border-line py-4" data-zone={result.zone} data-status={result.status}>
      <h3 className="mb-2 text-lg font-bold">
        <bdi>{result.name}</bdi>
      </h3>
      <p className="mb-2">
        <StatusTag status={TAG[result.status]}>{t(`status.${result.status}`)}</StatusTag>
      </p>
      {result.status === "listed" && (
        <>
          <ul className="mb-2 list-disc ps-6">
            {categoriesOf(result).map((c) => (
              <li key={c}>{t(`category.${c}`)}</li>
            ))}
          </ul>
          <p className="mb-2">{t("listedNext", { name: result.name })}</p>
          <p className="mb-2">
            <a href={result.delistUrl} rel="noopener noreferrer" className="font-bold">
              {t("delistLink", { name: result.name })}
            </a>
          </p>
        </>
      )}
      {result.status === "error" && <p className="mb-2">{t(`reason.${result.reason}`)}</p>}
      <p className="mb-2">
        <a href={result.lookupUrl} rel="noopener noreferrer">
          {t("lookupLink", { name: result.name })}
        </a>
      </p>
      {result.meaning && (
        <Details summary={t("details")}>
          <p lang="en" dir="ltr" className="mb-2">
            {result.meaning}
          </p>
          <p dir="ltr" className="font-mono text-sm">
            {result.zone}: {result.answers.join(", ")}
          </p>
        </Details>
      )}
    </li>
  );
}

/** The fix guides of the report's open findings (one check per guide): the cause to fix first. */
function fixesOf(checks: CheckResult[]): CheckResult[] {
  const bySlug = new Map<string, CheckResult>();
  for (const c of checks) if (c.fix && !bySlug.has(c.fix)) bySlug.set(c.fix, c);
  return [...bySlug.values()];
}

export async function BlocklistSection({
  locale,
  blocklists,
  reverseDns,
  checks,
}: {
  locale: string;
  blocklists: BlocklistResult[];
  reverseDns: ReverseDns | null | undefined;
  checks: CheckResult[];
}) {
  const t = await getTranslations({ locale, namespace: "SelfTest.blocklists" });
  const report = await getTranslations({ locale, namespace: "SelfTest.report" });
  const fixes = fixesOf(checks);
  const listed = blocklists.filter((b) => b.status === "listed");
  const errors = blocklists.filter((b) => b.status === "error").length;
  // Listed first: that is what the visitor has to act on.
  const ordered = [...listed, ...blocklists.filter((b) => b.status !== "listed")];
  return (
    <section aria-labelledby="blocklists-heading" data-testid="blocklists">
      <h2 id="blocklists-heading" className="mt-8 mb-4 text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mb-4">{t("intro", { count: blocklists.length })}</p>
      <p className="mb-4 font-bold" data-testid="blocklists-summary">
        {listed.length > 0 ? t("summaryListed", { count: listed.length }) : t("summaryClear")}
        {errors > 0 && ` ${t("summaryErrors", { count: errors })}`}
      </p>
      {listed.length > 0 && (
        <>
          <p className="mb-4">
            {t.rich("fixFirst", { link: (chunks) => <Link href="/guidance/blocklists">{chunks}</Link> })}
          </p>
          {fixes.length > 0 && (
            <ul className="mb-4 list-disc ps-6" data-testid="blocklists-fixes">
              {fixes.map((check) => (
                <li key={check.fix}>
                  <Link href={`/fixes/${check.fix}`} className="font-bold">
                    {fixLabel(check, report)}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <WarningText>{t("neverPay")}</WarningText>
        </>
      )}
      <ul className="mb-8">
        {ordered.map((result) => (
          <ListItem key={result.zone} result={result} t={t} />
        ))}
      </ul>
      {reverseDns !== undefined && (
        <>
          <h3 className="mt-6 mb-2 text-xl font-bold">{t("reverseDns.heading")}</h3>
          <p className="mb-2">{t("reverseDns.explain")}</p>
          <p className="mb-8" data-testid="reverse-dns">
            {reverseDns === null
              ? t("reverseDns.none")
              : t.rich(reverseDns.forwardConfirmed ? "reverseDns.confirmed" : "reverseDns.unconfirmed", {
                  name: () => (
                    <code dir="ltr" className="break-all">
                      {reverseDns.name}
                    </code>
                  ),
                })}
          </p>
        </>
      )}
    </section>
  );
}
