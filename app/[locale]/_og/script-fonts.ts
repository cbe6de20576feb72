import { readFile } from "node:fs/promises";
import path from "node:path";

// Fonts for the scripts Liberation Sans cannot draw, from @fontsource npm packages (SIL OFL 1.1).
// Each package splits its font into small WOFF subsets by Unicode range (unicode.json); the card
// loads only the subsets that hold its own characters, so a Japanese card reads a few hundred
// KiB instead of a whole CJK font, and nothing is ever fetched from the network.
// next/og (satori) reads TTF, OTF and WOFF, not WOFF2: we load the .woff files.
// Arabic: Vazirmatn. The letters arrive already joined (arabic-shaping.ts), but satori still
// runs the font's GSUB on Arabic punctuation such as "،", and Noto Sans/Naskh Arabic carry a
// lookup (type 5, format 3) on which it throws.
export const SCRIPT_FONTS: Record<string, { family: string; pkg: string }> = {
  Arab: { family: "Vazirmatn", pkg: "vazirmatn" },
  Jpan: { family: "Noto Sans JP", pkg: "noto-sans-jp" },
  Kore: { family: "Noto Sans KR", pkg: "noto-sans-kr" },
  Hans: { family: "Noto Sans SC", pkg: "noto-sans-sc" },
  Hant: { family: "Noto Sans TC", pkg: "noto-sans-tc" },
};

export type CardWeight = 400 | 700;

export interface CardFont {
  name: string;
  data: Buffer;
  weight: CardWeight;
  style: "normal";
}

const PACKAGES = path.join(process.cwd(), "node_modules", "@fontsource");

// Liberation Sans covers Latin, Greek and Cyrillic and general punctuation: those characters
// never need a script font (the card's text in these locales is mostly its own script).
function liberationCovers(codePoint: number): boolean {
  return codePoint < 0x0530 || (codePoint >= 0x2000 && codePoint <= 0x206f);
}

type Ranges = [number, number][];

function parseRanges(unicodeRange: string): Ranges {
  return unicodeRange.split(",").map((part) => {
    const [from = "", to] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

// Per process: each package's subset table, and each font file, read once.
const subsetTables = new Map<string, Promise<[string, Ranges][]>>();
const files = new Map<string, Promise<Buffer>>();

function subsetTable(pkg: string): Promise<[string, Ranges][]> {
  let table = subsetTables.get(pkg);
  if (!table) {
    table = readFile(path.join(PACKAGES, pkg, "unicode.json"), "utf8").then((json) =>
      Object.entries(JSON.parse(json) as Record<string, string>).map(
        ([subset, range]) => [subset, parseRanges(range)] as [string, Ranges],
      ),
    );
    subsetTables.set(pkg, table);
  }
  return table;
}

function fontFile(file: string): Promise<Buffer> {
  let data = files.get(file);
  if (!data) {
    data = readFile(file);
    files.set(file, data);
  }
  return data;
}

/** The subsets (unicode.json keys) of a package that hold the characters of `text`. */
export async function subsetsFor(pkg: string, text: string): Promise<string[]> {
  const needed = [...new Set([...text].map((c) => c.codePointAt(0)!))].filter(
    (cp) => !liberationCovers(cp),
  );
  const table = await subsetTable(pkg);
  return table
    .filter(([, ranges]) => needed.some((cp) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi)))
    .map(([subset]) => subset);
}

/** "[12]" → "12", "arabic" → "arabic": the subset's part of the file name. */
function fileName(pkg: string, subset: string, weight: CardWeight): string {
  return `${pkg}-${subset.replace(/^\[(\d+)\]$/, "$1")}-${weight}-normal.woff`;
}

/**
 * The script font subsets a card needs: for each weight, those that draw that weight's text.
 * Empty for locales whose script Liberation Sans covers.
 */
export async function scriptFonts(
  script: string,
  textByWeight: Record<CardWeight, string>,
): Promise<CardFont[]> {
  const font = SCRIPT_FONTS[script];
  if (!font) return [];
  const weights = [400, 700] as const;
  const perWeight = await Promise.all(
    weights.map(async (weight) => {
      const subsets = await subsetsFor(font.pkg, textByWeight[weight]);
      return Promise.all(
        subsets.map(async (subset) => ({
          // satori keeps one font per name and weight: each subset needs a name of its own.
          name: `${font.family} ${subset}`,
          data: await fontFile(path.join(PACKAGES, font.pkg, "files", fileName(font.pkg, subset, weight))),
          weight,
          style: "normal" as const,
        })),
      );
    }),
  );
  return perWeight.flat();
}
