// Another website cannot start a self-test through its visitors' browsers (issue 10, item 4),
// and our own page still can. The browser plays a visitor behind our trusted local proxy: its
// requests go through a small forward proxy that names the visitor in X-Forwarded-For (no extra
// browser headers, which would turn a simple cross-origin request into a preflighted one) and
// keeps what the lab server answered to POST /api/self-test, which another site's page cannot read.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Browser, type BrowserContextOptions } from "@playwright/test";
import { LAB_URL } from "./support/peers";
import { message } from "./support/peers-messages";

test.use({ baseURL: LAB_URL });

const API_PATH = "/api/self-test";

interface Answer {
  status: number;
  body: string;
  /** what the browser said about where the request came from */
  fetchSite: string | undefined;
  origin: string | undefined;
}

interface Closable {
  close(): Promise<void>;
}

function listen(server: http.Server, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, () => resolve(`http://${host}:${(server.address() as AddressInfo).port}`));
  });
}

function closer(server: http.Server): Closable {
  return {
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A forward proxy for one visitor; `answers` collects the lab server's answers to the API. */
async function startVisitorProxy(visitor: string): Promise<Closable & { url: string; answers: Answer[] }> {
  const answers: Answer[] = [];
  const server = http.createServer((req, res) => {
    const target = new URL(req.url ?? "/"); // absolute-form: the browser talks to a proxy
    const headers: http.OutgoingHttpHeaders = { ...req.headers, "x-forwarded-for": visitor };
    delete headers["proxy-connection"];
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: target.pathname + target.search, headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        if (req.method === "POST" && target.pathname === API_PATH) {
          const chunks: Buffer[] = [];
          up.on("data", (chunk: Buffer) => chunks.push(chunk));
          up.on("end", () =>
            answers.push({
              status: up.statusCode ?? 0,
              body: Buffer.concat(chunks).toString("utf8"),
              fetchSite: req.headers["sec-fetch-site"] as string | undefined,
              origin: req.headers.origin,
            }),
          );
        }
        up.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  const url = await listen(server, "127.0.0.1");
  return { url, answers, ...closer(server) };
}

/** "Another website": one page served from another loopback origin. */
async function startOtherSite(host: string, html: string): Promise<Closable & { url: string }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<!doctype html><html lang="en">${html}</html>`);
  });
  const url = await listen(server, host);
  return { url, ...closer(server) };
}

async function visitorContext(browser: Browser, proxyUrl: string, options: BrowserContextOptions = {}) {
  return browser.newContext({ ...options, baseURL: LAB_URL, proxy: { server: proxyUrl } });
}

const apiAnswers = (answers: Answer[], fetchSite: string) => answers.filter((a) => a.fetchSite === fetchSite);

test("a fetch() from another website is refused, and the visitor can still start a test on our page", async ({ browser }) => {
  const visitor = "127.0.10.1";
  const proxy = await startVisitorProxy(visitor);
  // Accept is CORS-safelisted: without our check this simple request would start a test.
  const other = await startOtherSite(
    "127.0.0.2", // another host: Sec-Fetch-Site is cross-site
    `<title>waiting</title><script>
      fetch(${JSON.stringify(LAB_URL + API_PATH)}, { method: "POST", headers: { accept: "application/json" } })
        .finally(() => { document.title = "sent"; });
    </script>`,
  );
  const context = await visitorContext(browser, proxy.url);
  try {
    const page = await context.newPage();
    await page.goto(other.url);
    await expect(page).toHaveTitle("sent");
    await expect.poll(() => apiAnswers(proxy.answers, "cross-site").length).toBe(1);
    const refused = apiAnswers(proxy.answers, "cross-site");
    expect(refused[0]!.origin).toBe(other.url);
    expect(refused[0]!.status).toBe(403);
    expect(JSON.parse(refused[0]!.body)).toEqual({ refused: "cross-site", ip: visitor });

    // Our own page's live view (same origin, Origin = SITE_URL) works, and the visitor's
    // cooldown was not used by the refused request.
    await page.goto("/en/self-test");
    await expect(page.getByTestId("client-ip")).toHaveText(visitor);
    await page.getByLabel(message("en", "SelfTest.form.consent")).check();
    await page.getByRole("button", { name: message("en", "SelfTest.form.start") }).click();
    await page.waitForURL(/\/self-test\/report$/, { timeout: 30_000 });
    await expect(page.getByTestId("verdict-banner")).toHaveAttribute("data-verdict", "no-service");
    await expect.poll(() => apiAnswers(proxy.answers, "same-origin").length).toBe(1);
    const own = apiAnswers(proxy.answers, "same-origin");
    expect(own[0]).toMatchObject({ status: 200, origin: LAB_URL });
  } finally {
    await context.close();
    await Promise.all([other.close(), proxy.close()]);
  }
});

test("a form on a sibling site is refused in the visitor's language; our form without JavaScript still works", async ({ browser }) => {
  const visitor = "127.0.11.1";
  const proxy = await startVisitorProxy(visitor);
  const other = await startOtherSite(
    "127.0.0.1", // our host on another port: Sec-Fetch-Site is same-site, still not our page
    `<form method="post" action="${LAB_URL}${API_PATH}"><button>Check your server now</button></form>`,
  );
  const context = await visitorContext(browser, proxy.url, { locale: "de-DE", javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(other.url);
    await page.getByRole("button", { name: "Check your server now" }).click();
    await page.waitForURL(LAB_URL + API_PATH);
    await expect(page.locator("body")).toContainText(message("de", "SelfTest.refused.cross-site"));
    await expect.poll(() => apiAnswers(proxy.answers, "same-site").length).toBe(1);
    const refused = apiAnswers(proxy.answers, "same-site");
    expect(refused[0]).toMatchObject({ status: 403, origin: other.url });

    // The start form on our page (server action, no JavaScript) runs the test at once.
    await page.goto("/de/self-test");
    await expect(page.getByTestId("client-ip")).toHaveText(visitor);
    await page.getByLabel(message("de", "SelfTest.form.consent")).check();
    await page.getByRole("button", { name: message("de", "SelfTest.form.start") }).click();
    await page.waitForURL(/\/de\/self-test\/report$/, { timeout: 30_000 });
    await expect(page.getByTestId("verdict-banner")).toHaveAttribute("data-verdict", "no-service");
  } finally {
    await context.close();
    await Promise.all([other.close(), proxy.close()]);
  }
});

test("the API refuses another Origin (null included) with 403 cross-site; our origin and plain clients are served", async ({ request }) => {
  const visitor = "127.0.12.1";
  const post = (headers: Record<string, string>, from = visitor) =>
    request.post(API_PATH, { headers: { "X-Forwarded-For": from, accept: "application/json", ...headers } });

  const foreign: Record<string, string>[] = [
    { origin: "null" },
    { origin: "https://elsewhere.example" },
    { origin: "http://127.0.0.2:8080", "sec-fetch-site": "cross-site" },
    { origin: "http://127.0.0.1:8080", "sec-fetch-site": "same-site" },
  ];
  for (const headers of foreign) {
    const res = await post(headers);
    expect(res.status(), JSON.stringify(headers)).toBe(403);
    expect(await res.json()).toEqual({ refused: "cross-site", ip: visitor });
  }

  const own = await post({ origin: LAB_URL, "sec-fetch-site": "same-origin" });
  expect(own.status()).toBe(200);
  expect(await own.json()).toMatchObject({ target: visitor, verdict: "no-service" });

  const plain = await post({}, "127.0.13.1"); // curl and scripts send neither header
  expect(plain.status()).toBe(200);
  expect(await plain.json()).toMatchObject({ target: "127.0.13.1" });
});
