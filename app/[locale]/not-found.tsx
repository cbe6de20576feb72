import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

// not-found pages get no generateMetadata, so the title and description are rendered here;
// React places them in the document head.
export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "NotFound" });
  const siteName = (await getTranslations({ locale, namespace: "Layout" }))("siteName");
  return (
    <div className="max-w-prose">
      <title>{`${t("title")} – ${siteName}`}</title>
      <meta name="description" content={t("description")} />
      <meta name="robots" content="noindex" />
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{t("title")}</h1>
      <p className="mb-4">{t("typed")}</p>
      <p className="mb-4">{t("pasted")}</p>
      <p className="mb-4">
        {t.rich("next", {
          home: (chunks) => <Link href="/">{chunks}</Link>,
          guidance: (chunks) => <Link href="/guidance">{chunks}</Link>,
        })}
      </p>
    </div>
  );
}
