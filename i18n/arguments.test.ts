import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";

// The code passes each message the values its English text names. A translation that names
// another value fails at run time; one that drops a value loses a fact (an address, a time),
// unless English uses that value only to choose a plural form, which some languages do not need.

type Messages = { [key: string]: string | Messages };

function readMessages(locale: string): Map<string, string> {
  const flat = new Map<string, string>();
  const walk = (node: Messages, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string") flat.set(prefix + key, value);
      else walk(value, `${prefix}${key}.`);
    }
  };
  walk(JSON.parse(readFileSync(path.join(__dirname, "..", "messages", `${locale}.json`), "utf8")) as Messages, "");
  return flat;
}

/** Every value a message names, and those it names only to choose a plural or select form. */
function argumentsOf(message: string): { all: Set<string>; selectorsOnly: Set<string> } {
  const shown = new Set<string>();
  const selectors = new Set<string>();
  const visit = (elements: MessageFormatElement[], pound?: string) => {
    for (const el of elements) {
      if (el.type === TYPE.pound && pound) shown.add(pound);
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) shown.add(el.value);
      if (el.type === TYPE.tag) {
        shown.add(el.value);
        visit(el.children, pound);
      }
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        selectors.add(el.value);
        for (const option of Object.values(el.options)) visit(option.value, el.type === TYPE.plural ? el.value : pound);
      }
    }
  };
  visit(parse(message, { ignoreTag: false }));
  return { all: new Set([...shown, ...selectors]), selectorsOnly: new Set([...selectors].filter((name) => !shown.has(name))) };
}

const english = readMessages("en");

describe.each(routing.locales.filter((locale) => locale !== "en"))("messages in %s", (locale) => {
  it("name only the values English names, and drop none that English shows", () => {
    const wrong: string[] = [];
    for (const [key, value] of readMessages(locale)) {
      const source = english.get(key);
      if (source === undefined) continue;
      const en = argumentsOf(source);
      const own = argumentsOf(value).all;
      const extra = [...own].filter((name) => !en.all.has(name));
      const dropped = [...en.all].filter((name) => !own.has(name) && !en.selectorsOnly.has(name));
      if (extra.length > 0) wrong.push(`${key}: names ${extra.join(", ")}, which the code does not pass`);
      if (dropped.length > 0) wrong.push(`${key}: leaves out ${dropped.join(", ")}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("argumentsOf", () => {
  it("finds plain values, tags, plural selectors and the values # stands for", () => {
    const { all, selectorsOnly } = argumentsOf("{portCount, plural, one {port} other {ports}} {ports}: <link>{name}</link>");
    expect([...all].sort()).toEqual(["link", "name", "portCount", "ports"]);
    expect([...selectorsOnly]).toEqual(["portCount"]);
    expect([...argumentsOf("{count, plural, one {# check} other {# checks}}").selectorsOnly]).toEqual([]);
  });
});
