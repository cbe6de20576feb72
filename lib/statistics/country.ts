// Country of a tested address, looked up when the test finishes so that only the country code
// is kept in the anonymous record, never the address. Data: geoip-country (GeoLite2 by MaxMind,
// under the GeoLite2 EULA; see the README for attribution and updating). Loaded on first use:
// the database is ~10 MB and only the self-test service needs it.
import { createRequire } from "node:module";

interface GeoipCountry {
  lookup(ip: string): { country?: string } | null;
}

let geoip: GeoipCountry | null = null;

/** ISO 3166-1 alpha-2 code, or null when the address is in no country's range (private, loopback, unknown). */
export function countryOf(ip: string): string | null {
  geoip ??= createRequire(import.meta.url)("geoip-country") as GeoipCountry;
  const code = geoip.lookup(ip)?.country;
  return code && /^[A-Z]{2}$/.test(code) ? code : null;
}
