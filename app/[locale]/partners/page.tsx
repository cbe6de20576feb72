import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { todayContacts } from "@/lib/partners/contacts";
import { partners } from "@/lib/partners/data";
import { formatDay } from "@/lib/partners/format-day";
import { agenciesJsonLd } from "@/lib/partners/json-ld";
import { REGIONS } from "@/lib/partners/schema";
import { countryViews, matches, parseFilter } from "@/lib/partners/view";
import { pressContactEmail } from "@/app/[locale]/press/press-contact";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CountryList } from "@/components/partners/country-list";
import { JsonLd } from "@/components/partners/json-ld";
import { PartnersFilter } from "@/components/partners/partners-filter";
import { WorldMap } from "@/components/partners/world-map";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Partners" });
  return pageMetadata({
    locale,
    path: "/partners",
    title: t("title"),
    description: t("description"),
  });
}

export default async function PartnersPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Partners" });
  const views = countryViews(locale);
  const filter = parseFilter(await searchParams);
  const shown = views.filter((view) => matches(view, filter)).length;
  const total = views.length;
  const names = new Map(views.map((view) => [view.code, view.name]));
  const list = new Intl.ListFormat(locale, { type: "conjunction" }).format(
    views.map((v) => v.name),
  );
  const formatDate = (day: string) => formatDay(day, locale);
  const status = (count: number | string) => t("filter.status", { shown: String(count), total });
  return (
    <>
      <JsonLd data={agenciesJsonLd(partners.agencies, (code) => names.get(code) ?? code)} />
      <Breadcrumbs locale={locale} trail={[]} />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{t("title")}</h1>
      <p className="mb-6 max-w-prose text-xl">{t("lead", { countries: total })}</p>

      <h2 className="mt-8 mb-4 text-2xl font-bold">{t("known.title")}</h2>
      <div className="max-w-prose space-y-4">
        <p>{t("known.countries", { countries: total })}</p>
        <p>{t("known.agencies", { confirmed: partners.agencies.length })}</p>
        <p>{t("known.candidates")}</p>
      </div>

      <h2 id="today" className="mt-8 mb-4 text-2xl font-bold">
        {t("today.title")}
      </h2>
      <div className="max-w-prose space-y-4">
        <p>{t("today.intro")}</p>
        <p>{t("today.checked", { date: formatDate(todayContacts.checked) })}</p>
      </div>

      <WorldMap
        title={t("map.title", { countries: total })}
        description={t("map.description", { list })}
        caption={t("map.caption")}
        names={names}
      />

      <h2 id="countries" className="mt-8 mb-4 text-2xl font-bold">
        {t("list.title")}
      </h2>
      <PartnersFilter
        action={`/${locale}/partners#countries`}
        region={filter.region ?? ""}
        query={filter.query}
        regions={REGIONS.map((id) => ({ id, name: t(`regions.${id}`) }))}
        labels={{
          region: t("filter.region"),
          allRegions: t("filter.allRegions"),
          query: t("filter.query"),
          hint: t("filter.hint"),
          submit: t("filter.submit"),
        }}
        statusTemplate={status("{shown}")}
        initialStatus={status(shown)}
      />
      <CountryList locale={locale} views={views} filter={filter} />

      <h2 className="mt-10 mb-4 text-2xl font-bold">{t("add.title")}</h2>
      <div className="max-w-prose space-y-4">
        <p>{t("add.who")}</p>
        <p>{t("add.what")}</p>
        <p>
          {t.rich("add.how", {
            email: () => <a href={`mailto:${pressContactEmail}`}>{pressContactEmail}</a>,
          })}
        </p>
      </div>
      <p className="mt-8 text-sm text-muted">
        {t("updated", { date: formatDate(partners.updated) })}
      </p>
    </>
  );
}
