import { getTranslations } from "next-intl/server";
import { formatDuration } from "@/lib/format/duration";
import { CHECK_KINDS } from "@/lib/probe";
import type { CheckKind, Verdict } from "@/lib/probe/types";
import type { SelfTestService } from "@/lib/selftest/service";
import type { ProgressLabels } from "./progress-view";

const VERDICTS: Verdict[] = ["vulnerable", "inconclusive", "secure", "no-service"];

/** The longest a test may take, in whole seconds: the engine's deadline as the service runs it. */
export const budgetSeconds = (service: SelfTestService | null) => Math.ceil((service?.deadlineMs ?? 20_000) / 1000);

/** Only the words the live view needs travel to the browser, never a whole namespace. */
export async function progressLabels(locale: string, budget: number): Promise<ProgressLabels> {
  const t = await getTranslations({ locale, namespace: "SelfTest.progress" });
  const probe = await getTranslations({ locale, namespace: "Probe" });
  return {
    heading: t("heading"),
    status: t.raw("status") as string,
    elapsed: t.raw("elapsed") as string,
    limit: t("limit", { time: formatDuration(locale, budget) }),
    caption: t("caption"),
    check: t("check"),
    port: t("port"),
    result: t("result"),
    waiting: t("waiting"),
    running: t("running"),
    failed: t("failed"),
    kinds: Object.fromEntries(CHECK_KINDS.map((k) => [k, probe(`kind.${k}`)])) as Record<CheckKind, string>,
    verdicts: Object.fromEntries(VERDICTS.map((v) => [v, probe(`verdict.${v}`)])) as Record<Verdict, string>,
  };
}
