import { getTranslations } from "next-intl/server";
import { siteUrl } from "@/lib/site-url";
import { CopyCommand } from "./copy-command";

/** The command that runs the self-test from the machine it is typed on (app/api/self-test). */
export const curlCommand = () => `curl -X POST ${new URL("/api/self-test", siteUrl).href}`;

export async function CurlSection({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "SelfTest.curl" });
  return (
    <section aria-labelledby="curl">
      <h2 id="curl" className="mt-10 mb-4 text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mb-4">{t("text")}</p>
      <CopyCommand command={curlCommand()} copyLabel={t("copy")} copiedLabel={t("copied")} />
      <p className="mb-4">{t.rich("json", { code: () => <code>{"-H 'Accept: application/json'"}</code> })}</p>
    </section>
  );
}
