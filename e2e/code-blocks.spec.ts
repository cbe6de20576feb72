// Code blocks on a phone (issue 16 item 8): a long command in a fix guide sits in a labelled,
// focusable scroll region with a visible cue, its copy button copies exactly the guide's command,
// tables stack into labelled rows, and axe finds nothing at 375 px. Without JavaScript there is
// no copy button at all, rather than one that does nothing.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { fencedBlock } from "../content/fenced-blocks";
import { expectNoAxeViolations } from "./support/axe";
import { message } from "./support/peers-messages";

const PHONE = { width: 375, height: 800 };
// The longest command the Postfix guide has: a quoted value that no `\` can split.
const command = fencedBlock(readFileSync("content/en/fixes/postfix.mdx", "utf8"), "postfix-main").code.replace(/\n$/, "");

test.use({ viewport: PHONE, permissions: ["clipboard-read", "clipboard-write"] });

function longBlock(page: Page, locale: string) {
  const region = page.getByRole("region", { name: message(locale, "Code.commandLabel") }).filter({ hasText: "smtpd_relay_restrictions = permit_mynetworks" });
  return { region, block: page.locator(".code-block").filter({ has: region }) };
}

for (const locale of ["en", "ro", "ar"]) {
  test(`${locale}: a long command is a focusable, labelled region that shows it scrolls`, async ({ page }) => {
    await page.goto(`/${locale}/fixes/postfix`);
    const { region, block } = longBlock(page, locale);
    await expect(region).toHaveCount(1);
    await expect(region).toHaveAttribute("tabindex", "0");
    await expect(region).toHaveAttribute("data-overflowing", "true");
    await expect(block.getByText(message(locale, "Code.scrollHint"))).toBeVisible();

    const widths = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    // The shadow that marks the cut-off edge is drawn by the region's own background.
    expect(await region.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain("radial-gradient");

    // It opens on the start of the command (code reads left to right, also in Arabic), and the
    // keyboard reaches it and scrolls it.
    expect(await region.evaluate((el) => [getComputedStyle(el).direction, el.scrollLeft])).toEqual(["ltr", 0]);
    await region.focus();
    await expect(region).toBeFocused();
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test(`${locale}: its copy button copies exactly the command in the guide`, async ({ page }) => {
    await page.goto(`/${locale}/fixes/postfix`);
    const { block } = longBlock(page, locale);
    await page.evaluate(() => navigator.clipboard.writeText("nothing yet"));
    await block.getByRole("button", { name: message(locale, "Code.copyCommand") }).click();
    await expect(block.getByRole("status")).toHaveText(message(locale, "Code.copied"));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);
  });

  test(`${locale}: short commands fit, so they show no cue; server replies get no copy button`, async ({ page }) => {
    await page.goto(`/${locale}/fixes/postfix`);
    const reload = page.getByRole("region", { name: message(locale, "Code.commandLabel") }).filter({ hasText: "postfix reload" });
    await expect(reload).not.toHaveAttribute("data-overflowing", "true");
    await expect(page.locator(".code-block").filter({ has: reload }).getByText(message(locale, "Code.scrollHint"))).toHaveCount(0);
    // The server's reply sits in a collapsed section.
    await page.locator("main details summary").click();
    const reply = page.locator(".code-block").filter({ has: page.getByRole("region", { name: message(locale, "Code.outputLabel") }) });
    await expect(reply).toHaveCount(1);
    await expect(reply.getByRole("button")).toHaveCount(0);
  });

  test(`${locale}: tables stack into labelled rows on a phone and stay tables for screen readers`, async ({ page }) => {
    await page.goto(`/${locale}/fixes/postfix`);
    const table = page.getByRole("table");
    await expect(table).toHaveCount(1);
    await expect(table.getByRole("columnheader")).toHaveCount(3);
    const firstCell = table.getByRole("cell").first();
    expect(await firstCell.evaluate((el) => getComputedStyle(el).display)).toBe("block");
    const label = firstCell.locator(".cell-label");
    await expect(label).toBeVisible();
    await expect(label).toHaveText((await table.getByRole("columnheader").first().textContent()) ?? "");
    await expect(label).toHaveAttribute("aria-hidden", "true");
    // Nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await firstCell.evaluate((el) => getComputedStyle(el).display)).toBe("table-cell");
    await expect(label).toBeHidden();
  });

  test(`${locale}: a fix guide has no axe violations at 375 px`, async ({ page }) => {
    await page.goto(`/${locale}/fixes/postfix`);
    await expect(longBlock(page, locale).region).toHaveAttribute("data-overflowing", "true");
    await expectNoAxeViolations(page);
  });

  test(`${locale}: a guidance page with commands has no axe violations at 375 px`, async ({ page }) => {
    await page.goto(`/${locale}/guidance/open-proxy`);
    // The commands sit in a collapsed section: open it, so that axe checks them too.
    await page.locator("main details summary").click();
    await expect(page.getByRole("region", { name: message(locale, "Code.commandLabel") })).toHaveCount(1);
    await expect(page.getByRole("button", { name: message(locale, "Code.copyCommand") })).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ["en", "ro", "ar"]) {
    test(`${locale}: the command is there to select, with no copy button that would do nothing`, async ({ page }) => {
      await page.goto(`/${locale}/fixes/postfix`);
      const { region, block } = longBlock(page, locale);
      await expect(region).toHaveAttribute("tabindex", "0");
      await expect(region).toContainText(command.split("\n")[1]!);
      await expect(block.getByRole("button")).toHaveCount(0);
      await expect(page.locator(".code-block button")).toHaveCount(0);
    });
  }
});
