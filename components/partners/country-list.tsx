import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { REGIONS } from "@/lib/partners/schema";
import { matches, type CountryView, type Filter } from "@/lib/partners/view";
import { AgencyItem } from "./agency-item";
import { TodayContact } from "./today-contact";

/**
 * Every country is rendered; those outside the filter carry `hidden`, so the list works
 * without JavaScript and the client leaf can show them again without a round trip.
 */
export async function CountryList({
  locale,
  views,
  filter,
}: {
  locale: Locale;
  views: CountryView[];
  filter: Filter;
}) {
  const t = await getTranslations({ locale, namespace: "Partners" });
  const shown = views.filter((view) => matches(view, filter)).length;
  return (
    <>
      <p
        data-partners-empty
        hidden={shown > 0}
        className="mb-6 border-s-4 border-bad ps-4 font-bold"
      >
        {t("filter.empty")}
      </p>
      {REGIONS.map((region) => {
        const inRegion = views.filter((view) => view.region === region);
        const visible = inRegion.filter((view) => matches(view, filter)).length;
        return (
          <section
            key={region}
            data-region-group={region}
            hidden={visible === 0}
            aria-labelledby={`region-${region}`}
          >
            <h3 id={`region-${region}`} className="mt-8 mb-3 text-xl font-bold">
              {t(`regions.${region}`)}
            </h3>
            <ul className="divide-y divide-line border-y border-line" data-testid="country-list">
              {inRegion.map((view) => (
                <li
                  key={view.code}
                  data-partner={view.code}
                  data-region={view.region}
                  data-search={view.searchText}
                  hidden={!matches(view, filter)}
                  className="py-3"
                >
                  <span className="font-bold" data-country-name>
                    {view.name}
                  </span>
                  {view.note && <p className="text-sm text-muted">{view.note}</p>}
                  {view.agencies.length > 0 ? (
                    <ul className="mt-2 space-y-3 ps-4">
                      {view.agencies.map((agency) => (
                        <AgencyItem key={agency.id} agency={agency} locale={locale} />
                      ))}
                    </ul>
                  ) : (
                    <p className="text-sm text-muted">{t("agency.none")}</p>
                  )}
                  {view.today.map((row) => (
                    <TodayContact key={row.place ?? row.country} row={row} locale={locale} />
                  ))}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
