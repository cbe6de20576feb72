import type { ComponentType } from "react";
import { notFound } from "next/navigation";
import { getPage } from "@/lib/content/load";
import { MdxContent } from "@/components/mdx/mdx-content";
import { Breadcrumbs, type Crumb } from "./breadcrumbs";
import { LastUpdated } from "./last-updated";

/** The template of every Markdown page: breadcrumbs, one h1, the body, the update date. */
export async function ContentArticle({
  locale,
  slug,
  trail,
  components,
}: {
  locale: string;
  slug: string;
  trail: Crumb[];
  /** the page's own MDX components, beside the shared ones */
  components?: Record<string, ComponentType>;
}) {
  const page = getPage(locale, slug);
  if (!page) notFound();
  return (
    <>
      <Breadcrumbs locale={locale} trail={trail} />
      <article className="max-w-prose">
        <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{page.frontmatter.title}</h1>
        <MdxContent source={page.body} components={components} />
        <LastUpdated locale={locale} date={page.frontmatter.updated} />
      </article>
    </>
  );
}
