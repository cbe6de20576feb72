// Fix guides: every fix slug the engine can emit has a guide in every site locale, and the code
// in the guides (commands and config that readers paste) is byte-identical across locales.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { FIX_SLUGS } from "@/lib/probe";
import { CONTENT_ROOT, listPages } from "@/lib/content/load";
import { fencedBlocks } from "./fenced-blocks";

const file = (locale: string, slug: string) => path.join(CONTENT_ROOT, locale, "fixes", `${slug}.mdx`);
const source = routing.defaultLocale;

/** Every fenced block, with or without id, in order: all code is copied verbatim by readers. */
function allCode(markdown: string): string[] {
  return [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```[ \t]*$/gm)].map((m) => m[1] ?? "");
}

describe("fix guides", () => {
  it("exist for every fix slug in every locale", () => {
    const missing = routing.locales.flatMap((locale) =>
      FIX_SLUGS.filter((slug) => !existsSync(file(locale, slug))).map((slug) => `content/${locale}/fixes/${slug}.mdx`),
    );
    expect(missing, `missing fix guides:\n${missing.join("\n")}`).toEqual([]);
  });

  it("have valid frontmatter, and no guide exists that the engine cannot point to", () => {
    for (const locale of routing.locales) {
      for (const page of listPages(locale, "fixes")) {
        expect(FIX_SLUGS as readonly string[], `content/${locale}/${page.slug}.mdx`).toContain(page.slug.slice("fixes/".length));
      }
    }
  });

  for (const slug of FIX_SLUGS) {
    it(`${slug}: snippets identical in every locale that has the guide`, () => {
      const reference = readFileSync(file(source, slug), "utf8");
      const ids = fencedBlocks(reference);
      expect(new Set(ids.map((b) => b.id)).size, "duplicate snippet id").toBe(ids.length);
      for (const locale of routing.locales) {
        if (locale === source || !existsSync(file(locale, slug))) continue;
        const text = readFileSync(file(locale, slug), "utf8");
        expect(fencedBlocks(text), `content/${locale}/fixes/${slug}.mdx: blocks with an id`).toEqual(ids);
        expect(allCode(text), `content/${locale}/fixes/${slug}.mdx: code blocks`).toEqual(allCode(reference));
      }
    });

    it(`${slug}: links back to the self-test and follows the guide skeleton`, () => {
      for (const locale of routing.locales) {
        if (!existsSync(file(locale, slug))) continue;
        const text = readFileSync(file(locale, slug), "utf8");
        expect(text, `${locale}/${slug}`).toContain(`](/${locale}/self-test)`);
        expect(text.match(/^## /gm)?.length ?? 0, `${locale}/${slug}: sections`).toBe(6);
      }
    });
  }
});
