import { notFound } from "next/navigation";
import { MDXRemote } from "next-mdx-remote/rsc";
import remarkGfm from "remark-gfm";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPage } from "@/lib/content/load";
import { contentPageMetadata } from "@/lib/content/page-metadata";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ButtonLink } from "@/components/ui/button-link";
import { LastUpdated } from "@/components/layout/last-updated";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { siteUrl } from "@/lib/site-url";
import { LetterDownloads } from "./_components/letter-downloads";
import { LetterText } from "./_components/letter-text";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return contentPageMetadata(locale, "letter", "/letter");
}

/** The prose lives in content/<locale>/letter.mdx; the letter itself in letter.txt beside it. */
export default async function LetterPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const page = getPage(locale, "letter");
  if (!page) notFound();
  const t = await getTranslations({ locale, namespace: "Layout" });
  const components = {
    ...mdxComponents,
    LetterText: () => <LetterText locale={locale} />,
    LetterDownloads: () => <LetterDownloads locale={locale} />,
    SiteAddress: () => <strong className="ltr">{siteUrl.host}</strong>,
  };
  return (
    <>
      <Breadcrumbs locale={locale} trail={[]} />
      <article className="max-w-prose">
        <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{page.frontmatter.title}</h1>
        {/* A reader holding the letter wants the test first, before the letter's text. */}
        <p className="mb-8">
          <ButtonLink href="/self-test" data-testid="letter-test-link">
            {t("testServer")}
          </ButtonLink>
        </p>
        <MDXRemote
          source={page.body}
          components={components}
          options={{ mdxOptions: { remarkPlugins: [remarkGfm] } }}
        />
        <LastUpdated locale={locale} date={page.frontmatter.updated} />
      </article>
    </>
  );
}
