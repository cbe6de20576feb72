import { getTranslations } from "next-intl/server";
import type { FieldError } from "../schema";

/** GOV.UK error summary: on top of the page, each problem links to its field. */
export async function ErrorSummary({ locale, fields }: { locale: string; fields: FieldError[] }) {
  const t = await getTranslations({ locale, namespace: "SelfTest.errors" });
  return (
    <div aria-labelledby="error-summary-title" role="alert" className="mb-8 border-4 border-bad p-4" tabIndex={-1} id="error-summary">
      <h2 id="error-summary-title" className="mb-4 text-2xl font-bold">
        {t("summary")}
      </h2>
      <ul className="space-y-2">
        {fields.map((field) => (
          <li key={field}>
            <a href={`#${field === "groups" ? "groups-mail" : field}`} className="font-bold text-bad visited:text-bad">
              {t(field)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
