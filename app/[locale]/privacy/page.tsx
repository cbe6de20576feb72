import { setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { ContentArticle } from "@/components/layout/content-article";
import { contentPageMetadata } from "@/lib/content/page-metadata";
import { formatDuration } from "@/lib/format/duration";
import { configuredCooldownSeconds } from "./cooldown";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return contentPageMetadata(locale, "privacy", "/privacy");
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection(); // the cooldown is the running server's, not the build's
  const cooldown = formatDuration(locale, configuredCooldownSeconds());
  const Cooldown = () => <strong>{cooldown}</strong>;
  return <ContentArticle locale={locale} slug="privacy" trail={[]} components={{ Cooldown }} />;
}
