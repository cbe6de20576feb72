// The API gate as server.ts runs it, in front of a real node:http server on 127.0.0.1: a browser
// request from another website is refused before it can use up the visitor's cooldown
// (issue 10, item 4). Visitors are loopback addresses named by our trusted proxy (127.0.0.1).
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveClientIp } from "../client-ip";
import type { ProbeRunner } from "../runner/types";
import { createApiGate } from "./api-gate";
import { parseSelfTestConfig, type SelfTestConfig } from "./config";
import { TICKET_HEADER } from "./runtime";
import { createSelfTestService, type SelfTestService } from "./service";

const SITE = "https://selftest.example";
const refusalText = (locale: string, code: string): string =>
  JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")).SelfTest.refused[code];

// Admitted tests are given back unrun: what matters here is who gets admitted, not the probes.
const neverRuns: ProbeRunner = {
  run: () => Promise.reject(new Error("no test runs in the gate's tests")),
  close: async () => {},
};

let config: SelfTestConfig;
let service: SelfTestService;
let server: http.Server;
let port: number;

beforeAll(async () => {
  const parsed = parseSelfTestConfig({
    SITE_URL: SITE,
    TRUSTED_PROXIES: "127.0.0.1/32",
    SELFTEST_ALLOW_PRIVATE: "true",
    SELFTEST_COOLDOWN_SECONDS: "60",
    SELFTEST_CANARY_HOST: "127.0.0.1",
  });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  config = parsed.config;
  service = createSelfTestService(config, neverRuns);
  const apiGate = createApiGate(service, config.siteUrl.origin);
  // As server.ts: client address first, then the gate; here an admitted test is given back at
  // once (its cooldown stays used) instead of running, and anything let through answers 200.
  server = http.createServer((req, res) => {
    const client = resolveClientIp({
      socketIp: req.socket.remoteAddress,
      forwardedFor: req.headers["x-forwarded-for"],
      trusted: config.trustedProxies,
    });
    void apiGate(req, client).then((answer) => {
      if (answer) return res.writeHead(answer.status, answer.headers).end(answer.body);
      const ticket = service.claim((req.headers[TICKET_HEADER] as string | undefined) ?? null);
      ticket?.cancel();
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ admitted: ticket?.target ?? null }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

interface Answer {
  status: number;
  type: string;
  body: string;
}

function send(visitor: string, headers: Record<string, string> = {}, { method = "POST", path = "/api/self-test" } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, method, path, headers: { "x-forwarded-for": visitor, ...headers } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const json = { accept: "application/json" };

async function expectRefusedCrossSite(visitor: string, headers: Record<string, string>) {
  const answer = await send(visitor, { ...json, ...headers });
  expect(answer.status).toBe(403);
  expect(JSON.parse(answer.body)).toEqual({ refused: "cross-site", ip: visitor });
}

async function expectAdmitted(visitor: string, headers: Record<string, string> = {}) {
  const answer = await send(visitor, { ...json, ...headers });
  expect(answer.status, answer.body).toBe(200);
  expect(JSON.parse(answer.body)).toEqual({ admitted: visitor });
}

describe("API gate: only our own page or the visitor's own client starts a test", () => {
  it("refuses Sec-Fetch-Site: cross-site with 403 and leaves the cooldown unused", async () => {
    const visitor = "127.0.20.1";
    await expectRefusedCrossSite(visitor, { "sec-fetch-site": "cross-site", origin: "https://evil.example" });
    await expectRefusedCrossSite(visitor, { "sec-fetch-site": "cross-site" });
    // the visitor's own request is still admitted: the refusals did not take the cooldown…
    await expectAdmitted(visitor);
    // …which is real: the next one waits
    const again = await send(visitor, json);
    expect(again.status).toBe(429);
    expect(JSON.parse(again.body)).toMatchObject({ refused: "rate-limited", ip: visitor });
  });

  it("refuses Sec-Fetch-Site: same-site (a sibling subdomain is another website)", async () => {
    await expectRefusedCrossSite("127.0.20.2", { "sec-fetch-site": "same-site", origin: "https://blog.selftest.example" });
    await expectAdmitted("127.0.20.2", { "sec-fetch-site": "same-origin", origin: SITE });
  });

  it("refuses a foreign Origin even without Sec-Fetch-Site (older browsers)", async () => {
    await expectRefusedCrossSite("127.0.20.3", { origin: "https://evil.example" });
    await expectRefusedCrossSite("127.0.20.3", { origin: "http://selftest.example" });
    await expectAdmitted("127.0.20.3");
  });

  it("refuses Origin: null (sandboxed frames, data: URLs, some redirects)", async () => {
    await expectRefusedCrossSite("127.0.20.4", { origin: "null" });
    await expectAdmitted("127.0.20.4");
  });

  it("admits our own origin: the page's live view and a request the visitor started", async () => {
    await expectAdmitted("127.0.20.5", { "sec-fetch-site": "same-origin", origin: SITE });
    await expectAdmitted("127.0.20.6", { "sec-fetch-site": "none" });
    await expectAdmitted("127.0.20.7", { origin: SITE });
  });

  it("admits a client that sends neither header (curl, scripts)", async () => {
    const answer = await send("127.0.20.8", { "user-agent": "curl/8.5.0", accept: "*/*" });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ admitted: "127.0.20.8" });
  });

  it("answers a browser's own Accept with one localized line of text", async () => {
    const answer = await send("127.0.20.9", {
      "sec-fetch-site": "cross-site",
      origin: "https://evil.example",
      accept: "text/html,application/xhtml+xml,*/*;q=0.8",
      "accept-language": "de-DE,de;q=0.9",
    });
    expect(answer.status).toBe(403);
    expect(answer.type).toMatch(/^text\/plain/);
    expect(answer.body).toContain(refusalText("de", "cross-site"));
    expect(answer.body).toContain("cross-site");
  });

  it("refuses before looking at the input, and leaves everything else to Next.js", async () => {
    const bad = await send("127.0.20.10", { ...json, "sec-fetch-site": "cross-site" }, { path: "/api/self-test?groups=nope" });
    expect(bad.status).toBe(403);
    // a link from another website to our pages is fine: only starting a test is guarded
    const page = await send("127.0.20.10", { "sec-fetch-site": "cross-site" }, { method: "GET", path: "/en/self-test" });
    expect(page.status).toBe(200);
    expect(JSON.parse(page.body)).toEqual({ admitted: null });
  });
});
