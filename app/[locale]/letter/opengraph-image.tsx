import { OG_SIZE, ogStaticParams, pageCard } from "@/app/[locale]/_og/og-card";
import { getPage } from "@/lib/content/load";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "Secure Your Server";
export const dynamic = "force-static";
export const generateStaticParams = ogStaticParams;

export default function Image({ params }: { params: Promise<{ locale: string }> }) {
  return pageCard(params, (locale) => getPage(locale, "letter")?.frontmatter);
}
