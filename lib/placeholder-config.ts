// A production build or start must not publish a local or example address: canonical links,
// the letter and the curl command would point nowhere, and mail to the contacts would be lost.
// Tests and local trials opt out explicitly with ALLOW_PLACEHOLDER_CONFIG=true.
import ipaddr from "ipaddr.js";
import { parseOperator } from "./operator";

export const PLACEHOLDER_OPT_OUT = "ALLOW_PLACEHOLDER_CONFIG";

// RFC 2606 / RFC 6761 reserved names, and the example domains anyone can read about.
const RESERVED_TLDS = ["example", "test", "invalid", "localhost"];
const EXAMPLE_DOMAINS = ["example.com", "example.org", "example.net"];

/** True for a host name or address that cannot be the public address of a real site. */
export function isPlaceholderHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (ipaddr.isValid(name)) {
    const range = ipaddr.process(name).range();
    return range === "loopback" || range === "unspecified";
  }
  const within = (domain: string) => name === domain || name.endsWith(`.${domain}`);
  return [...RESERVED_TLDS, ...EXAMPLE_DOMAINS].some(within);
}

export function isPlaceholderEmail(email: string): boolean {
  return isPlaceholderHost(email.slice(email.lastIndexOf("@") + 1));
}

const optedOut = (value: string | undefined) => ["true", "1", "yes"].includes(value?.trim().toLowerCase() ?? "");

const ADDRESSES = [
  { name: "PRESS_CONTACT_EMAIL", what: "the address journalists write to" },
  { name: "CONTACT_EMAIL", what: "the address visitors write to about this site" },
  { name: "ACCESSIBILITY_CONTACT_EMAIL", what: "the address for accessibility problems" },
] as const;

/**
 * What stands in the way of a production build or start: one line per variable, naming it and
 * what to set. Empty when the configuration is real, or when the opt-out is set.
 */
export function placeholderProblems(env: Record<string, string | undefined>): string[] {
  if (optedOut(env[PLACEHOLDER_OPT_OUT])) return [];
  const problems: string[] = [];
  const siteUrl = env.SITE_URL?.trim();
  let siteHost: string | null = null;
  try {
    siteHost = siteUrl ? new URL(siteUrl).hostname : null;
  } catch {
    // an invalid URL is reported by the configuration check itself
  }
  if (!siteUrl) problems.push("SITE_URL is not set: set it to the public address of this site, e.g. https://your-domain");
  else if (siteHost !== null && isPlaceholderHost(siteHost))
    problems.push(`SITE_URL is ${siteUrl}, a local or example address: set it to the public address of this site, e.g. https://your-domain`);
  const operator = parseOperator(env);
  if (operator.ok && operator.operator.name === null)
    problems.push("OPERATOR_NAME is not set: set it to the name of the person or organisation that runs this site (shown on the contact page)");
  for (const { name, what } of ADDRESSES) {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is not set: set it to ${what}, at a domain you own`);
    else if (isPlaceholderEmail(value)) problems.push(`${name} is ${value}, an example address: set it to ${what}, at a domain you own`);
  }
  return problems;
}

/** The message a refused build or start prints: every problem, then the way out for tests. */
export function placeholderMessage(what: string, problems: string[]): string {
  return [
    `Placeholder configuration, the ${what} stopped:`,
    ...problems.map((p) => `  ${p}`),
    `For tests and local trials only, set ${PLACEHOLDER_OPT_OUT}=true to allow these placeholders.`,
  ].join("\n");
}
