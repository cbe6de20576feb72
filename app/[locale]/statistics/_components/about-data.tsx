// How the numbers are counted, and the open data: links, date range, licence and columns.
import { Link } from "@/i18n/navigation";
import { CSV_COLUMNS, LICENCE } from "@/lib/statistics/open-data";
import type { ChartText } from "./chart-text";
import { Section } from "./section";

export function MethodSection({ text }: { text: ChartText }) {
  const { t } = text;
  return (
    <Section id="method" title={t("method.title")}>
      <ul className="max-w-prose list-disc space-y-2 ps-6">
        <li>{t("method.finished")}</li>
        <li>{t("method.live")}</li>
        <li>{t("fewerNote")}</li>
        <li>{t.rich("method.noAddresses", { link: (chunks) => <Link href="/privacy">{chunks}</Link> })}</li>
      </ul>
    </Section>
  );
}

export function DataSection({ text, from, to }: { text: ChartText; from: string; to: string }) {
  const { t } = text;
  const example = `/api/statistics.csv?from=${from}&to=${to}`;
  return (
    <Section id="data" title={t("data.title")}>
      <p className="mb-4 max-w-prose">
        {t("data.text")}{" "}
        <a href={LICENCE.url} lang="en" hrefLang="en" rel="license">
          {LICENCE.name}
        </a>
      </p>
      <ul className="mb-4 list-disc space-y-2 ps-6">
        <li>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a route handler's data, not a page */}
          <a href="/api/statistics" type="application/json" data-testid="data-json">
            {t("data.json")}
          </a>
        </li>
        <li>
          <a href="/api/statistics.csv" type="text/csv" data-testid="data-csv">
            {t("data.csv")}
          </a>
        </li>
      </ul>
      <p className="mb-6 max-w-prose break-words">
        {/* First-strong isolates keep the address left to right inside an Arabic sentence. */}
        {t("data.range", { example: `\u2068${example}\u2069` })}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full max-w-prose border-collapse text-start">
          <caption className="mb-2 text-start font-bold">{t("data.columnsCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pe-4 text-start">{t("data.column")}</th>
              <th scope="col" className="py-2 text-start">{t("data.meaning")}</th>
            </tr>
          </thead>
          <tbody>
            {CSV_COLUMNS.map((column) => (
              <tr key={column} className="border-b border-line">
                <th scope="row" className="py-2 pe-4 text-start font-normal">
                  {/* break-all: the long column names must not make the table scroll sideways at 320 px */}
                  <code dir="ltr" className="break-all">{column}</code>
                </th>
                <td className="py-2">{t(`data.columns.${column}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-4 max-w-prose">{t("data.empty")}</p>
    </Section>
  );
}
