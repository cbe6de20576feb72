import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { listPages } from "@/lib/content/load";
import { ContentArticle } from "@/components/layout/content-article";
import { contentPageMetadata } from "@/lib/content/page-metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = false;

// Only the guides that exist in each locale: a locale still being translated publishes what it
// has (content/fixes.test.ts names what is missing) instead of failing the build.
export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    listPages(locale, "fixes").map((page) => ({ locale, slug: page.slug.split("/")[1] })),
  );
}

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  return contentPageMetadata(locale, `fixes/${slug}`, `/fixes/${slug}`);
}

export default async function FixGuidePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Fixes" });
  return <ContentArticle locale={locale} slug={`fixes/${slug}`} trail={[{ href: "/fixes", label: t("title") }]} />;
}
