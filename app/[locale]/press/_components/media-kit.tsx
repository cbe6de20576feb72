import { getTranslations } from "next-intl/server";
import { factsSheet, factsSheetFilename, formatSheetSize } from "./facts-sheet";

const LOGOS = [
  { file: "/press/logo.svg", key: "kitLogo" },
  { file: "/press/logo-black.svg", key: "kitLogoBlack" },
  { file: "/press/symbol.svg", key: "kitSymbol" },
] as const;

/**
 * The fact sheet is generated from the same data as this page, in the page's language; its
 * label names that language (from Intl, so it cannot drift from the file) and its real size.
 */
export async function MediaKit({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "Press" });
  const sheet = await factsSheet(locale);
  const language = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return (
    <>
      <ul className="mb-4 list-disc space-y-2 ps-6" data-testid="media-kit">
        <li>
          <a
            href={`/${locale}/press/facts-sheet`}
            download={factsSheetFilename(locale)}
            hrefLang={locale}
            type="text/markdown"
            data-testid="facts-sheet-link"
          >
            {t("kitFacts", { language, size: formatSheetSize(sheet, locale) })}
          </a>
        </li>
        {LOGOS.map(({ file, key }) => (
          <li key={key}>
            <a href={file} download>
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
      <p className="max-w-prose">{t("kitUse")}</p>
    </>
  );
}
