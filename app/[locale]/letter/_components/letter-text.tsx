import { getTranslations } from "next-intl/server";
import { letterTemplate, splitFields } from "./letter-template";

/** A short line with no closing punctuation, such as "What to do", is a heading of the letter. */
const isSubheading = (paragraph: string) =>
  !paragraph.includes("\n") &&
  !paragraph.includes("{{") &&
  !paragraph.includes("://") &&
  paragraph.length < 60 &&
  !/[.,:;!?]$/.test(paragraph);

/** The letter as a reader sees it: merge fields shown as marked placeholders. */
export async function LetterText({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "Letter" });
  const paragraphs = letterTemplate(locale)
    .trim()
    .split(/\n\s*\n/);
  return (
    <section
      aria-label={t("letterLabel")}
      className="my-6 border-2 border-line bg-white p-4 shadow-[4px_4px_0_#b1b4b6] sm:p-6"
      data-testid="letter"
    >
      {paragraphs.map((paragraph, index) => (
        <p
          key={index}
          className={`mb-4 whitespace-pre-line last:mb-0 ${isSubheading(paragraph) ? "font-bold" : ""}`}
        >
          {splitFields(paragraph).map((part, i) =>
            "field" in part ? (
              <span
                key={i}
                className="border-b-2 border-dashed border-brand bg-panel px-1"
                data-field={part.field}
              >
                [{t(`fields.${part.field}`)}]
              </span>
            ) : (
              part.text
            ),
          )}
        </p>
      ))}
    </section>
  );
}
