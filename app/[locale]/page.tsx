import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { pageMetadata } from "@/lib/metadata";
import { ButtonLink } from "@/components/ui/button-link";
import { InsetText } from "@/components/ui/inset-text";
import { GenuineLetter } from "@/components/partners/genuine-letter";
import { JsonLd } from "@/components/partners/json-ld";
import { websiteJsonLd } from "@/lib/partners/json-ld";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Home" });
  return pageMetadata({ locale, path: "", title: t("title"), description: t("description") });
}

const STEPS = ["test", "fix", "retest"] as const;

export default async function Home({ params }: Props) {
  const { locale } = await params;
  // The layout's check runs alongside this page: a path like /favicon.ico must not reach Intl.Locale.
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Home" });
  return (
    <div className="max-w-prose">
      <JsonLd data={await websiteJsonLd(locale)} />
      <h1 className="mb-4 text-3xl font-bold sm:text-5xl">{t("title")}</h1>
      <GenuineLetter locale={locale} />
      <p className="mb-6 text-xl">{t("lead")}</p>
      <ButtonLink href="/self-test" className="mb-10">
        {t("cta")}
      </ButtonLink>

      <h2 className="mt-6 mb-4 text-2xl font-bold">{t("meaning.title")}</h2>
      <p className="mb-4">{t("meaning.listed")}</p>
      <InsetText>{t("meaning.noBlame")}</InsetText>
      <p className="mb-4">{t("meaning.terms")}</p>

      <h2 className="mt-10 mb-4 text-2xl font-bold">{t("steps.title")}</h2>
      <ol className="mb-6 space-y-6">
        {STEPS.map((step, index) => (
          <li key={step} className="flex gap-4">
            <span
              aria-hidden="true"
              className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-brand text-lg font-bold text-white"
            >
              {index + 1}
            </span>
            <div>
              <h3 className="text-xl font-bold">{t(`steps.${step}.title`)}</h3>
              <p>{t(`steps.${step}.text`)}</p>
            </div>
          </li>
        ))}
      </ol>

      <h2 className="mt-10 mb-4 text-2xl font-bold">{t("who.title")}</h2>
      <p className="mb-4">{t("who.campaign")}</p>
      <p className="mb-4">{t("who.check")}</p>
      <p className="mb-4">
        {t.rich("who.more", { about: (chunks) => <Link href="/about">{chunks}</Link> })}
      </p>
    </div>
  );
}
