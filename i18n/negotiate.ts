// Picks the site locale for an Accept-Language header. Matching goes by language and script,
// not by string prefix, so regional tags land sensibly: zh-TW/zh-HK → zh-Hant, zh-CN → zh-Hans,
// pt-BR → pt, sr-Latn → a Latin Serbian locale if there is one, else Serbian.

// Macro-language codes whose written standard we publish under another code.
const LANGUAGE_ALIASES: Record<string, string> = { no: "nb", nn: "nb" };

interface Range {
  tag: string;
  q: number;
}

function parseAcceptLanguage(header: string): Range[] {
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((range) => range.tag && range.tag !== "*" && range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
}

function maximize(tag: string): { language: string; script: string | undefined } | null {
  try {
    const locale = new Intl.Locale(tag).maximize();
    return { language: LANGUAGE_ALIASES[locale.language] ?? locale.language, script: locale.script };
  } catch {
    return null; // not a valid BCP 47 tag: ignore this range
  }
}

export function negotiateLocale(
  header: string | null | undefined,
  locales: readonly string[],
  fallback: string,
): string {
  if (!header) return fallback;
  const supported = locales.map((locale) => ({ locale, ...maximize(locale)! }));
  for (const { tag } of parseAcceptLanguage(header)) {
    const exact = locales.find((locale) => locale.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const wanted = maximize(tag);
    if (!wanted) continue;
    const sameLanguage = supported.filter((s) => s.language === wanted.language);
    const sameScript = sameLanguage.find((s) => s.script === wanted.script);
    if (sameScript) return sameScript.locale;
    if (sameLanguage[0]) return sameLanguage[0].locale;
  }
  return fallback;
}
