import { describe, expect, it } from "vitest";
import { routing } from "./routing";
import { switcherLanguages } from "./locale-meta";

const names = (locales?: readonly string[]) => switcherLanguages(locales).map((l) => l.name);
const codes = (locales?: readonly string[]) => switcherLanguages(locales).map((l) => l.code);

describe("the language switcher's order", () => {
  it("lists every locale once", () => {
    expect([...codes()].sort()).toEqual([...routing.locales].sort());
  });

  it("sorts by autonym under the root collation (Latin, then Cyrillic, Arabic, Hangul, Han)", () => {
    const order = names();
    const before = (a: string, b: string) => expect(order.indexOf(a)).toBeLessThan(order.indexOf(b));
    expect(order[0]).toBe("Dansk");
    before("Deutsch", "English");
    before("Español", "Français"); // accents do not move a name out of its letter
    before("Română", "Shqip");
    before("Shqip", "Suomi"); // Finnish is filed under its own name, not under "fi"
    before("Suomi", "Български");
    before("Български", "Српски");
    before("Српски", "العربية");
    before("العربية", "한국어");
    before("한국어", "日本語");
    before("日本語", "简体中文");
    before("简体中文", "繁體中文");
  });

  it("does not depend on the order of the locale list", () => {
    const reversed = [...routing.locales].reverse();
    expect(codes(reversed)).toEqual(codes());
  });

  it("places a new locale by the same rule, e.g. Serbian in Latin script", () => {
    const others = (routing.locales as readonly string[]).filter((l) => l !== "sr-Latn");
    const order = names([...others, "sr-Latn"]);
    const at = order.indexOf("Srpski (latinica)");
    expect(order.slice(at - 1, at + 2)).toEqual(["Shqip", "Srpski (latinica)", "Suomi"]);
  });
});
