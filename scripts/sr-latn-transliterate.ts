// Serbian is digraphic: the same text in Cyrillic and in Latin script, letter for letter.
// These functions turn sr (Cyrillic) into sr-Latn and leave alone everything that is not
// Serbian prose: ICU syntax, MDX/JSX/HTML tags, code, URLs, e-mail addresses, placeholders.

const LETTERS: Record<string, string> = {
  А: "A", Б: "B", В: "V", Г: "G", Д: "D", Ђ: "Đ", Е: "E", Ж: "Ž", З: "Z", И: "I",
  Ј: "J", К: "K", Л: "L", Љ: "Lj", М: "M", Н: "N", Њ: "Nj", О: "O", П: "P", Р: "R",
  С: "S", Т: "T", Ћ: "Ć", У: "U", Ф: "F", Х: "H", Ц: "C", Ч: "Č", Џ: "Dž", Ш: "Š",
  а: "a", б: "b", в: "v", г: "g", д: "d", ђ: "đ", е: "e", ж: "ž", з: "z", и: "i",
  ј: "j", к: "k", л: "l", љ: "lj", м: "m", н: "n", њ: "nj", о: "o", п: "p", р: "r",
  с: "s", т: "t", ћ: "ć", у: "u", ф: "f", х: "h", ц: "c", ч: "č", џ: "dž", ш: "š",
};

const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * Plain Serbian text from Cyrillic to Latin. Љ, Њ and Џ become two letters: "Lj" at the start
 * of a capitalised word ("Љубав" → "Ljubav"), "LJ" inside a word written in capitals
 * ("ЉУБАВ" → "LJUBAV").
 */
export function toLatin(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    if (!CYRILLIC.test(word)) return word;
    const capitals = word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
    let out = "";
    for (const char of word) {
      const latin = LETTERS[char] ?? char;
      out += capitals ? latin.toUpperCase() : latin;
    }
    return out;
  });
}

// Links to this site's Serbian pages lead to the Latin pages: "/sr/..." → "/sr-Latn/...".
// Only a path that starts with /sr (after "(", a quote, "}}" or a space), never /srv or x.org/sr.
function relocalize(text: string): string {
  return text.replace(/(?<![\w.-])\/sr(?=[/)#?"'\s]|$)/g, "/sr-Latn");
}

// Spans that are not prose: placeholders ({{NAME}}), URLs, e-mail addresses.
const URL_OR_EMAIL =
  /\{\{[^{}]*\}\}|(?:https?|mailto):[^\s<>()"'`]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** Replaces `transform` on the parts of `text` that no `pattern` match covers. */
function outside(
  text: string,
  pattern: RegExp,
  transform: (s: string) => string,
  keep = (s: string) => s,
): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out += transform(text.slice(last, match.index)) + keep(match[0]);
    last = match.index + match[0].length;
  }
  return out + transform(text.slice(last));
}

/** Text such as letter.txt: prose transliterated; placeholders, URLs and addresses kept. */
export function textToLatin(text: string): string {
  return relocalize(outside(text, URL_OR_EMAIL, toLatin));
}

// A tag (<Details summary="...">, <site>, </b>, <check@example.net>): its name, attribute
// names and expressions stay; a quoted attribute value is text a reader sees (summary, title,
// alt), so it is transliterated, except values that are addresses.
const TAG = /<\/?[A-Za-z][^<>]*>/g;
const ADDRESS_ATTRIBUTES = new Set(["href", "src", "id", "className", "class", "lang", "hrefLang"]);

function tagToLatin(tag: string): string {
  return tag.replace(/([\w-]+)=("[^"]*"|'[^']*')/g, (attribute, name: string, value: string) =>
    ADDRESS_ATTRIBUTES.has(name) ? relocalize(attribute) : `${name}=${textToLatin(value)}`,
  );
}

/** Prose with inline markup: tags handled as above, the rest as text. */
function inlineToLatin(text: string): string {
  return outside(text, TAG, textToLatin, tagToLatin);
}

// Skips a balanced {...} starting at `start`; returns the index after its closing brace.
function closingBrace(message: string, start: number): number {
  let depth = 0;
  for (let i = start; i < message.length; i++) {
    if (message[i] === "{") depth++;
    else if (message[i] === "}" && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced braces in ICU message: ${message}`);
}

const SELECTING = new Set(["plural", "select", "selectordinal"]);

// One ICU argument "{name}", "{n, number}", "{count, plural, one {…} other {…}}": its name,
// type, style and selectors stay; only the texts of plural/select branches are transliterated.
function argumentToLatin(argument: string): string {
  const inner = argument.slice(1, -1);
  const [name = "", type = "", ...rest] = inner.split(",");
  if (!SELECTING.has(type.trim())) return argument;
  const options = rest.join(",");
  let out = "";
  let i = 0;
  while (i < options.length) {
    const open = options.indexOf("{", i);
    if (open === -1) {
      out += options.slice(i);
      break;
    }
    const close = closingBrace(options, open);
    out += options.slice(i, open) + "{" + icuToLatin(options.slice(open + 1, close - 1)) + "}";
    i = close;
  }
  return `{${name},${type},${out}}`;
}

/**
 * An ICU message (next-intl): text and rich-text tags as inlineToLatin, arguments as
 * argumentToLatin, quoted ICU literals ('{') kept as written.
 */
export function icuToLatin(message: string): string {
  let out = "";
  let text = "";
  let i = 0;
  const flush = () => {
    out += inlineToLatin(text);
    text = "";
  };
  while (i < message.length) {
    const char = message[i]!;
    if (char === "{") {
      flush();
      const end = closingBrace(message, i);
      out += argumentToLatin(message.slice(i, end));
      i = end;
    } else if (char === "'" && /['{}#|]/.test(message[i + 1] ?? "")) {
      // ICU quoting: '' is an apostrophe, '{…' a literal brace run up to the next '
      flush();
      const end = message[i + 1] === "'" ? i + 2 : message.indexOf("'", i + 1) + 1 || message.length;
      out += message.slice(i, end);
      i = end;
    } else {
      text += char;
      i++;
    }
  }
  flush();
  return out;
}

// Inline code spans, JSX expressions and Markdown link destinations, kept (link destinations
// relocalized).
const MARKDOWN_KEPT = /(`+)[\s\S]*?\1|\]\([^)\s]*(?:\s+"[^"]*")?\)|\{[^{}\n]*\}/g;

function markdownKept(span: string): string {
  return span.startsWith("](") ? relocalize(span) : span;
}

/**
 * An MDX or Markdown file: fenced code blocks, inline code and JSX expressions kept as they
 * are; tags, links and prose as above (frontmatter values are prose too).
 */
export function markdownToLatin(source: string): string {
  const lines = source.split("\n");
  const out: string[] = [];
  let prose: string[] = [];
  let fence: string | null = null;
  const flushProse = () => {
    if (prose.length) out.push(outside(prose.join("\n"), MARKDOWN_KEPT, inlineToLatin, markdownKept));
    prose = [];
  };
  for (const line of lines) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      out.push(line);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
    } else if (marker) {
      flushProse();
      out.push(line);
      fence = marker;
    } else {
      prose.push(line);
    }
  }
  flushProse();
  return out.join("\n");
}
