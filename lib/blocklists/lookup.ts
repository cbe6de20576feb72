// Looks one address up in every DNS blocklist at once, and its reverse DNS. Only answers a list
// documents as a listing count as "listed": its error codes (e.g. Spamhaus refusing queries from
// public resolvers), timeouts, SERVFAIL and anything unexpected are "error" with a reason, so a
// broken lookup never tells a visitor they are listed.
import { Resolver } from "node:dns/promises";
import ipaddr from "ipaddr.js";
import type { Blocklist } from "./schema";

export type BlocklistStatus = "listed" | "not-listed" | "error";

/** Why a list could not be checked (kebab-case, translated on the report page). */
export type BlocklistErrorReason =
  | "list-refused-query" // the list answered one of its documented error codes
  | "unexpected-answer" // an answer the list does not document
  | "timeout"
  | "server-failure" // SERVFAIL, REFUSED or a resolver that cannot be reached
  | "ipv6-not-supported";

export interface BlocklistResult {
  zone: string;
  name: string;
  status: BlocklistStatus;
  /** the A records the list answered, as received */
  answers: string[];
  /** the list's own words for the answer (English, from the data): what a listing or an error code means */
  meaning: string | null;
  reason: BlocklistErrorReason | null;
  lookupUrl: string;
  delistUrl: string;
}

export interface ReverseDns {
  /** the PTR name (first one, without a trailing dot) */
  name: string;
  /** the name resolves back to the same address */
  forwardConfirmed: boolean;
}

export interface LookupOptions {
  /** resolvers as host:port ("127.0.0.1:5353", "[::1]:53"); empty: the system's */
  resolvers?: readonly string[];
  /** per query (default 2000 ms) */
  timeoutMs?: number;
  /** for everything together (default 3000 ms): outstanding queries are cancelled */
  totalMs?: number;
}

const DEFAULTS = { timeoutMs: 2000, totalMs: 3000 };

/** The name to query in `zone`: reversed octets (IPv4) or nibbles (IPv6); null when the list has no IPv6. */
export function queryName(ip: string, list: Pick<Blocklist, "zone" | "ipv6">): string | null {
  const addr = ipaddr.process(ip); // an IPv4-mapped IPv6 address is looked up as the IPv4 inside
  if (addr.kind() === "ipv4") return `${addr.toByteArray().reverse().join(".")}.${list.zone}`;
  if (!list.ipv6) return null;
  const hex = addr.toByteArray().map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${[...hex].reverse().join(".")}.${list.zone}`;
}

function resolverFor(options: LookupOptions): Resolver {
  const resolver = new Resolver({ timeout: options.timeoutMs ?? DEFAULTS.timeoutMs, tries: 1 });
  if (options.resolvers?.length) resolver.setServers([...options.resolvers]);
  return resolver;
}

/**
 * Runs `work` with fresh resolvers that are all cancelled at the overall deadline. One resolver per
 * query: c-ares marks a server bad for the whole channel after one malformed reply, which would
 * turn the other lists' answers into errors.
 */
async function withDeadline<T>(options: LookupOptions, work: (resolver: () => Resolver) => Promise<T>): Promise<T> {
  const made: Resolver[] = [];
  const timer = setTimeout(() => made.forEach((r) => r.cancel()), options.totalMs ?? DEFAULTS.totalMs);
  try {
    return await work(() => {
      const resolver = resolverFor(options);
      made.push(resolver);
      return resolver;
    });
  } finally {
    clearTimeout(timer);
  }
}

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException)?.code;

async function lookupOne(resolver: Resolver, ip: string, list: Blocklist): Promise<BlocklistResult> {
  const base = { zone: list.zone, name: list.name, lookupUrl: list.lookupUrl.replace("{ip}", ip), delistUrl: list.delistUrl };
  const fail = (reason: BlocklistErrorReason, answers: string[] = [], meaning: string | null = null): BlocklistResult => ({
    ...base,
    status: "error",
    answers,
    meaning,
    reason,
  });
  const name = queryName(ip, list);
  if (!name) return fail("ipv6-not-supported");
  let answers: string[];
  try {
    answers = await resolver.resolve4(name);
  } catch (e) {
    const code = errorCode(e);
    if (code === "ENOTFOUND" || code === "ENODATA") return { ...base, status: "not-listed", answers: [], meaning: null, reason: null };
    return fail(code === "ETIMEOUT" || code === "ECANCELLED" ? "timeout" : "server-failure");
  }
  const refusal = list.errorCodes.find((c) => answers.includes(c.answer));
  if (refusal) return fail("list-refused-query", answers, refusal.meaning);
  const known = answers.map((a) => list.codes.find((c) => c.answer === a));
  if (known.some((c) => c === undefined)) return fail("unexpected-answer", answers);
  const meaning = [...new Set(known.map((c) => c!.meaning))].join(" ");
  return { ...base, status: "listed", answers, meaning, reason: null };
}

/** Every list, in the given order, looked up in parallel. Never throws for DNS trouble. */
export function lookupBlocklists(ip: string, lists: readonly Blocklist[], options: LookupOptions = {}): Promise<BlocklistResult[]> {
  return withDeadline(options, (resolver) => Promise.all(lists.map((list) => lookupOne(resolver(), ip, list))));
}

const sameAddress = (a: string, b: string) => {
  try {
    return ipaddr.process(a).toNormalizedString() === ipaddr.process(b).toNormalizedString();
  } catch {
    return false;
  }
};

/** The address's PTR name and whether that name resolves back to it; null without a PTR record. */
export function lookupReverseDns(ip: string, options: LookupOptions = {}): Promise<ReverseDns | null> {
  return withDeadline(options, async (fresh) => {
    const resolver = fresh();
    const names = await resolver.reverse(ip).catch(() => [] as string[]);
    const name = names[0]?.replace(/\.$/, "");
    if (!name) return null;
    const family = ipaddr.process(ip).kind();
    const forward = await (family === "ipv4" ? resolver.resolve4(name) : resolver.resolve6(name)).catch(() => [] as string[]);
    return { name, forwardConfirmed: forward.some((a) => sameAddress(a, ip)) };
  });
}
