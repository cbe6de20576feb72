/**
 * Folds text for matching: case, accents and Romanian comma/cedilla forms are ignored, so
 * "romania" finds "România" and "sao" finds "São". Shared by the server filter and the client leaf.
 */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}
