// Lighthouse 12.8 on the production build in Debian Chromium: the four category scores for one
// page of each type. Run `npm run build` first.
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { startSite } from "./support/start-site";

const PAGE_TYPES: Record<string, string> = {
  start: "/en",
  "guidance index": "/en/guidance",
  "guidance page": "/en/guidance/open-relay",
  "content page": "/en/about",
  "self-test": "/en/self-test",
  "fix guides": "/en/fixes",
  "fix guide": "/en/fixes/postfix",
  partners: "/en/partners",
  letter: "/en/letter",
  press: "/en/press",
};

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

// Serve on the origin the build was made for (SITE_URL, as `npm run build` saw it), so canonical
// and hreflang links point at the audited site itself.
const origin = new URL(process.env.SITE_URL ?? "http://localhost:3000");
const site = await startSite(Number(origin.port || 80), { SITE_URL: origin.origin });
const base = `${origin.protocol}//localhost:${origin.port || 80}`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
try {
  const sitemap = await (await fetch(`${site.url}/sitemap.xml`)).text();
  console.log("page type".padEnd(18), CATEGORIES.map((c) => c.padEnd(15)).join(""));
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    if (!sitemap.includes(`${path}</loc>`)) continue;
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
    });
    const scores = CATEGORIES.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
    console.log(type.padEnd(18), scores.map((s) => String(s).padEnd(15)).join(""), path);
    // Name what costs points, so a score below 100 says what to fix.
    const lost = Object.values(result?.lhr.audits ?? {})
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative")
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`);
    if (lost.length > 0) console.log("".padEnd(18), "below 0.9:", lost.join(", "));
  }
} finally {
  chrome.kill();
  await site.stop();
}
