import { getTranslations } from "next-intl/server";
import { CopyCommand } from "./copy-command";
import { curlCommand } from "./curl-section";
import { withLtr } from "./ltr-values";

/**
 * "Nothing found" is only true for the address we tested. A visitor who opened the page on their
 * laptop tested their office line, not the server in the letter: ask, and give them the command
 * that tests that server from the server itself.
 */
export async function ElsewherePrompt({ locale, address }: { locale: string; address: string }) {
  const t = await getTranslations({ locale, namespace: "SelfTest" });
  return (
    <div className="mt-6 border-t border-line pt-4" data-testid="elsewhere">
      <h3 className="mb-2 text-xl font-bold">{withLtr((v) => t("report.elsewhere.question", v), { address })}</h3>
      <p className="mb-4">{t("report.elsewhere.text")}</p>
      <CopyCommand command={curlCommand()} copyLabel={t("curl.copy")} copiedLabel={t("curl.copied")} />
    </div>
  );
}
