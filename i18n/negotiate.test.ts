import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

// The campaign's locale set, independent of what i18n/routing.ts lists today.
const LOCALES = ["en", "ro", "es", "fr", "de", "pt", "nb", "zh-Hans", "zh-Hant", "sr", "sr-Latn", "ar"];
const pick = (header: string | null) => negotiateLocale(header, LOCALES, "en");

describe("Accept-Language negotiation", () => {
  it.each([
    ["ro-RO,ro;q=0.9,en;q=0.8", "ro"],
    ["pt-BR,pt;q=0.9", "pt"],
    ["zh-TW", "zh-Hant"],
    ["zh-HK,zh;q=0.8", "zh-Hant"],
    ["zh-CN", "zh-Hans"],
    ["zh", "zh-Hans"],
    ["no", "nb"],
    ["nn-NO", "nb"],
    ["sr-Latn-RS", "sr-Latn"],
    ["sr-RS", "sr"],
    ["ar-EG,ar;q=0.9", "ar"],
    ["de-CH", "de"],
  ])("%s → %s", (header, expected) => {
    expect(pick(header)).toBe(expected);
  });

  it("follows q-values, not header order", () => {
    expect(pick("en;q=0.2, fr;q=0.9")).toBe("fr");
  });

  it("skips languages we do not have and takes the next one", () => {
    expect(pick("sw, tr;q=0.9, es;q=0.5")).toBe("es");
  });

  it("falls back to the default for nothing usable, junk or no header", () => {
    expect(pick("sw, *")).toBe("en");
    expect(pick("!!!, ;q=x")).toBe("en");
    expect(pick(null)).toBe("en");
  });

  it("falls back to the language when the script is not published", () => {
    expect(negotiateLocale("sr-Latn", ["en", "sr"], "en")).toBe("sr");
  });
});
