import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { getPage, listSlugs } from "@/lib/content/load";

type Messages = { [key: string]: string | Messages };

function flatKeys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : flatKeys(value, `${prefix}${key}.`),
  );
}

const load = (locale: string): Messages =>
  JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Messages;

const source = routing.defaultLocale;
const others = routing.locales.filter((locale) => locale !== source);

describe("every locale is complete", () => {
  const sourceKeys = flatKeys(load(source));
  const sourceSlugs = listSlugs(source);

  it("the source locale has content and messages", () => {
    expect(sourceSlugs.length).toBeGreaterThan(0);
    expect(sourceKeys.length).toBeGreaterThan(0);
  });

  it.each(others)("%s has every message key of the source locale", (locale) => {
    const keys = new Set(flatKeys(load(locale)));
    expect(sourceKeys.filter((key) => !keys.has(key)), `missing in messages/${locale}.json`).toEqual([]);
  });

  it.each(others)("%s has no message keys that the source locale lacks", (locale) => {
    const keys = new Set(sourceKeys);
    expect(flatKeys(load(locale)).filter((key) => !keys.has(key))).toEqual([]);
  });

  it.each(others)("%s has every content page of the source locale", (locale) => {
    const slugs = new Set(listSlugs(locale));
    expect(sourceSlugs.filter((slug) => !slugs.has(slug)), `missing in content/${locale}/`).toEqual([]);
  });

  it.each(routing.locales)("every content page of %s has valid frontmatter", (locale) => {
    for (const slug of listSlugs(locale)) expect(getPage(locale, slug)?.frontmatter.title).toBeTruthy();
  });
});
