import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { generate, staleFiles } from "./sr-latn";
import { icuToLatin, markdownToLatin, textToLatin, toLatin } from "./sr-latn-transliterate";

const ROOT = path.join(__dirname, "..");

describe("Serbian Cyrillic to Latin", () => {
  it("maps every letter of the Serbian alphabet", () => {
    expect(toLatin("абвгдђежзијклљмнњопрстћуфхцчџш")).toBe("abvgdđežzijklljmnnjoprstćufhcčdžš");
    expect(toLatin("Ђурђевак, Ћуприја, Жута, Чачак, Шабац")).toBe("Đurđevak, Ćuprija, Žuta, Čačak, Šabac");
  });

  it("writes Љ, Њ, Џ as Lj, Nj, Dž in a capitalised word and LJ, NJ, DŽ in capitals", () => {
    expect(toLatin("Љубав Њива Џеп")).toBe("Ljubav Njiva Džep");
    expect(toLatin("ЉУБАВ, ЊИВА И ЏЕП")).toBe("LJUBAV, NJIVA I DŽEP");
    expect(toLatin("ПАЖЊА: Џ")).toBe("PAŽNJA: Dž");
    expect(toLatin("коњ, џем, пољe")).toBe("konj, džem, polje");
  });

  it("leaves Latin text, digits and punctuation as they are", () => {
    expect(toLatin("Postfix-у, порт 587 „SMTP”")).toBe("Postfix-u, port 587 „SMTP”");
  });

  it("keeps ICU placeholders and syntax, transliterating only the texts inside plural branches", () => {
    expect(icuToLatin("Провера за {ip} траје {seconds, number} с")).toBe("Provera za {ip} traje {seconds, number} s");
    expect(icuToLatin("Сачекајте {seconds, plural, one {# секунду} few {# секунде} other {# секунди}}.")).toBe(
      "Sačekajte {seconds, plural, one {# sekundu} few {# sekunde} other {# sekundi}}.",
    );
    expect(icuToLatin("{kind, select, smtp {Пошта {port}} other {Прокси}}")).toBe(
      "{kind, select, smtp {Pošta {port}} other {Proksi}}",
    );
    expect(icuToLatin("Укуцајте <site></site> или <about>прочитајте</about>")).toBe(
      "Ukucajte <site></site> ili <about>pročitajte</about>",
    );
    expect(icuToLatin("Знак '{' није аргумент")).toBe("Znak '{' nije argument");
  });

  it("keeps code, tags, attribute names, URLs, e-mail addresses and placeholders", () => {
    const mdx = [
      "---",
      "title: Затворите релеј",
      "---",
      "",
      '<Details summary="Како да проверите">',
      "Покрените `postconf -n` и пишите на abuse@пример.example или test@example.net.",
      "</Details>",
      "",
      "```sh",
      "echo 'Здраво' # коментар",
      "```",
      "",
      "Видите [савете](/sr/guidance), https://example.org/sr/страна и <check@example.net>.",
      "<Cooldown /> {props.value}",
    ].join("\n");
    expect(markdownToLatin(mdx)).toBe(
      [
        "---",
        "title: Zatvorite relej",
        "---",
        "",
        '<Details summary="Kako da proverite">',
        "Pokrenite `postconf -n` i pišite na abuse@пример.example ili test@example.net.",
        "</Details>",
        "",
        "```sh",
        "echo 'Здраво' # коментар",
        "```",
        "",
        "Vidite [savete](/sr-Latn/guidance), https://example.org/sr/страна i <check@example.net>.",
        "<Cooldown /> {props.value}",
      ].join("\n"),
    );
    expect(textToLatin("Провера: {{SITE_URL}}/sr/self-test, {{AGENCY_NAME}}")).toBe(
      "Provera: {{SITE_URL}}/sr-Latn/self-test, {{AGENCY_NAME}}",
    );
  });
});

describe("the committed sr-Latn files", () => {
  const generated = generate(ROOT);

  it("are exactly what `npm run sr-latn` writes from sr (run it after every change to sr)", () => {
    const differing = [...generated].filter(
      ([file, content]) => readFileSync(path.join(ROOT, file), "utf8") !== content,
    );
    expect(differing.map(([file]) => file), "run `npm run sr-latn`").toEqual([]);
    expect(staleFiles(generated, ROOT), "run `npm run sr-latn`").toEqual([]);
  });

  it("are a locale of the site, right after sr", () => {
    const locales = routing.locales as readonly string[];
    expect(locales.indexOf("sr-Latn")).toBe(locales.indexOf("sr") + 1);
  });

  it("have no Cyrillic letter outside code", () => {
    for (const [file, content] of generated) {
      if (!file.includes("sr-Latn")) continue;
      const prose = content.replace(/```[\s\S]*?```|`[^`\n]*`/g, "");
      expect(prose.match(/[\u0400-\u04ff]+/g) ?? [], file).toEqual([]);
    }
  });
});
