import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { contactAnchor, contactForLocale } from "@/lib/partners/contacts";
import { siteUrl } from "@/lib/site-url";

/**
 * "Is this letter genuine?": what the real letter never asks for, how to reach this site
 * safely, and who to ask. Kept short so that it fits on a phone's first screen.
 */
export async function GenuineLetter({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "Home" });
  const local = contactForLocale(locale);
  const country = local
    ? new Intl.DisplayNames([locale], { type: "region" }).of(local.place ?? local.country)
    : undefined;
  return (
    <section
      aria-labelledby="genuine-title"
      data-genuine
      className="mb-6 border-s-[6px] border-brand bg-panel px-3 py-2"
    >
      <h2 id="genuine-title" className="mb-1 text-xl font-bold">
        {t("genuine.title")}
      </h2>
      <ul className="list-disc space-y-1 ps-5 leading-snug">
        <li>{t("genuine.never")}</li>
        <li>
          {t.rich("genuine.address", {
            site: () => (
              <bdi dir="ltr" className="font-bold">
                {siteUrl.host}
              </bdi>
            ),
          })}
        </li>
        <li>
          {t("genuine.ask")}{" "}
          {local && country && (
            <>
              <Link href={`/partners#${contactAnchor(local)}`} data-genuine-country>
                {t("genuine.askCountry", { country })}
              </Link>
              {" · "}
            </>
          )}
          <Link href="/partners#today" data-genuine-all>
            {t("genuine.askAll")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
