import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { localeAutonym } from "@/i18n/locale-meta";
import { MERGE_FIELDS } from "./letter-template";

/** The merge fields explained, and one plain-text download per site language. */
export async function LetterDownloads({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "Letter" });
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
  return (
    <>
      <div className="mb-6 overflow-x-auto">
        <table className="w-full border-collapse text-start">
          <caption className="mb-2 text-start font-bold">{t("fieldsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-line py-2 pe-4 text-start">
                {t("fieldsTable.field")}
              </th>
              <th scope="col" className="border-b border-line py-2 pe-4 text-start">
                {t("fieldsTable.meaning")}
              </th>
            </tr>
          </thead>
          <tbody>
            {MERGE_FIELDS.map((field) => (
              <tr key={field}>
                <td className="border-b border-line py-2 pe-4">
                  <code dir="ltr">{`{{${field}}}`}</code>
                </td>
                <td className="border-b border-line py-2 pe-4">{t(`fieldsHelp.${field}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="mb-4 list-disc space-y-2 ps-6" data-testid="letter-downloads">
        {routing.locales.map((code) => (
          <li key={code}>
            <a href={`/${code}/letter/download`} hrefLang={code} download={`letter-${code}.txt`}>
              {t("download", { language: languageName.of(code) ?? code })}
            </a>{" "}
            {code !== locale && <span lang={code}>({localeAutonym(code)})</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
