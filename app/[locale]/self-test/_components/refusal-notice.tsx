import { getTranslations } from "next-intl/server";
import type { GateCode } from "@/lib/selftest/gate";
import { withLtr } from "./ltr-values";

interface Props {
  locale: string;
  code: GateCode | "failed";
  ip: string | null;
  seconds: number;
}

/** Why a test did not run, and what to do instead; the page shows the curl way right below. */
export async function RefusalNotice({ locale, code, ip, seconds }: Props) {
  const t = await getTranslations({ locale, namespace: "SelfTest" });
  const message = code === "failed" ? t("errors.failed") : withLtr((v) => t(`refused.${code}`, { ...v, seconds }), { ip: ip ?? "?" });
  // Not for cross-site: its message already points to the command below.
  const offerCurl = !["rate-limited", "busy", "unavailable", "disabled", "failed", "cross-site"].includes(code);
  return (
    <div role="alert" id="refusal" className="mb-8 border-4 border-bad p-4">
      <h2 className="mb-2 text-2xl font-bold">{t("refused.heading")}</h2>
      <p className="mb-2">{message}</p>
      {offerCurl && (
        <p>
          <a href="#curl">{t("refused.useCurl")}</a>
        </p>
      )}
    </div>
  );
}
