import { setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { ContentArticle } from "@/components/layout/content-article";
import { contentPageMetadata } from "@/lib/content/page-metadata";
import { currentOperator } from "@/lib/operator";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return contentPageMetadata(locale, "accessibility", "/accessibility");
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection(); // the contact is the running server's configuration, not the build's
  const email = currentOperator().accessibilityEmail;
  const AccessibilityEmail = () => (
    <a href={`mailto:${email}`} dir="ltr">
      {email}
    </a>
  );
  return <ContentArticle locale={locale} slug="accessibility" trail={[]} components={{ AccessibilityEmail }} />;
}
