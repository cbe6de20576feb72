import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { clientIpOf, selfTestService } from "@/lib/selftest/runtime";
import { budgetSeconds } from "../_components/progress-labels";
import { testingPageQuery } from "../schema";
import { REFRESH_SECONDS, waitingFor } from "./waiting";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};


export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SelfTest.progress" });
  const site = (await getTranslations({ locale, namespace: "Layout" }))("siteName");
  return { title: `${t("heading")} – ${site}`, robots: { index: false, follow: false } };
}

/**
 * The no-JavaScript waiting page: the start form's action has started a test for this visitor
 * and sent them here. It reloads itself every few seconds and opens the report as soon as the
 * visitor's latest report is a new one. It only ever reads the requester's own report, and
 * gives up once the test's deadline has passed, so a copied or edited address cannot make it
 * wait for ever or show anyone else's result.
 */
export default async function TestingPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const raw = await searchParams;
  const { since, after } = testingPageQuery.parse({ since: first(raw.since), after: first(raw.after) });
  const ip = clientIpOf(await headers());
  const service = selfTestService();
  if (!ip || !service) redirect(`/${locale}/self-test`);

  const latest = (await service.recall(ip).catch(() => null))?.current.startedAt ?? null;
  const waiting = waitingFor({ latest, after, since, deadlineMs: service.deadlineMs });
  if (waiting.state === "ready") redirect(`/${locale}/self-test/report`);
  if (waiting.state === "gave-up") redirect(`/${locale}/self-test?error=failed`);

  const t = await getTranslations({ locale, namespace: "SelfTest.progress" });
  const format = await getFormatter({ locale });
  const seconds = (n: number) => format.number(n, { style: "unit", unit: "second", unitDisplay: "long" });
  return (
    <div className="max-w-prose" data-testid="self-test-waiting">
      {/* React puts this in the document head: the browser reloads the page by itself. */}
      <meta httpEquiv="refresh" content={String(REFRESH_SECONDS)} />
      <h1 className="mb-6 text-3xl font-bold sm:text-5xl">{t("heading")}</h1>
      <p className="mb-2 text-lg" data-testid="progress-elapsed">
        {t("elapsed", { time: seconds(Math.floor(waiting.elapsedMs / 1000)) })} {t("limit", { time: seconds(budgetSeconds(service)) })}
      </p>
      <p className="mb-6">{t("refreshing")}</p>
      <p>
        {/* For a browser that does not follow the refresh by itself. */}
        <a href={`/${locale}/self-test/testing?${new URLSearchParams({ since: String(since), after })}`}>{t("refreshNow")}</a>
      </p>
    </div>
  );
}
