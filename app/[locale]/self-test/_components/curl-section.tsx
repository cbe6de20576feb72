import { getTranslations } from "next-intl/server";
import { siteUrl } from "@/lib/site-url";
import { CopyCommand } from "./copy-command";

export async function CurlSection({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "SelfTest.curl" });
  const command = `curl -X POST ${new URL("/api/self-test", siteUrl).href}`;
  return (
    <section aria-labelledby="curl">
      <h2 id="curl" className="mt-10 mb-4 text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mb-4">{t("text")}</p>
      <CopyCommand command={command} copyLabel={t("copy")} copiedLabel={t("copied")} />
      <p className="mb-4">{t.rich("json", { code: () => <code>{"-H 'Accept: application/json'"}</code> })}</p>
    </section>
  );
}
