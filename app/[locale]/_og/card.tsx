import { readFile } from "node:fs/promises";
import path from "node:path";
import type { CSSProperties } from "react";
import { ImageResponse } from "next/og";
import { localeDirection } from "@/i18n/locale-meta";
import { RtlText } from "./rtl-text";
import { type CardFont, type CardWeight, SCRIPT_FONTS, scriptFonts } from "./script-fonts";

export const OG_SIZE = { width: 1200, height: 630 };

const LIBERATION_SCRIPTS = new Set(["Latn", "Cyrl", "Grek"]);

function script(locale: string): string {
  return new Intl.Locale(locale).maximize().script ?? "";
}

/** Whether the card can draw a locale's own script (else it would show empty boxes). */
export function cardDrawsScript(locale: string): boolean {
  const s = script(locale);
  return LIBERATION_SCRIPTS.has(s) || s in SCRIPT_FONTS;
}

// Liberation Sans 2.1.5 (SIL OFL 1.1, Debian fonts-liberation2), unmodified: Latin, Greek and
// Cyrillic (ș, ț, ß, œ, ђ …). Other scripts come from script-fonts.ts.
const FONT_DIR = path.join(process.cwd(), "app", "[locale]", "_og", "fonts");
let liberation: Promise<CardFont[]> | undefined;

function liberationSans(): Promise<CardFont[]> {
  liberation ??= Promise.all(
    (
      [
        ["LiberationSans-Regular.ttf", 400],
        ["LiberationSans-Bold.ttf", 700],
      ] as const
    ).map(async ([file, weight]) => ({
      name: "Liberation Sans",
      data: await readFile(path.join(FONT_DIR, file)),
      weight,
      style: "normal" as const,
    })),
  );
  return liberation;
}

export interface CardText {
  locale: string;
  siteName: string;
  title: string;
  description: string;
}

type LoadScriptFonts = (script: string, textByWeight: Record<CardWeight, string>) => Promise<CardFont[]>;

/**
 * The shared social card: site name, page title and one line of description, in the locale's
 * script and direction. `loadScriptFonts` is replaceable so that tests can render without them.
 */
export async function renderCard(
  { locale, siteName, title, description }: CardText,
  loadScriptFonts: LoadScriptFonts = scriptFonts,
) {
  const s = script(locale);
  const rtl = localeDirection(locale) === "rtl";
  const fonts = [
    ...(await liberationSans()),
    ...(await loadScriptFonts(s, { 700: siteName + title, 400: description })),
  ];
  const family = [...new Set(fonts.map((font) => font.name))].join(", ");
  const text = (content: string, style: CSSProperties) =>
    rtl ? <RtlText text={content} style={style} /> : <div style={style}>{content}</div>;

  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        alignItems: rtl ? "flex-end" : "flex-start",
        padding: "64px 72px",
        background: "#0b0c0c",
        color: "#ffffff",
        fontFamily: family,
        borderBottom: "24px solid #1d70b8",
      }}
    >
      <div style={{ display: "flex", flexDirection: rtl ? "row-reverse" : "row", alignItems: "center", gap: 24 }}>
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
        {text(siteName, { fontSize: 40, fontWeight: 700 })}
      </div>
      <div style={{ display: "flex", flexDirection: "column", alignItems: rtl ? "flex-end" : "flex-start", gap: 24 }}>
        {text(title, { fontSize: 68, fontWeight: 700, lineHeight: 1.1 })}
        {text(description, { fontSize: 32, lineHeight: 1.35, color: "#dcdcdc" })}
      </div>
    </div>,
    { ...OG_SIZE, fonts },
  );
}
