// Applies a guide's instruction to a config text, as a reader would: the snippet itself is
// always taken verbatim from the guide.

/** "Delete every line matching `re` and put the snippet in place of the first one." */
export function replaceLines(config: string, re: RegExp, snippet: string): string {
  const lines = config.split("\n");
  const first = lines.findIndex((l) => re.test(l));
  if (first < 0) throw new Error(`no line matches ${re} in the config`);
  const kept = lines.map((l, i) => (i === first ? snippet.replace(/\n$/, "") : re.test(l) ? null : l));
  return kept.filter((l): l is string => l !== null).join("\n");
}

/** "Put the snippet right after the line matching `re`." */
export function insertAfter(config: string, re: RegExp, snippet: string): string {
  const lines = config.split("\n");
  const at = lines.findIndex((l) => re.test(l));
  if (at < 0) throw new Error(`no line matches ${re} in the config`);
  lines.splice(at + 1, 0, snippet.replace(/\n$/, ""));
  return lines.join("\n");
}
