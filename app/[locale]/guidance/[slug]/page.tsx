import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { listPages } from "@/lib/content/load";
import { ContentArticle } from "@/components/layout/content-article";
import { contentPageMetadata } from "@/lib/content/page-metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    listPages(locale, "guidance").map((page) => ({ locale, slug: page.slug.split("/")[1] })),
  );
}

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  return contentPageMetadata(locale, `guidance/${slug}`, `/guidance/${slug}`);
}

export default async function GuidancePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Guidance" });
  return (
    <ContentArticle
      locale={locale}
      slug={`guidance/${slug}`}
      trail={[{ href: "/guidance", label: t("title") }]}
    />
  );
}
