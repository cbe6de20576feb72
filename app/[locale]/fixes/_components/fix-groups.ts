import type { FixSlug } from "@/lib/probe";

export const FIX_GROUPS = ["mail", "proxy", "socks"] as const;
export type FixGroup = (typeof FIX_GROUPS)[number];

/** Which heading each guide sits under on the index; `satisfies` makes a new slug a type error. */
export const GROUP_OF = {
  postfix: "mail",
  exim: "mail",
  sendmail: "mail",
  exchange: "mail",
  "generic-smtp": "mail",
  squid: "proxy",
  apache: "proxy",
  nginx: "proxy",
  tinyproxy: "proxy",
  "generic-http-proxy": "proxy",
  dante: "socks",
  "generic-socks": "socks",
} as const satisfies Record<FixSlug, FixGroup>;

export function groupOf(slug: string): FixGroup | null {
  return (GROUP_OF as Record<string, FixGroup>)[slug] ?? null;
}
