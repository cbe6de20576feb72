import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listPages } from "@/lib/content/load";
import { pageMetadata } from "@/lib/metadata";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { FIX_GROUPS, groupOf } from "./_components/fix-groups";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Fixes" });
  return pageMetadata({ locale, path: "/fixes", title: t("title"), description: t("description") });
}

export default async function FixesIndex({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Fixes" });
  const pages = listPages(locale, "fixes");
  return (
    <>
      <Breadcrumbs locale={locale} trail={[]} />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{t("title")}</h1>
      <p className="mb-4 max-w-prose text-xl">{t("intro")}</p>
      <p className="mb-8 max-w-prose">{t.rich("testFirst", { test: (c) => <Link href="/self-test">{c}</Link> })}</p>
      {FIX_GROUPS.map((group) => {
        const inGroup = pages.filter((page) => groupOf(page.slug.split("/")[1] ?? "") === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`fixes-${group}`} className="mb-10 max-w-prose">
            <h2 id={`fixes-${group}`} className="mb-4 text-2xl font-bold">
              {t(`groups.${group}`)}
            </h2>
            <ul className="space-y-4">
              {inGroup.map((page) => (
                <li key={page.slug} className="border-b border-line pb-4">
                  <h3 className="mb-1 text-lg font-bold">
                    <Link href={`/${page.slug}`}>{page.frontmatter.title}</Link>
                  </h3>
                  <p>{page.frontmatter.description}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
