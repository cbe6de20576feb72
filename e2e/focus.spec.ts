// One visible focus style everywhere (GOV.UK): whatever the keyboard reaches on a page — the
// header logo on its dark band, the green start button, links, form fields — shows the yellow
// focus, read from the computed style of the focused element itself.
import { expect, test, type Page } from "@playwright/test";

const YELLOW = "rgb(255, 221, 0)";
const INK = "rgb(11, 12, 12)";

async function focusStyles(page: Page, presses: number) {
  const seen: { tag: string; text: string; bg: string; color: string; shadow: string; outline: string }[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press("Tab");
    const s = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const c = getComputedStyle(el);
      return { tag: el.tagName, text: (el.textContent ?? "").trim().slice(0, 40), bg: c.backgroundColor, color: c.color, shadow: c.boxShadow, outline: `${c.outlineStyle} ${c.outlineColor}` };
    });
    if (s) seen.push(s);
  }
  return seen;
}

function expectGovukFocus(seen: Awaited<ReturnType<typeof focusStyles>>) {
  expect(seen.length).toBeGreaterThan(5);
  for (const s of seen) {
    const where = `${s.tag} "${s.text}"`;
    if (s.tag === "A" || s.tag === "BUTTON" || s.tag === "SUMMARY") {
      expect(s.bg, where).toBe(YELLOW);
      expect(s.color, where).toBe(INK);
      expect(s.shadow, where).toContain(`${INK} 0px 4px`);
    } else {
      expect(s.outline, where).toBe(`solid ${YELLOW}`);
    }
  }
}

for (const locale of ["en", "ro", "ar"]) {
  test(`${locale}: every element the keyboard reaches on the start page shows the yellow focus`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const seen = await focusStyles(page, 25);
    expectGovukFocus(seen);
    expect(seen.some((s) => s.tag === "A" && s.text !== "" && s.bg === YELLOW)).toBe(true);
  });

  test(`${locale}: the self-test form's fields and start button show it too`, async ({ page }) => {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": "127.0.4.40" });
    await page.goto(`/${locale}/self-test`);
    const seen = await focusStyles(page, 40);
    expectGovukFocus(seen);
    expect(seen.some((s) => s.tag === "INPUT")).toBe(true);
    expect(seen.some((s) => s.tag === "BUTTON")).toBe(true);
  });
}
