// Limiter and report memory are keyed by a keyed hash of the address, never the address itself.
// The secret lives only in this process, so a memory dump or a restart reveals no IP addresses.
import { createHmac, randomBytes } from "node:crypto";

export function createVisitorKeyer(secret: Buffer = randomBytes(32)): (ip: string) => string {
  return (ip) => createHmac("sha256", secret).update(ip).digest("base64url").slice(0, 32);
}
