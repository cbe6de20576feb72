import { getTranslations } from "next-intl/server";

const LOGOS = [
  { file: "/press/logo.svg", key: "kitLogo" },
  { file: "/press/logo-black.svg", key: "kitLogoBlack" },
  { file: "/press/symbol.svg", key: "kitSymbol" },
] as const;

/** The fact sheet is generated from the same data as this page; the logos are static files. */
export async function MediaKit({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "Press" });
  return (
    <>
      <ul className="mb-4 list-disc space-y-2 ps-6" data-testid="media-kit">
        <li>
          <a
            href={`/${locale}/press/facts-sheet`}
            download={`secure-your-server-facts-${locale}.md`}
          >
            {t("kitFacts")}
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
