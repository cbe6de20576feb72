import { routing } from "@/i18n/routing";
import { isLocale } from "@/i18n/locale-meta";
import { factsSheet, factsSheetFilename } from "../_components/facts-sheet";

// The fact sheet of the media kit, built at build time from the press page's own data, in
// every locale's own language.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  return new Response(await factsSheet(locale), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${factsSheetFilename(locale)}"`,
      "Content-Language": locale,
    },
  });
}
