import { routing } from "@/i18n/routing";
import { isLocale } from "@/i18n/locale-meta";
import { letterTemplate } from "../_components/letter-template";

// Generated once per locale at build; the file name tells agencies which language they have.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  return new Response(letterTemplate(locale), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="letter-${locale}.txt"`,
      "Content-Language": locale,
    },
  });
}
