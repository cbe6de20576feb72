import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";

// Every visible string is written for its reader. A value equal to the English one is almost
// always a string someone forgot to translate, so it fails unless listed below.

type Messages = { [key: string]: string | Messages };

function readMessages(locale: string): Map<string, string> {
  const file = path.join(__dirname, "..", "messages", `${locale}.json`);
  const flat = new Map<string, string>();
  const walk = (node: Messages, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string") flat.set(prefix + key, value);
      else walk(value, `${prefix}${key}.`);
    }
  };
  walk(JSON.parse(readFileSync(file, "utf8")) as Messages, "");
  return flat;
}

/** Values that are only placeholders, digits and punctuation, like "{count} ({percent})". */
function hasNoWords(value: string): boolean {
  return !/\p{L}/u.test(value.replace(/\{[^{}]*\}/g, ""));
}

// Values that may stay as in English, each with the locales where that is right and why.
// Keep this list short: prefer a translation whenever a native reader would use one.
const SAME_AS_ENGLISH: Record<string, { locales: readonly string[] | "all"; why: string }> = {
  // Names of publications: a name is never translated.
  "heise online": { locales: "all", why: "name of a publication" },
  "internetnews.com": { locales: "all", why: "name of a publication" },
  "Tech Advisor": { locales: "all", why: "name of a publication" },
  "Out-Law (Pinsent Masons)": { locales: "all", why: "name of a publication and its publisher" },
  // MaxMind's licence requires this attribution sentence word for word.
  "This product includes GeoLite2 data created by MaxMind, available from https://www.maxmind.com.":
    { locales: "all", why: "licence-mandated attribution text" },
  // Words spelled the same in these languages (checked against each language's own usage).
  Port: { locales: ["ro", "fr", "de", "da", "nb", "pl", "hu", "sr-Latn"], why: "same word" },
  "Port {port}, {software}: {problem}": { locales: ["sr-Latn"], why: "'port' is the same word" },
  "Port {port}: {problem}": { locales: ["sr-Latn"], why: "'port' is the same word" },
  "{kind}, port {port}": { locales: ["fr", "da", "nb", "pl", "sr-Latn"], why: "'port' is the same word" },
  Region: { locales: ["de", "da", "nb", "pl", "sr-Latn"], why: "same word" },
  Software: { locales: ["ro", "it", "pt", "de", "nl", "da"], why: "loanword in everyday use" },
  Tests: { locales: ["fr", "de", "nl"], why: "same plural" },
  Europe: { locales: ["fr"], why: "same word" },
  date: { locales: ["fr"], why: "same word" },
  "Error:": { locales: ["es"], why: "same word" },
  "Website:": { locales: ["de", "nl"], why: "loanword in everyday use" },
  Privacy: { locales: ["it", "nl"], why: "the word Italian and Dutch sites use for this page" },
  "Reverse DNS": { locales: ["da", "nl"], why: "technical term administrators use untranslated" },
};

function isAllowed(locale: string, value: string): boolean {
  const entry = SAME_AS_ENGLISH[value];
  return entry !== undefined && (entry.locales === "all" || entry.locales.includes(locale));
}

const english = readMessages("en");
const otherLocales = routing.locales.filter((locale) => locale !== "en");

describe("messages are translated", () => {
  it("has English messages to compare against", () => {
    expect(english.size).toBeGreaterThan(100);
  });

  // One failure lists every untranslated value, so each locale's gaps show at once.
  it("no value in another locale equals the English one, except names and code", () => {
    const untranslated = otherLocales.flatMap((locale) =>
      [...readMessages(locale)]
        .filter(([key, value]) => english.get(key) === value)
        .filter(([, value]) => !hasNoWords(value) && !isAllowed(locale, value))
        .map(([key, value]) => `${locale} ${key}: ${JSON.stringify(value)}`),
    );
    expect(untranslated, `values still in English:\n${untranslated.join("\n")}`).toEqual([]);
  });

  it("the allow-list names only values that exist in English", () => {
    const values = new Set(english.values());
    expect(Object.keys(SAME_AS_ENGLISH).filter((value) => !values.has(value))).toEqual([]);
  });
});

// Korean particles change with the word before them (에서/이/가, 을/를), and an address or a
// name can end either way, so no letter may follow a placeholder: the sentence is rewritten
// instead ("{ip}에서" becomes "주소: {ip}" or similar). A closing tag right after the
// placeholder (<bdi>{ip}</bdi>에서) counts too.
const PLACEHOLDER_THEN_LETTER = /\{[^{}]*\}(?:<\/[A-Za-z]+>)?(?=\p{L})/gu;

describe("Korean placeholders", () => {
  it("no placeholder is followed directly by a letter", () => {
    const glued = [...readMessages("ko")].flatMap(([key, value]) =>
      [...value.matchAll(PLACEHOLDER_THEN_LETTER)].map(
        (match) => `${key}: …${value.slice(match.index, match.index + match[0].length + 3)}…`,
      ),
    );
    expect(glued, `placeholders followed by a letter:\n${glued.join("\n")}`).toEqual([]);
  });

  it("the check catches a particle after a placeholder", () => {
    expect("{ip}에서 확인".match(PLACEHOLDER_THEN_LETTER)).not.toBeNull();
    expect("<bdi>{ip}</bdi>가".match(PLACEHOLDER_THEN_LETTER)).not.toBeNull();
    expect("주소: {ip}.".match(PLACEHOLDER_THEN_LETTER)).toBeNull();
  });
});
