// A test costs the visitor their cooldown and aims our probes at their network, so only our own
// page (or a script run by the visitor) may start one: another website must not be able to make
// its visitors' browsers do it. Browsers say where a request comes from in Sec-Fetch-Site and
// Origin, and a page cannot forge either; a client that sends neither (curl, scripts) is the
// visitor acting on purpose. One rule for the API gate in server.ts, the route and the action.
import type { Refusal } from "./gate";

type HeaderValue = string | string[] | null | undefined;

/** Sec-Fetch-Site values of a request our own page or the visitor started; absent is fine too. */
const OWN_FETCH_SITES = new Set(["same-origin", "none"]);

/**
 * True when a browser says the request comes from another site or origin: Sec-Fetch-Site is
 * anything but same-origin/none (cross-site, same-site), or an Origin header is present and is
 * not exactly `siteOrigin` ("null" included). `header` reads one header by lower-case name.
 */
export function isCrossSite(header: (name: string) => HeaderValue, siteOrigin: string): boolean {
  const fetchSite = join(header("sec-fetch-site"));
  if (fetchSite !== null && !OWN_FETCH_SITES.has(fetchSite.trim().toLowerCase())) return true;
  const origin = join(header("origin"));
  return origin !== null && origin.trim() !== siteOrigin;
}

/** The answer to such a request: 403, before anything counts against the visitor's cooldown. */
export function crossSiteRefusal(ip: string | null): Refusal {
  return { ok: false, refused: "cross-site", status: 403, ip };
}

// A repeated header (Node joins most of them, or hands an array) is never one of our values.
function join(value: HeaderValue): string | null {
  if (value === null || value === undefined) return null;
  return Array.isArray(value) ? value.join(", ") : value;
}
