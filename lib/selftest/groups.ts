// Groups of checks a visitor may choose on the form (and curl via ?groups=). "blocklists" runs no
// check of the server itself: it looks the address up in the public DNS blocklists.
import type { CheckKind } from "../probe/types";

export const CHECK_GROUPS = ["mail", "web-proxy", "socks", "blocklists"] as const;
export type CheckGroup = (typeof CHECK_GROUPS)[number];

export const GROUP_KINDS: Record<CheckGroup, readonly CheckKind[]> = {
  mail: ["smtp-relay"],
  "web-proxy": ["http-proxy", "http-post", "http-connect"],
  socks: ["socks4", "socks5"],
  blocklists: [],
};

/** What a visitor chose: the check kinds to run and whether to look up the blocklists. */
export interface Selection {
  kinds: CheckKind[];
  blocklists: boolean;
}

export function selectionOf(groups: readonly CheckGroup[]): Selection {
  return { kinds: groups.flatMap((g) => GROUP_KINDS[g]), blocklists: groups.includes("blocklists") };
}
