import { OG_SIZE, ogStaticParams, pageCard } from "@/app/[locale]/_og/og-card";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "Secure Your Server";
export const dynamic = "force-static";
export const generateStaticParams = ogStaticParams;

export default function Image({ params }: { params: Promise<{ locale: string }> }) {
  return pageCard(params, "Home");
}
