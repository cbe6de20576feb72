import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { getPage } from "@/lib/content/load";
import { OG_SIZE, cardLocale, ogCard } from "@/app/[locale]/_og/og-card";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "Secure Your Server";

// One card per locale, drawn at build time.
export const dynamic = "force-static";
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const locale = cardLocale((await params).locale);
  const layout = await getTranslations({ locale, namespace: "Layout" });
  const { title, description } = getPage(locale, "letter")?.frontmatter ?? {
    title: layout("siteName"),
    description: "",
  };
  return ogCard({ siteName: layout("siteName"), title, description });
}
