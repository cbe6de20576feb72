import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// French puts a no-break space (U+00A0; U+202F is accepted too) before ; : ! ? and », and
// after «. A plain space lets the browser break the line before the mark, which French readers
// see as a typo. Checked in the messages and in the prose of content/fr (code is left alone:
// commands are identical in every locale).

const NO_BREAK = "\u00A0\u202F";
const PROBLEMS: [RegExp, string][] = [
  [/ [;:!?»]/u, "plain space before ; : ! ? or »"],
  [/« /u, "plain space after «"],
  [new RegExp(`«[^${NO_BREAK}]`, "u"), "no space after «"],
  [new RegExp(`[^\\s${NO_BREAK}]»`, "u"), "no space before »"],
  [/[\p{L}\p{N})][;!?](?=\s|$)/u, "no space before ; ! or ?"],
  [/[\p{L}\p{N})]:(?=\s|$)/u, "no space before :"],
];

/** Prose only: inline code, link targets and web addresses are not French text. */
function prose(line: string): string {
  return line
    .replace(/`[^`]*`/g, "")
    .replace(/\]\([^)\s]*\)/g, "]")
    .replace(/https?:\/\/\S+/g, "");
}

function problemsIn(text: string, where: string): string[] {
  return PROBLEMS.filter(([pattern]) => pattern.test(prose(text))).map(
    ([, what]) => `${where}: ${what}: ${JSON.stringify(text.slice(0, 80))}`,
  );
}

type Messages = { [key: string]: string | Messages };

function messageProblems(node: Messages, prefix = ""): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === "string"
      ? problemsIn(value, `messages/fr.json ${prefix}${key}`)
      : messageProblems(value, `${prefix}${key}.`),
  );
}

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return contentFiles(full);
    return /\.(mdx|txt)$/.test(entry.name) ? [full] : [];
  });
}

/** Frontmatter values and body lines outside fenced code blocks. */
function contentProblems(file: string): string[] {
  const where = path.relative(path.join(__dirname, ".."), file);
  const lines = readFileSync(file, "utf8").split("\n");
  let inFrontmatter = lines[0] === "---";
  let fence: string | null = null;
  return lines.flatMap((line, index) => {
    if (index === 0 && inFrontmatter) return [];
    if (inFrontmatter) {
      if (line === "---") inFrontmatter = false;
      return problemsIn(line.replace(/^\w+: /, ""), `${where}:${index + 1}`);
    }
    const marker = /^\s*(```|~~~)/.exec(line)?.[1];
    if (fence) {
      if (marker === fence) fence = null;
      return [];
    }
    if (marker) {
      fence = marker;
      return [];
    }
    return problemsIn(line, `${where}:${index + 1}`);
  });
}

describe("French typography", () => {
  it("checks itself", () => {
    expect(problemsIn("Source : x", "t")).not.toEqual([]);
    expect(problemsIn("« Secure Your Server »", "t")).not.toEqual([]);
    expect(problemsIn("Vraiment?", "t")).not.toEqual([]);
    expect(problemsIn("Source\u00A0: «\u00A0x\u00A0» https://a.example/?q=1 `a: b`", "t")).toEqual([]);
  });

  it("messages use a no-break space around « » and before ; : ! ?", () => {
    const messages = JSON.parse(
      readFileSync(path.join(__dirname, "..", "messages", "fr.json"), "utf8"),
    ) as Messages;
    const found = messageProblems(messages);
    expect(found, found.join("\n")).toEqual([]);
  });

  it("content/fr prose uses a no-break space around « » and before ; : ! ?", () => {
    const found = contentFiles(path.join(__dirname, "..", "content", "fr")).flatMap(contentProblems);
    expect(found, found.join("\n")).toEqual([]);
  });
});
