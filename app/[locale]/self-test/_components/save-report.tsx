import { getTranslations } from "next-intl/server";
import { saveReport } from "../actions";
import { withLtr } from "./ltr-values";

export type SaveProblem = "failed" | "limited" | "expired";

/** The opt-in to keep a report: says exactly what is kept, for how long and who can see it. */
export async function SaveReport({ locale, address, days, problem }: { locale: string; address: string; days: number; problem: SaveProblem | null }) {
  const t = await getTranslations({ locale, namespace: "SelfTest.report.save" });
  return (
    <section aria-labelledby="save" className="mb-8 border-s-4 border-brand ps-4" data-testid="save-report">
      <h2 id="save" tabIndex={-1} className="mb-4 text-2xl font-bold">
        {t("heading")}
      </h2>
      {problem && (
        <p role="alert" className="mb-4 border-s-4 border-bad ps-4 font-bold" data-testid="save-problem">
          {t(problem)}
        </p>
      )}
      <p className="mb-4">{t("text")}</p>
      <p className="mb-4">{withLtr((v) => t("kept", { ...v, days }), { address })}</p>
      <form action={saveReport}>
        <input type="hidden" name="locale" value={locale} />
        <button
          type="submit"
          className="bg-panel px-5 py-2 text-lg font-bold text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]"
          data-testid="save-button"
        >
          {t("button")}
        </button>
      </form>
    </section>
  );
}
