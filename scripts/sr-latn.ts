// npm run sr-latn: writes Serbian in Latin script (sr-Latn) from Serbian in Cyrillic (sr).
// sr is the source: edit messages/sr.json and content/sr/**, then run this script. It writes
// messages/sr-Latn.json, content/sr-Latn/** (removing files that sr no longer has) and the
// "sr-Latn" entries beside every "sr" entry of the shared data files. scripts/sr-latn.test.ts
// fails when the committed files differ from what this script would write.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { icuToLatin, markdownToLatin, textToLatin } from "./sr-latn-transliterate";

const ROOT = path.join(import.meta.dirname, "..");
const SOURCE = "sr";
const TARGET = "sr-Latn";
// Data files with one entry per locale ({"en": …, "sr": …}) somewhere inside.
const SHARED_DATA = ["content/glossary.json", "content/partners/partners.json"];

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function mapStrings(value: Json, transform: (s: string) => string): Json {
  if (typeof value === "string") return transform(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, transform));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, transform)]));
  return value;
}

const json = (value: Json) => JSON.stringify(value, null, 2) + "\n";

// Every object with a Serbian text gets its Latin twin right after it (key order kept).
function withLatinEntries(value: Json): Json {
  if (Array.isArray(value)) return value.map(withLatinEntries);
  if (!value || typeof value !== "object") return value;
  const entries: [string, Json][] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === TARGET) continue;
    entries.push([key, withLatinEntries(child)]);
    if (key === SOURCE && typeof child === "string") entries.push([TARGET, textToLatin(child)]);
  }
  return Object.fromEntries(entries);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function contentToLatin(file: string, source: string): string {
  if (/\.mdx?$/.test(file)) return markdownToLatin(source);
  if (file.endsWith(".json")) return json(mapStrings(JSON.parse(source) as Json, textToLatin));
  return textToLatin(source);
}

/** Every file this script writes (path relative to the repository → its content). */
export function generate(root = ROOT): Map<string, string> {
  const read = (file: string) => readFileSync(path.join(root, file), "utf8");
  const out = new Map<string, string>();
  const messages = JSON.parse(read(`messages/${SOURCE}.json`)) as Json;
  out.set(`messages/${TARGET}.json`, json(mapStrings(messages, icuToLatin)));
  for (const file of filesUnder(path.join(root, "content", SOURCE))) {
    out.set(path.join("content", TARGET, file), contentToLatin(file, read(path.join("content", SOURCE, file))));
  }
  for (const file of SHARED_DATA) out.set(file, json(withLatinEntries(JSON.parse(read(file)) as Json)));
  return out;
}

/** Files in content/sr-Latn that sr no longer has. */
export function staleFiles(generated: Map<string, string>, root = ROOT): string[] {
  const dir = path.join(root, "content", TARGET);
  let existing: string[] = [];
  try {
    existing = filesUnder(dir).map((file) => path.join("content", TARGET, file));
  } catch {
    return []; // no folder yet
  }
  return existing.filter((file) => !generated.has(file));
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith("sr-latn.ts")) {
  const generated = generate();
  let changed = 0;
  for (const [file, content] of generated) {
    const target = path.join(ROOT, file);
    let current: string | null = null;
    try {
      current = readFileSync(target, "utf8");
    } catch {
      // new file
    }
    if (current === content) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    changed++;
  }
  const stale = staleFiles(generated);
  for (const file of stale) rmSync(path.join(ROOT, file));
  console.log(`sr-latn: ${generated.size} files, ${changed} written, ${stale.length} removed`);
}
