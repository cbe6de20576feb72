import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";

export const OG_SIZE = { width: 1200, height: 630 };

// Scripts the shipped font covers. For other scripts (Arabic, CJK, Hangul …) the card falls back
// to English rather than let the renderer try to download glyphs from the network at build.
const COVERED_SCRIPTS = new Set(["Latn", "Cyrl", "Grek"]);

/** The locale whose words go on the card: the page's own, if the font can draw them. */
export function cardLocale(locale: string): string {
  return COVERED_SCRIPTS.has(new Intl.Locale(locale).maximize().script ?? "") ? locale : "en";
}

// Liberation Sans 2.1.5 (SIL OFL 1.1, Debian fonts-liberation2), unmodified: covers every
// letter of our five locales (ș, ț, ß, œ …), so no glyph is ever fetched from the network.
const FONT_DIR = path.join(process.cwd(), "app", "[locale]", "_og", "fonts");

async function fonts() {
  const [regular, bold] = await Promise.all([
    readFile(path.join(FONT_DIR, "LiberationSans-Regular.ttf")),
    readFile(path.join(FONT_DIR, "LiberationSans-Bold.ttf")),
  ]);
  return [
    { name: "Liberation Sans", data: regular, weight: 400 as const, style: "normal" as const },
    { name: "Liberation Sans", data: bold, weight: 700 as const, style: "normal" as const },
  ];
}

/** The shared social card: site name, page title and one line of description. */
export async function ogCard({
  siteName,
  title,
  description,
}: {
  siteName: string;
  title: string;
  description: string;
}) {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#0b0c0c",
        color: "#ffffff",
        fontFamily: "Liberation Sans",
        borderBottom: "24px solid #1d70b8",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
        <svg width="88" height="88" viewBox="0 0 64 64">
          <path
            d="M32 6l22 8.5v15.5c0 14.5-9.5 25-22 29-12.5-4-22-14.5-22-29V14.5z"
            fill="#1d70b8"
          />
          <path
            d="M21 32.4l7.6 7.6 14.4-15.2"
            fill="none"
            stroke="#fff"
            strokeWidth="6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <div style={{ fontSize: 40, fontWeight: 700 }}>{siteName}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        <div style={{ fontSize: 32, lineHeight: 1.35, color: "#dcdcdc" }}>{description}</div>
      </div>
    </div>,
    { ...OG_SIZE, fonts: await fonts() },
  );
}

/** One card per locale, drawn at build time. */
export function ogStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/**
 * The card of a page whose title and description are in a messages namespace, or given
 * directly (content pages take theirs from the frontmatter).
 */
export async function pageCard(
  params: Promise<{ locale: string }>,
  source: string | ((locale: string) => { title: string; description: string } | undefined),
) {
  const locale = cardLocale((await params).locale);
  const siteName = (await getTranslations({ locale, namespace: "Layout" }))("siteName");
  if (typeof source === "function") {
    const { title, description } = source(locale) ?? { title: siteName, description: "" };
    return ogCard({ siteName, title, description });
  }
  const t = await getTranslations({ locale, namespace: source });
  return ogCard({ siteName, title: t("title"), description: t("description") });
}
