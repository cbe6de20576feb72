import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const [loc, w, ys] = [process.argv[2], Number(process.argv[3]), process.argv[4].split(",").map(Number)];
const p = await b.newPage({ viewport: { width: w, height: 1000 } });
await p.goto(`http://127.0.0.1:3390/${loc}/statistics`);
for (const y of ys) await p.screenshot({ path: `/tmp/s-${loc}-${w}-${y}.png`, fullPage: true, clip: { x: 0, y, width: w, height: 1000 } });
await b.close();
