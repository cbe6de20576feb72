// server.ts builds the self-test service (config, canary, gate) before Next.js starts and parks
// it on globalThis: Next bundles app code separately from server.ts, so a module-level singleton
// would not be shared. No service installed means the site was not started by server.ts, so
// the client IP header cannot be trusted and every test is refused.
import { normalizeIp } from "../client-ip";
import type { SelfTestService } from "./service";

const KEY = Symbol.for("secure-your-server.selftest-service");
type Holder = { [KEY]?: SelfTestService };

export function installSelfTestService(service: SelfTestService): void {
  (globalThis as Holder)[KEY] = service;
}

export function selfTestService(): SelfTestService | null {
  return (globalThis as Holder)[KEY] ?? null;
}

/** Header carrying the one-time token of a test server.ts has admitted (see api-gate.ts). */
export const TICKET_HEADER = "x-selftest-ticket";

/** Header server.ts overwrites with the one trusted client address. */
export const CLIENT_IP_HEADER = "x-forwarded-for";

/** The visitor's address as set by server.ts; null when unknown or not set by our server. */
export function clientIpOf(headers: Pick<Headers, "get">): string | null {
  if (!selfTestService()) return null;
  return normalizeIp(headers.get(CLIENT_IP_HEADER));
}
