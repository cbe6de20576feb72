import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { z } from "zod";
import { frontmatterSchema, type Frontmatter } from "./schema";

export const CONTENT_ROOT = path.join(process.cwd(), "content");

export interface ContentPage {
  slug: string;
  file: string;
  frontmatter: Frontmatter;
  body: string;
}

export class ContentError extends Error {}

/** Parses and validates one content file; the error names the file and the field. */
export function parseContentFile(file: string, source: string, slug: string): ContentPage {
  const { data, content } = matter(source);
  const parsed = frontmatterSchema.safeParse(data);
  if (!parsed.success) {
    const where = path.relative(process.cwd(), file);
    throw new ContentError(`Invalid frontmatter in ${where}:\n${z.prettifyError(parsed.error)}`);
  }
  return { slug, file, frontmatter: parsed.data, body: content };
}

function contentFile(locale: string, slug: string): string {
  return path.join(CONTENT_ROOT, locale, `${slug}.mdx`);
}

export function getPage(locale: string, slug: string): ContentPage | null {
  const file = contentFile(locale, slug);
  if (!existsSync(file)) return null;
  return parseContentFile(file, readFileSync(file, "utf8"), slug);
}

/** All pages in a content folder ("guidance", "fixes"), sorted by `order` then title. */
export function listPages(locale: string, folder: string): ContentPage[] {
  const dir = path.join(CONTENT_ROOT, locale, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => getPage(locale, `${folder}/${name.slice(0, -4)}`))
    .filter((page): page is ContentPage => page !== null)
    .sort(
      (a, b) =>
        (a.frontmatter.order ?? 99) - (b.frontmatter.order ?? 99) ||
        a.frontmatter.title.localeCompare(b.frontmatter.title, locale),
    );
}

/** Every content slug of a locale (relative path without extension), for parity checks. */
export function listSlugs(locale: string): string[] {
  const root = path.join(CONTENT_ROOT, locale);
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => name.slice(0, -4).split(path.sep).join("/"))
    .sort();
}
