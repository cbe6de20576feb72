// Every code the engine or the gate can produce needs words in every locale (issue 4).
import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { routing } from "../../i18n/routing";
import { CHECK_KINDS, REASON_CODES, REFUSAL_CODES } from "../probe";
import { GATE_CODES } from "./gate";
import { CHECK_GROUPS } from "./groups";

const VERDICTS = ["vulnerable", "secure", "no-service", "inconclusive"];

type Tree = { [key: string]: Tree | string };
const messages = (locale: string): Tree => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));
const at = (tree: Tree, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Tree)[key] : undefined), tree);

describe.each(routing.locales)("self-test messages in %s", (locale) => {
  const m = messages(locale);
  const missing = (paths: string[]) => paths.filter((p) => typeof at(m, p) !== "string" || !(at(m, p) as string).trim());

  it("explain every reason code", () => {
    expect(missing(REASON_CODES.map((c) => `Probe.reason.${c}`))).toEqual([]);
  });
  it("name every verdict and kind, with a banner per verdict", () => {
    expect(missing(VERDICTS.map((v) => `Probe.verdict.${v}`))).toEqual([]);
    expect(missing(VERDICTS.flatMap((v) => [`SelfTest.report.banner.${v}.title`, `SelfTest.report.banner.${v}.text`]))).toEqual([]);
    expect(missing(CHECK_KINDS.map((k) => `Probe.kind.${k}`))).toEqual([]);
  });
  it("explain every refusal and name every group of checks", () => {
    expect(GATE_CODES).toContain("cross-site"); // issue 10: another website cannot start a test
    expect(missing([...REFUSAL_CODES, ...GATE_CODES].map((c) => `SelfTest.refused.${c}`))).toEqual([]);
    expect(missing(CHECK_GROUPS.flatMap((g) => [`SelfTest.form.group.${g}`, `SelfTest.what.${g}`]))).toEqual([]);
  });
  it("format every refusal with the values the page and the API pass (valid ICU)", () => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: m, onError: (e) => errors.push(e.message) });
    for (const code of [...REFUSAL_CODES, ...GATE_CODES]) {
      expect(t(`SelfTest.refused.${code}` as never, { ip: "192.0.2.1", seconds: 2 } as never)).not.toMatch(/^SelfTest\./);
    }
    expect(errors).toEqual([]);
  });
  if (locale !== routing.defaultLocale) {
    it("are translated, not copies of English", () => {
      const en = messages(routing.defaultLocale);
      const same = REASON_CODES.filter((c) => at(m, `Probe.reason.${c}`) === at(en, `Probe.reason.${c}`));
      expect(same).toEqual([]);
      const sameRefusals = GATE_CODES.filter((c) => at(m, `SelfTest.refused.${c}`) === at(en, `SelfTest.refused.${c}`));
      expect(sameRefusals).toEqual([]);
    });
  }
});
