// First-load JavaScript per route: the scripts a fresh visitor downloads, gzip-compressed.
// Reads the routes from the sitemap of the production build (run `npm run build` first).
import { gzipSync } from "node:zlib";
import { startSite } from "./support/start-site";

const LIMIT_KIB = 120;

async function firstLoadKiB(base: string, path: string): Promise<number> {
  const html = await (await fetch(`${base}${path}`)).text();
  // noModule scripts are legacy polyfills that current browsers never download.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0]));
  const sources = new Set(tags.map((m) => m[1]!));
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return bytes / 1024;
}

const site = await startSite(Number(process.env.BENCH_PORT ?? 3190));
try {
  const sitemap = await (await fetch(`${site.url}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]!).pathname)
    .filter((path) => path === "/en" || path.startsWith("/en/"));
  let over = 0;
  console.log("route".padEnd(40), "first-load JS (gzip KiB)");
  for (const path of paths) {
    const kib = await firstLoadKiB(site.url, path);
    if (kib > LIMIT_KIB) over++;
    console.log(path.padEnd(40), kib.toFixed(1), kib > LIMIT_KIB ? `> ${LIMIT_KIB}` : "");
  }
  console.log(`${paths.length} routes, ${over} over ${LIMIT_KIB} KiB`);
} finally {
  await site.stop();
}
