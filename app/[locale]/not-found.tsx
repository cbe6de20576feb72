import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function generateMetadata() {
  const t = await getTranslations("NotFound");
  return { title: t("title"), description: t("description") };
}

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return (
    <div className="max-w-prose">
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
