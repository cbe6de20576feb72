// server.ts builds the self-test service (config, canary, gate) before Next.js starts and parks
// it here (see lib/server-slot.ts). No service installed means the site was not started by
// server.ts, so the client IP header cannot be trusted and every test is refused.
import { normalizeIp } from "../client-ip";
import { serverSlot } from "../server-slot";
import type { SelfTestService } from "./service";

const slot = serverSlot<SelfTestService>("selftest-service");

export const installSelfTestService = slot.install;

export const selfTestService = slot.get;

/** Header carrying the one-time token of a test server.ts has admitted (see api-gate.ts). */
export const TICKET_HEADER = "x-selftest-ticket";

/** Header server.ts overwrites with the one trusted client address. */
export const CLIENT_IP_HEADER = "x-forwarded-for";

/** The visitor's address as set by server.ts; null when unknown or not set by our server. */
export function clientIpOf(headers: Pick<Headers, "get">): string | null {
  if (!selfTestService()) return null;
  return normalizeIp(headers.get(CLIENT_IP_HEADER));
}
