// The one rule the API gate, the route and the server action share (issue 10, item 4).
import { describe, expect, it } from "vitest";
import { crossSiteRefusal, isCrossSite } from "./cross-site";

const OURS = "https://selftest.example";
const fromHeaders = (init: Record<string, string>) => {
  const headers = new Headers(init);
  return isCrossSite((name) => headers.get(name), OURS);
};

describe("isCrossSite", () => {
  it("lets through a client that sends neither header (curl, scripts)", () => {
    expect(fromHeaders({})).toBe(false);
    expect(fromHeaders({ accept: "application/json", "user-agent": "curl/8.5.0" })).toBe(false);
  });

  it("lets through our own page and a request the visitor typed or bookmarked", () => {
    expect(fromHeaders({ "sec-fetch-site": "same-origin", origin: OURS })).toBe(false);
    expect(fromHeaders({ "sec-fetch-site": "none" })).toBe(false);
    expect(fromHeaders({ "sec-fetch-site": "none", origin: OURS })).toBe(false);
    expect(fromHeaders({ origin: OURS })).toBe(false); // older browsers: Origin without Sec-Fetch-Site
  });

  it("refuses what a browser marks as coming from another site, or a sibling of ours", () => {
    expect(fromHeaders({ "sec-fetch-site": "cross-site" })).toBe(true);
    expect(fromHeaders({ "sec-fetch-site": "same-site" })).toBe(true);
    expect(fromHeaders({ "sec-fetch-site": "Cross-Site" })).toBe(true);
    expect(fromHeaders({ "sec-fetch-site": "something-new" })).toBe(true); // only known-safe values pass
    // Sec-Fetch-Site is checked even when Origin looks like ours
    expect(fromHeaders({ "sec-fetch-site": "cross-site", origin: OURS })).toBe(true);
  });

  it("refuses any Origin but exactly ours, including the opaque origin null", () => {
    expect(fromHeaders({ origin: "https://evil.example" })).toBe(true);
    expect(fromHeaders({ origin: "null" })).toBe(true);
    expect(fromHeaders({ origin: "http://selftest.example" })).toBe(true); // other scheme
    expect(fromHeaders({ origin: "https://selftest.example:8443" })).toBe(true); // other port
    expect(fromHeaders({ origin: "https://www.selftest.example" })).toBe(true); // same site, other origin
    expect(fromHeaders({ origin: "" })).toBe(true);
    expect(fromHeaders({ "sec-fetch-site": "same-origin", origin: "https://evil.example" })).toBe(true);
  });

  it("reads Node's raw headers too: a repeated Origin is never ours", () => {
    const raw: Record<string, string | string[] | undefined> = { origin: [OURS, "https://evil.example"] };
    expect(isCrossSite((name) => raw[name], OURS)).toBe(true);
    const ours: Record<string, string | string[] | undefined> = { origin: OURS };
    expect(isCrossSite((name) => ours[name], OURS)).toBe(false);
  });
});

describe("crossSiteRefusal", () => {
  it("is a 403 with the code and the address we saw", () => {
    expect(crossSiteRefusal("192.0.2.7")).toEqual({ ok: false, refused: "cross-site", status: 403, ip: "192.0.2.7" });
  });
});
