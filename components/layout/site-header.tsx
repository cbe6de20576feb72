import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { switcherLanguages } from "@/i18n/locale-meta";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const languages = switcherLanguages();
  return (
    <header className="border-b-8 border-brand bg-ink text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link
          href="/"
          className="text-xl font-bold text-white no-underline visited:text-white hover:underline"
        >
          {t("siteName")}
        </Link>
        <div className="flex w-full flex-wrap items-center gap-x-6 gap-y-3 sm:w-auto">
          {/* The one thing most visitors came for, one step away from every page. */}
          <Link
            href="/self-test"
            className="font-bold text-white underline visited:text-white hover:decoration-4"
          >
            {t("testServer")}
          </Link>
          <LanguageSwitcher current={locale} label={t("languages")} languages={languages} />
        </div>
      </div>
    </header>
  );
}
