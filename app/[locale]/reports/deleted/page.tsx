import { getTranslations, setRequestLocale } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SavedReport.deleted" });
  return { title: t("title"), description: t("description"), robots: { index: false, follow: false } };
}

export default async function ReportDeletedPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "SavedReport.deleted" });
  return (
    <div className="max-w-prose">
      <h1 className="mb-6 text-3xl font-bold sm:text-5xl">{t("title")}</h1>
      <p className="mb-6" role="status">{t("text")}</p>
      <ButtonLink href="/self-test">{t("start")}</ButtonLink>
    </div>
  );
}
