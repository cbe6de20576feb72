import { getTranslations } from "next-intl/server";
import type { Verdict } from "@/lib/probe/types";

const BORDER: Record<Verdict, string> = {
  vulnerable: "border-bad",
  inconclusive: "border-warn",
  secure: "border-ok",
  "no-service": "border-line",
};

export async function VerdictBanner({ locale, verdict }: { locale: string; verdict: Verdict }) {
  const t = await getTranslations({ locale, namespace: "SelfTest.report.banner" });
  return (
    <div data-verdict={verdict} data-testid="verdict-banner" className={`mb-8 border-8 ${BORDER[verdict]} p-6`}>
      <h2 className="mb-2 text-2xl font-bold sm:text-3xl">{t(`${verdict}.title`)}</h2>
      <p className="text-lg">{t(`${verdict}.text`)}</p>
    </div>
  );
}
