// Arabic contextual shaping for the social card. satori's text engine (opentype.js) fails on
// the GSUB tables of common Arabic fonts and measures unjoined letters, so the card hands it
// letters already in their joined forms (Unicode Arabic Presentation Forms-B, which fonts map
// directly) and lays words out itself (rtl-text.tsx).

// Letter → its isolated, final, initial and medial presentation forms (initial and medial only
// for letters that join to the following letter).
const FORMS: Record<string, readonly number[]> = {
  "\u0621": [0xfe80],
  "\u0622": [0xfe81, 0xfe82],
  "\u0623": [0xfe83, 0xfe84],
  "\u0624": [0xfe85, 0xfe86],
  "\u0625": [0xfe87, 0xfe88],
  "\u0626": [0xfe89, 0xfe8a, 0xfe8b, 0xfe8c],
  "\u0627": [0xfe8d, 0xfe8e],
  "\u0628": [0xfe8f, 0xfe90, 0xfe91, 0xfe92],
  "\u0629": [0xfe93, 0xfe94],
  "\u062a": [0xfe95, 0xfe96, 0xfe97, 0xfe98],
  "\u062b": [0xfe99, 0xfe9a, 0xfe9b, 0xfe9c],
  "\u062c": [0xfe9d, 0xfe9e, 0xfe9f, 0xfea0],
  "\u062d": [0xfea1, 0xfea2, 0xfea3, 0xfea4],
  "\u062e": [0xfea5, 0xfea6, 0xfea7, 0xfea8],
  "\u062f": [0xfea9, 0xfeaa],
  "\u0630": [0xfeab, 0xfeac],
  "\u0631": [0xfead, 0xfeae],
  "\u0632": [0xfeaf, 0xfeb0],
  "\u0633": [0xfeb1, 0xfeb2, 0xfeb3, 0xfeb4],
  "\u0634": [0xfeb5, 0xfeb6, 0xfeb7, 0xfeb8],
  "\u0635": [0xfeb9, 0xfeba, 0xfebb, 0xfebc],
  "\u0636": [0xfebd, 0xfebe, 0xfebf, 0xfec0],
  "\u0637": [0xfec1, 0xfec2, 0xfec3, 0xfec4],
  "\u0638": [0xfec5, 0xfec6, 0xfec7, 0xfec8],
  "\u0639": [0xfec9, 0xfeca, 0xfecb, 0xfecc],
  "\u063a": [0xfecd, 0xfece, 0xfecf, 0xfed0],
  "\u0641": [0xfed1, 0xfed2, 0xfed3, 0xfed4],
  "\u0642": [0xfed5, 0xfed6, 0xfed7, 0xfed8],
  "\u0643": [0xfed9, 0xfeda, 0xfedb, 0xfedc],
  "\u0644": [0xfedd, 0xfede, 0xfedf, 0xfee0],
  "\u0645": [0xfee1, 0xfee2, 0xfee3, 0xfee4],
  "\u0646": [0xfee5, 0xfee6, 0xfee7, 0xfee8],
  "\u0647": [0xfee9, 0xfeea, 0xfeeb, 0xfeec],
  "\u0648": [0xfeed, 0xfeee],
  "\u0649": [0xfeef, 0xfef0],
  "\u064a": [0xfef1, 0xfef2, 0xfef3, 0xfef4],
};

// Lam followed by an alef: one ligature (isolated, final).
const LAM = "\u0644";
const LAM_ALEF: Record<string, readonly number[]> = {
  "\u0622": [0xfef5, 0xfef6],
  "\u0623": [0xfef7, 0xfef8],
  "\u0625": [0xfef9, 0xfefa],
  "\u0627": [0xfefb, 0xfefc],
};

const TATWEEL = "\u0640";
// Vowel signs and other marks above or below a letter (tashkeel). The card leaves them out, as
// most Arabic print does: satori cannot place them on the joined letters.
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/g;

/** Joins to the following letter (dual-joining letters and the tatweel). */
function joinsForward(char: string | undefined): boolean {
  return char === TATWEEL || (char !== undefined && (FORMS[char]?.length ?? 0) === 4);
}

/** Can join to the letter before it. */
function joinsBackward(char: string | undefined): boolean {
  return char === TATWEEL || (char !== undefined && (FORMS[char]?.length ?? 0) >= 2);
}

/** Arabic text in joined presentation forms, still in logical (reading) order. */
export function shapeArabic(text: string): string {
  const chars = [...text.replace(MARKS, "")];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const forms = FORMS[char];
    if (!forms) {
      out += char;
      continue;
    }
    const fromPrevious = joinsForward(chars[i - 1]);
    const ligature = char === LAM ? LAM_ALEF[chars[i + 1] ?? ""] : undefined;
    if (ligature) {
      out += String.fromCodePoint(ligature[fromPrevious ? 1 : 0]!);
      i++;
      continue;
    }
    const toNext = forms.length === 4 && joinsBackward(chars[i + 1]);
    const form = fromPrevious && toNext ? 3 : toNext ? 2 : fromPrevious ? 1 : 0;
    out += String.fromCodePoint(forms[form] ?? forms[0]!);
  }
  return out;
}
