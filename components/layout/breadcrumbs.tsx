import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export interface Crumb {
  href: string;
  label: string;
}

/** Trail from the start page to the current page's parent; the current page is the h1. */
export async function Breadcrumbs({ locale, trail }: { locale: string; trail: Crumb[] }) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const items = [{ href: "/", label: t("home") }, ...trail];
  return (
    <nav aria-label={t("breadcrumbs")} className="no-print mb-6 text-sm">
      <ol className="flex flex-wrap gap-2">
        {items.map((item, index) => (
          <li key={item.href} className="flex items-center gap-2">
            {index > 0 && (
              <span aria-hidden="true" className="text-muted rtl:-scale-x-100">
                ›
              </span>
            )}
            <Link href={item.href}>{item.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
