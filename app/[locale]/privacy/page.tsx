import { setRequestLocale } from "next-intl/server";
import { ContentArticle } from "@/components/layout/content-article";
import { contentPageMetadata } from "@/lib/content/page-metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return contentPageMetadata(locale, "privacy", "/privacy");
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ContentArticle locale={locale} slug="privacy" trail={[]} />;
}
