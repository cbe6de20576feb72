import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cardDrawsScript, renderCard } from "@/app/[locale]/_og/card";
import { shapeArabic } from "@/app/[locale]/_og/arabic-shaping";
import { rtlWords, visualWord } from "@/app/[locale]/_og/rtl-text";
import { scriptFonts, subsetsFor } from "@/app/[locale]/_og/script-fonts";
import { routing } from "@/i18n/routing";

// The social cards of scripts that Liberation Sans cannot draw (Arabic, Japanese, Korean,
// Chinese) carry the page's own words, drawn with fonts from npm packages, never tofu.

const SCRIPT_LOCALES = ["ar", "ja", "ko", "zh-Hans", "zh-Hant"];

function homeText(locale: string) {
  const file = path.join(__dirname, "..", "..", "messages", `${locale}.json`);
  const messages = JSON.parse(readFileSync(file, "utf8")) as Record<string, Record<string, string>>;
  return {
    locale,
    siteName: messages.Layout!.siteName!,
    title: messages.Home!.title!,
    description: messages.Home!.description!,
  };
}

async function png(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

// next/og fetches a font from the network for any character that no given font draws. Tests
// never reach the network: a request here means a character had no glyph (would be tofu).
// (next/og also loads its own WebAssembly through fetch from a data: URL; that one passes.)
function watchFontFetches() {
  const realFetch = globalThis.fetch;
  const network = vi.fn();
  vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith("data:")) return realFetch(input, init);
    network(url);
    throw new Error("no network in tests");
  });
  return network;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.spyOn(console, "error").mockRestore();
});

describe("social card fonts", () => {
  it("can draw the script of every locale", () => {
    for (const locale of routing.locales) expect(cardDrawsScript(locale), locale).toBe(true);
  });

  for (const locale of SCRIPT_LOCALES) {
    it(`${locale}: draws every character with the packaged fonts, and they are what draws them`, async () => {
      const text = homeText(locale);
      const fetch = watchFontFetches();
      const localized = await png(await renderCard(text));
      expect(fetch).not.toHaveBeenCalled();
      expect(localized.subarray(1, 4).toString()).toBe("PNG");

      // The same words with the script fonts removed: glyphs are missing (the renderer asks
      // the network for them) and the picture changes, so the packaged fonts drew the text.
      vi.spyOn(console, "error").mockImplementation(() => undefined);
      const withoutFonts = await png(await renderCard(text, async () => []));
      expect(fetch).toHaveBeenCalled();
      expect(withoutFonts.equals(localized)).toBe(false);

      // And the localized words, not the English ones, are on the card.
      const english = homeText("en");
      const englishWords = await png(
        await renderCard({ ...text, title: english.title, description: english.description }),
      );
      expect(englishWords.equals(localized)).toBe(false);
    });
  }

  it("loads only the font subsets that the text needs, once per process", async () => {
    const { title } = homeText("ja");
    const table = JSON.parse(
      readFileSync(path.join(process.cwd(), "node_modules/@fontsource/noto-sans-jp/unicode.json"), "utf8"),
    ) as Record<string, string>;
    const subsets = await subsetsFor("noto-sans-jp", title);
    expect(subsets.length).toBeGreaterThan(0);
    expect(subsets.length).toBeLessThan(Object.keys(table).length / 4);
    expect(await subsetsFor("noto-sans-jp", "Secure Your Server")).toEqual([]);

    const first = await scriptFonts("Jpan", { 400: title, 700: title });
    const second = await scriptFonts("Jpan", { 400: title, 700: title });
    expect(second.map((font) => font.data)).toEqual(first.map((font) => font.data));
    second.forEach((font, index) => expect(font.data).toBe(first[index]!.data));
    expect(await scriptFonts("Latn", { 400: "x", 700: "x" })).toEqual([]);
  });
});

describe("right-to-left card text", () => {
  it("joins Arabic letters into their contextual forms", () => {
    // بيت: initial beh, medial yeh, final teh
    expect(shapeArabic("بيت")).toBe("\ufe91\ufef4\ufe96");
    // lam + alef is one ligature; alef does not join forward, so the next letter stands alone
    expect(shapeArabic("لا")).toBe("\ufefb");
    expect(shapeArabic("الا")).toBe("\ufe8d\ufefb");
    // vowel marks are left out, text in other scripts untouched
    expect(shapeArabic("أمِّن")).toBe("\ufe83\ufee3\ufee6");
    expect(shapeArabic("SMTP 25")).toBe("SMTP 25");
  });

  it("puts words in reading order and draws each word right to left", () => {
    expect(rtlWords("عن Secure Your Server عام 2004")).toEqual(["عن", "Secure Your Server", "عام", "2004"]);
    // letters reversed, digits kept in order, paired punctuation mirrored
    expect(visualWord("«بيت»")).toBe("«\ufe96\ufef4\ufe91»");
    expect(visualWord("2004،")).toBe("،2004");
    expect(visualWord("Postfix")).toBe("Postfix");
  });
});
