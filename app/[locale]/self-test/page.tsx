import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Details } from "@/components/ui/details";
import { formatDuration } from "@/lib/format/duration";
import { pageMetadata } from "@/lib/metadata";
import { CHECK_GROUPS, GROUP_KINDS } from "@/lib/selftest/groups";
import { clientIpOf, selfTestService } from "@/lib/selftest/runtime";
import { startSelfTest } from "./actions";
import { CurlSection } from "./_components/curl-section";
import { ErrorSummary } from "./_components/error-summary";
import { budgetSeconds, progressLabels } from "./_components/progress-labels";
import { RefusalNotice } from "./_components/refusal-notice";
import { withLtr } from "./_components/ltr-values";
import { HiddenWhileRunning, RunState } from "./_components/run-state";
import { SelfTestForm } from "./_components/self-test-form";
import { StartFields } from "./_components/start-fields";
import { FIELD_ERRORS, startPageQuery } from "./schema";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
async function queryOf(searchParams: Props["searchParams"]) {
  const raw = await searchParams;
  return startPageQuery.parse({ error: first(raw.error), refused: first(raw.refused), groups: first(raw.groups) });
}

export async function generateMetadata({ params, searchParams }: Props) {
  const { locale } = await params;
  const query = await queryOf(searchParams);
  const t = await getTranslations({ locale, namespace: "SelfTest" });
  const title = query.error.length > 0 || query.refused ? `${t("errors.titlePrefix")} ${t("title")}` : t("title");
  return pageMetadata({ locale, path: "/self-test", title, description: t("description") });
}

export default async function SelfTestPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await queryOf(searchParams);
  const t = await getTranslations({ locale, namespace: "SelfTest" });
  const ip = clientIpOf(await headers());
  const service = selfTestService();
  const fieldErrors = FIELD_ERRORS.filter((f) => query.error.includes(f));
  const failed = query.error.includes("failed");
  // A rate-limit notice is only true while the cooldown lasts; recompute it for this visitor.
  const wait = ip && service && query.refused === "rate-limited" ? await service.waitSeconds(ip) : 0;
  const refusal = failed ? "failed" : query.refused === "rate-limited" && wait === 0 ? undefined : query.refused;
  const seconds = query.refused === "busy" || query.refused === "unavailable" ? 20 : wait;
  const plan = service?.plan() ?? [];
  const portsOf = (group: (typeof CHECK_GROUPS)[number]) =>
    [...new Set(plan.filter((c) => GROUP_KINDS[group].includes(c.kind)).map((c) => c.port))];
  // The blocklist lookup has no port: it is offered whenever the self-test runs.
  const groupsToShow = CHECK_GROUPS.filter((g) => (g === "blocklists" ? service !== null : portsOf(g).length > 0));

  return (
    <RunState>
      <div className="max-w-prose">
        <HiddenWhileRunning>
          {fieldErrors.length > 0 && <ErrorSummary locale={locale} fields={fieldErrors} />}
          {refusal && <RefusalNotice locale={locale} code={refusal} ip={ip} seconds={seconds} />}
        </HiddenWhileRunning>
        <h1 className="mb-6 text-3xl font-bold sm:text-5xl">{t("title")}</h1>
        <p className="mb-6 text-xl">{t("lead")}</p>

        <h2 className="mt-8 mb-4 text-2xl font-bold">{t("address.heading")}</h2>
        <p className="mb-4">
          {ip
            ? t.rich("address.text", { ip: () => <bdi dir="ltr"><strong className="ltr" data-testid="client-ip">{ip}</strong></bdi> })
            : t("address.unknown")}
        </p>

        {/* The start comes before the detail: what each check does is one click away. */}
        <h2 className="mt-8 mb-4 text-2xl font-bold">{t("form.heading")}</h2>
        <p className="mb-4">{t("what.time", { budget: formatDuration(locale, budgetSeconds(service)), cooldown: formatDuration(locale, service?.cooldownSeconds ?? 60) })}</p>
        <SelfTestForm action={startSelfTest} locale={locale} labels={await progressLabels(locale, budgetSeconds(service))}>
          <StartFields
            locale={locale}
            errors={fieldErrors}
            checked={query.groups.length > 0 ? query.groups : groupsToShow}
          />
        </SelfTestForm>

        <div className="mt-8">
          <Details summary={t("what.heading")}>
            <ul className="mb-4 list-disc space-y-2 ps-6" data-testid="what-we-test">
              {groupsToShow.map((group) => (
                <li key={group}>{withLtr((m) => t(`what.${group}`, { ...m, portCount: portsOf(group).length }), { ports: portsOf(group).join(", ") })}</li>
              ))}
            </ul>
            <p className="mb-2">{t("what.noMail")}</p>
            <p className="mb-2">{t("what.ownPage")}</p>
          </Details>
        </div>

        <CurlSection locale={locale} />
      </div>
    </RunState>
  );
}
