import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";

type Glossary = { terms: Record<string, Record<string, unknown>> };

const glossary = JSON.parse(
  readFileSync(path.join(__dirname, "glossary.json"), "utf8"),
) as Glossary;

describe("glossary", () => {
  it("has terms", () => {
    expect(Object.keys(glossary.terms).length).toBeGreaterThan(0);
  });

  // One failure message lists every gap, so a new locale shows all its missing terms at once.
  it("gives every term in every locale of i18n/routing.ts", () => {
    const missing = Object.entries(glossary.terms).flatMap(([term, byLocale]) =>
      routing.locales
        .filter((locale) => {
          const value = byLocale[locale];
          return typeof value !== "string" || value.trim() === "";
        })
        .map((locale) => `${term} (${locale})`),
    );
    expect(missing, `glossary terms missing a translation: ${missing.join(", ")}`).toEqual([]);
  });
});
