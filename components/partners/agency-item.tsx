import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { Agency } from "@/lib/partners/schema";

export async function AgencyItem({ agency, locale }: { agency: Agency; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Partners" });
  return (
    <li data-agency={agency.id}>
      <span lang="en">
        {agency.name}
        {agency.abbreviation && ` (${agency.abbreviation})`}
      </span>
      {agency.nameOriginal && (
        <>
          {" "}
          (<span lang={agency.originalLang ?? undefined}>{agency.nameOriginal}</span>)
        </>
      )}
      {" – "}
      {t(`roles.${agency.role}`)}
      {agency.localizedNote && (
        <span className="block text-sm">{agency.localizedNote[locale]}</span>
      )}
      <span className="block text-sm">
        {t("agency.website")}{" "}
        <a href={agency.url} className="ltr break-all" rel="external">
          {agency.url.replace(/^https?:\/\//, "")}
        </a>
        {agency.urlStatus === "historical" && ` ${t("agency.historical")}`}
      </span>
      <span className="block text-sm">
        {t("agency.source")}{" "}
        <a href={agency.source.url} rel="external" lang="en">
          {agency.source.title}
        </a>
      </span>
    </li>
  );
}
