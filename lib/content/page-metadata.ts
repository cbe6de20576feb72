import type { Metadata } from "next";
import { getPage } from "./load";
import { pageMetadata } from "@/lib/metadata";

/** Metadata of a Markdown page, straight from its validated frontmatter. */
export async function contentPageMetadata(
  locale: string,
  slug: string,
  path: string,
): Promise<Metadata> {
  const page = getPage(locale, slug);
  if (!page) return {};
  const { title, description } = page.frontmatter;
  return pageMetadata({ locale, path, title, description });
}
