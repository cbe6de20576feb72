import { getFormatter, getTranslations } from "next-intl/server";
import { changesSince } from "@/lib/selftest/changes";
import type { StoredReport } from "@/lib/selftest/report-memory";

/** "What changed since your last test": only checks that ran both times are compared. */
export async function ChangesSummary({ locale, previous, current }: { locale: string; previous: StoredReport; current: StoredReport }) {
  const t = await getTranslations({ locale, namespace: "SelfTest.report.changes" });
  const probe = await getTranslations({ locale, namespace: "Probe" });
  const format = await getFormatter({ locale });
  const time = format.dateTime(new Date(previous.startedAt), { dateStyle: "medium", timeStyle: "long", timeZone: "UTC" });
  const changes = changesSince(previous, current);
  return (
    <section aria-labelledby="changes-heading" data-testid="changes" className="mb-8 bg-panel p-4">
      <h2 id="changes-heading" className="mb-2 text-2xl font-bold">
        {t("heading")}
      </h2>
      {changes.length === 0 ? (
        <p>{t("none", { time })}</p>
      ) : (
        <>
          <p className="mb-2">{t("intro", { time })}</p>
          <ul className="list-disc space-y-1 ps-6">
            {changes.map((c) => (
              <li key={`${c.kind}:${c.port}`}>
                {t("item", {
                  check: probe(`kind.${c.kind}`),
                  port: c.port,
                  before: probe(`verdict.${c.before}`),
                  after: probe(`verdict.${c.after}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
