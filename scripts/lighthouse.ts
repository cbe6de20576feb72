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

const site = await startSite(Number(process.env.LIGHTHOUSE_PORT ?? 3191));
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
    const result = await lighthouse(`${site.url}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
    });
    const scores = CATEGORIES.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
    console.log(type.padEnd(18), scores.map((s) => String(s).padEnd(15)).join(""), path);
  }
} finally {
  chrome.kill();
  await site.stop();
}
