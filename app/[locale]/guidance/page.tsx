import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listPages } from "@/lib/content/load";
import { pageMetadata } from "@/lib/metadata";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Guidance" });
  return pageMetadata({ locale, path: "/guidance", title: t("title"), description: t("description") });
}

export default async function GuidanceIndex({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Guidance" });
  const pages = listPages(locale, "guidance");
  return (
    <>
      <Breadcrumbs locale={locale} trail={[]} />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{t("title")}</h1>
      <p className="mb-8 max-w-prose text-xl">{t("intro")}</p>
      <ul className="max-w-prose space-y-6">
        {pages.map((page) => (
          <li key={page.slug} className="border-b border-line pb-6">
            <h2 className="mb-1 text-xl font-bold">
              <Link href={`/${page.slug}`}>{page.frontmatter.title}</Link>
            </h2>
            <p>{page.frontmatter.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
