import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { contactAnchor, linkedWebsite, todayContacts } from "@/lib/partners/contacts";
import type { TodayContact as Contact } from "@/lib/partners/contacts-schema";
import { formatDay } from "@/lib/partners/format-day";

const host = (url: string) => new URL(url).host.replace(/^www\./, "");

/** The source's site name; numbered when two sources share a site, so each link is distinct. */
function sourceLabel(sources: string[], url: string): string {
  const name = host(url);
  const same = sources.filter((other) => host(other) === name);
  return same.length > 1 ? `${name} (${same.indexOf(url) + 1})` : name;
}

/**
 * A present-day national body a visitor can ask about a letter. Set apart from the 2004
 * agencies by its own label and frame, because none of these bodies may pass for a partner.
 */
export async function TodayContact({ row, locale }: { row: Contact; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Partners" });
  const website = linkedWebsite(row);
  const checked = formatDay(todayContacts.checked, locale);
  const place = row.place
    ? new Intl.DisplayNames([locale], { type: "region" }).of(row.place)
    : undefined;
  return (
    <div
      id={contactAnchor(row)}
      data-today-contact={row.place ?? row.country}
      className="mt-3 border-s-4 border-brand bg-panel p-3 text-sm"
    >
      <p className="font-bold">
        {place ? t("today.labelIn", { country: place }) : t("today.label")}
      </p>
      <p className="text-muted">{t("today.notPartner", { date: checked })}</p>
      <p className="mt-1 text-base">
        <bdi lang={row.lang} data-today-name>
          {row.name}
        </bdi>
      </p>
      {website ? (
        <p>
          {t("agency.website")}{" "}
          <a href={website} rel="external" className="ltr break-all" data-today-website>
            {website.replace(/^https:\/\//, "").replace(/\/$/, "")}
          </a>
        </p>
      ) : (
        <p>{t("today.noWebsite")}</p>
      )}
      {row.note && (
        <p>
          {t.rich(`today.notes.${row.note.kind}`, {
            body: () =>
              row.note?.website ? (
                <a href={row.note.website} rel="external">
                  <bdi lang={row.note.lang}>{row.note.body}</bdi>
                </a>
              ) : (
                <bdi lang={row.note?.lang}>{row.note?.body}</bdi>
              ),
          })}
        </p>
      )}
      <p>
        {t("agency.source")}{" "}
        {row.sources.map((url, index) => (
          <span key={url}>
            {index > 0 && ", "}
            <a href={url} rel="external" className="ltr">
              {sourceLabel(row.sources, url)}
            </a>
          </span>
        ))}
      </p>
    </div>
  );
}
