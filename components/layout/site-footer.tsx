import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** Footer links are listed here once; pages added later (partners, press) add a line. */
const FOOTER_LINKS = [
  { href: "/self-test", key: "selfTest" },
  { href: "/guidance", key: "guidance" },
  { href: "/fixes", key: "fixes" },
  { href: "/about", key: "about" },
  { href: "/privacy", key: "privacy" },
  { href: "/accessibility", key: "accessibility" },
  { href: "/partners", key: "partners" },
  { href: "/letter", key: "letter" },
  { href: "/press", key: "press" },
  { href: "/statistics", key: "statistics" },
  { href: "/contact", key: "contact" },
] as const;

export async function SiteFooter({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  return (
    <footer className="mt-16 border-t-4 border-brand bg-panel">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm">
        <nav aria-label={t("footerNav")}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {FOOTER_LINKS.map(({ href, key }) => (
              <li key={key}>
                <Link href={href}>{t(`footer.${key}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-6 max-w-prose text-muted">{t("footerNote")}</p>
      </div>
    </footer>
  );
}
