import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { Link } from "@/i18n/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { pageMetadata } from "@/lib/metadata";
import { currentOperator } from "@/lib/operator";
import { pressContactEmail } from "@/app/[locale]/press/press-contact";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Contact" });
  return pageMetadata({ locale, path: "/contact", title: t("title"), description: t("description") });
}

const Email = ({ address }: { address: string }) => (
  <a href={`mailto:${address}`} dir="ltr">
    {address}
  </a>
);

/** Who runs this copy of the site and where to write: OPERATOR_NAME and the contact addresses. */
export default async function ContactPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection(); // the running server's configuration, not the build's
  const t = await getTranslations({ locale, namespace: "Contact" });
  const operator = currentOperator();
  const rows = [
    { id: "operator", label: t("operator"), value: operator.name ? <bdi>{operator.name}</bdi> : <span className="text-muted">{t("notConfigured")}</span> },
    { id: "general", label: t("general"), value: <Email address={operator.contactEmail} /> },
    {
      id: "accessibility",
      label: t("accessibility"),
      value: <Email address={operator.accessibilityEmail} />,
      more: { href: "/accessibility", text: t("accessibilityStatement") },
    },
    { id: "press", label: t("press"), value: <Email address={pressContactEmail} />, more: { href: "/press", text: t("pressPage") } },
  ];
  return (
    <>
      <Breadcrumbs locale={locale} trail={[]} />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{t("title")}</h1>
      <p className="mb-8 max-w-prose text-xl">{t("intro")}</p>
      <dl className="max-w-prose divide-y divide-line border-y border-line">
        {rows.map(({ id, label, value, more }) => (
          <div key={id} id={`contact-${id}`} className="py-4 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
            <dt className="font-bold">{label}</dt>
            <dd className="mt-1 sm:mt-0">
              <p>{value}</p>
              {more && (
                <p className="mt-2">
                  <Link href={more.href}>{more.text}</Link>
                </p>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
