import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { pageMetadata } from "@/lib/metadata";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { FACTS, STATEMENTS, TIMELINE, formatTimelineDate } from "./_components/press-data";
import { MediaKit } from "./_components/media-kit";
import { PressStatistics } from "./_components/press-statistics";
import { SourceLinks } from "./_components/source-links";
import { pressContactEmail } from "./press-contact";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Press" });
  return pageMetadata({ locale, path: "/press", title: t("title"), description: t("description") });
}

const h2 = "mt-10 mb-4 text-2xl font-bold";

export default async function PressPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection(); // the self-test numbers are today's
  const t = await getTranslations({ locale, namespace: "Press" });
  const number = new Intl.NumberFormat(locale);
  return (
    <>
      <Breadcrumbs locale={locale} trail={[]} />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{t("title")}</h1>
      <p className="mb-6 max-w-prose text-xl">{t("lead")}</p>

      <h2 className={h2}>{t("factsTitle")}</h2>
      <dl className="grid gap-4 sm:grid-cols-2">
        {FACTS.map(({ id, value, sources }) => (
          <div key={id} className="border-s-4 border-brand bg-panel p-4">
            <dt className="text-2xl font-bold">
              {t(`facts.${id}.figure`, { value: value === null ? "" : number.format(value) })}
            </dt>
            <dd>
              {t(`facts.${id}.label`)}
              <SourceLinks locale={locale} ids={sources} />
            </dd>
          </div>
        ))}
      </dl>

      <h2 className={h2}>{t("stats.title")}</h2>
      <PressStatistics locale={locale} />

      <h2 className={h2}>{t("timelineTitle")}</h2>
      <ol className="max-w-prose border-s-4 border-line ps-6">
        {TIMELINE.map(({ id, date, sources }) => (
          <li key={id} className="relative mb-6">
            <span
              aria-hidden="true"
              className="absolute -start-[2.1rem] top-1.5 h-4 w-4 rounded-full bg-brand"
            />
            <h3 className="text-xl font-bold">
              {date ? <time dateTime={date}>{formatTimelineDate(date, locale)}</time> : t("today")}
              {": "}
              {t(`timeline.${id}.title`)}
            </h3>
            <p>{t(`timeline.${id}.text`)}</p>
            {sources.length > 0 && <SourceLinks locale={locale} ids={sources} />}
          </li>
        ))}
      </ol>

      <h2 className={h2}>{t("statementsTitle")}</h2>
      <p className="mb-4 max-w-prose">{t("statementsNote")}</p>
      {/* Our summaries in reported speech: plain text, never quotation marks or blockquotes. */}
      <ul className="max-w-prose space-y-6" data-testid="press-statements">
        {STATEMENTS.map(({ id, sources }) => (
          <li key={id}>
            <h3 className="text-lg font-bold">{t(`statements.${id}.who`)}</h3>
            <p>{t(`statements.${id}.summary`)}</p>
            <SourceLinks locale={locale} ids={sources} />
          </li>
        ))}
      </ul>

      <h2 className={h2}>{t("contactTitle")}</h2>
      <p className="max-w-prose">
        {t.rich("contactText", {
          email: () => (
            <a
              href={`mailto:${pressContactEmail}`}
              className="font-bold"
              data-testid="press-contact"
            >
              {pressContactEmail}
            </a>
          ),
        })}
      </p>

      <h2 className={h2}>{t("kitTitle")}</h2>
      <MediaKit locale={locale} />
    </>
  );
}
