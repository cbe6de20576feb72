import type { ReactNode } from "react";
import type { Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { localeDirection } from "@/i18n/locale-meta";
import { SkipLink } from "@/components/layout/skip-link";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { PrintOpensDetails } from "@/components/ui/print-opens-details";

export const viewport: Viewport = {
  themeColor: "#0b0c0c",
  width: "device-width",
  initialScale: 1,
};

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Layout" });
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body className="flex min-h-screen flex-col">
        <SkipLink label={t("skipLink")} />
        <SiteHeader locale={locale} />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-5xl flex-1 px-4 pt-6 pb-10 outline-none"
        >
          {children}
        </main>
        <SiteFooter locale={locale} />
        <PrintOpensDetails />
      </body>
    </html>
  );
}
