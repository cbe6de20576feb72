import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { cardDrawsScript, renderCard } from "./card";

export { OG_SIZE } from "./card";

/** The locale whose words go on the card: the page's own, if the card's fonts can draw them. */
export function cardLocale(locale: string): string {
  return cardDrawsScript(locale) ? locale : routing.defaultLocale;
}

/** One card per locale, drawn at build time. */
export function ogStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/**
 * The card of a page whose title and description are in a messages namespace, or given
 * directly (content pages take theirs from the frontmatter).
 */
export async function pageCard(
  params: Promise<{ locale: string }>,
  source: string | ((locale: string) => { title: string; description: string } | undefined),
) {
  const locale = cardLocale((await params).locale);
  const siteName = (await getTranslations({ locale, namespace: "Layout" }))("siteName");
  if (typeof source === "function") {
    const { title, description } = source(locale) ?? { title: siteName, description: "" };
    return renderCard({ locale, siteName, title, description });
  }
  const t = await getTranslations({ locale, namespace: source });
  return renderCard({ locale, siteName, title: t("title"), description: t("description") });
}
