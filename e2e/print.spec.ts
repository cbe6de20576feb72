// Printing a guide (issue 16 item 8): under print media no code is cut off at the page edge,
// the header band goes, collapsed sections open (the layout's beforeprint handler) and external
// links show their address.
import { expect, test, type Page } from "@playwright/test";

// A4 at 96 dpi: what a printed page is wide.
test.use({ viewport: { width: 794, height: 1123 } });

async function printView(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle"); // the beforeprint handler is attached on hydration
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
}

/** Code blocks wider than their box, and inline code that sticks out of the article. */
function cutOffCode(page: Page) {
  return page.evaluate(() => {
    const article = document.querySelector("main article")!.getBoundingClientRect();
    const wide = [...document.querySelectorAll<HTMLElement>("main pre, main .code-scroll")]
      .filter((el) => el.scrollWidth > el.clientWidth)
      .map((el) => `${el.tagName} ${el.scrollWidth}>${el.clientWidth}: ${el.textContent?.slice(0, 40)}`);
    const outside = [...document.querySelectorAll<HTMLElement>("main code")]
      .filter((el) => [...el.getClientRects()].some((r) => r.right > article.right + 1 || r.left < article.left - 1))
      .map((el) => `code outside the page: ${el.textContent?.slice(0, 40)}`);
    return [...wide, ...outside];
  });
}

for (const locale of ["en", "ro", "ar"]) {
  test(`${locale}: a printed fix guide cuts no code off and drops the header band`, async ({ page }) => {
    await page.goto(`/${locale}/fixes/postfix`);
    // On screen the long command scrolls: it is the case printing has to solve.
    expect(await page.locator("main .code-scroll").evaluateAll((els) => els.some((el) => el.scrollWidth > el.clientWidth))).toBe(true);
    await printView(page, `/${locale}/fixes/postfix`);
    expect(await page.locator("main pre").count()).toBeGreaterThan(3);
    expect(await cutOffCode(page)).toEqual([]);

    await expect(page.locator("body > header")).toBeHidden();
    await expect(page.locator("footer nav")).toBeHidden();
    await expect(page.locator(".code-block button").first()).toBeHidden();
    const colours = await page.evaluate(() => ({ text: getComputedStyle(document.body).color, code: getComputedStyle(document.querySelector("main .code-scroll")!).backgroundColor }));
    expect(colours).toEqual({ text: "rgb(0, 0, 0)", code: "rgb(255, 255, 255)" });
  });

  test(`${locale}: printing opens every collapsed section and closes it again afterwards`, async ({ page }) => {
    await page.goto(`/${locale}/fixes/postfix`);
    const details = page.locator("main details");
    await expect(details).toHaveCount(1);
    await expect(details).not.toHaveAttribute("open", "");
    // Where the browser supports it, CSS alone shows the content of a closed section in print …
    await page.emulateMedia({ media: "print" });
    await expect(details.locator("summary + *")).toBeVisible();
    // … and the beforeprint handler opens it everywhere.
    await printView(page, `/${locale}/fixes/postfix`);
    await expect(details).toHaveAttribute("open", "");
    await expect(details.locator("summary + *")).toBeVisible();
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await expect(details).not.toHaveAttribute("open", "");
  });

  test(`${locale}: a printed guidance page writes out the address of every external link`, async ({ page }) => {
    await printView(page, `/${locale}/guidance/why-it-matters`);
    const links = await page.locator('main a[href^="http"]').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute("href"), after: getComputedStyle(a, "::after").content })),
    );
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) expect(link.after, link.href ?? "").toBe(`" (${link.href})"`);
    expect(await cutOffCode(page)).toEqual([]);
    await expect(page.locator("body > header")).toBeHidden();
  });
}
