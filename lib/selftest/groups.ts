// Groups of checks a visitor may choose on the form (and curl via ?groups=).
import type { CheckKind } from "../probe/types";

export const CHECK_GROUPS = ["mail", "web-proxy", "socks"] as const;
export type CheckGroup = (typeof CHECK_GROUPS)[number];

export const GROUP_KINDS: Record<CheckGroup, readonly CheckKind[]> = {
  mail: ["smtp-relay"],
  "web-proxy": ["http-proxy", "http-connect"],
  socks: ["socks4", "socks5"],
};

export function kindsOfGroups(groups: readonly CheckGroup[]): CheckKind[] {
  return groups.flatMap((g) => GROUP_KINDS[g]);
}
