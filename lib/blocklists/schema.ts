// The shape of the curated DNS blocklist data (lists.ts). Strict on purpose: a typo in an answer
// or a code filed under the wrong category would make a lookup call a visitor "listed" for the
// wrong reason, or "listed" when the list only said it refused the query.
import ipaddr from "ipaddr.js";
import { z } from "zod";

export const LIST_CATEGORIES = [
  "spam-source",
  "open-proxy",
  "open-relay",
  "exploited-host",
  "policy",
] as const;
export type ListCategory = (typeof LIST_CATEGORIES)[number];

/** An A record a list answers and what it means for the address looked up. */
export interface BlocklistCode {
  /** 127.x.y.z */
  answer: string;
  /** One short English sentence, shown to visitors. */
  meaning: string;
  category: ListCategory;
}

/** An answer that means the query failed (refused, misspelt, over quota), not that the address is listed. */
export interface ErrorCode {
  answer: string;
  meaning: string;
}

/** The operator page a fact was taken from. */
export interface BlocklistSource {
  /** "return codes", "delisting", "ipv6", "usage", … */
  fact: string;
  url: string;
}

export interface Blocklist {
  /** e.g. "zen.spamhaus.org" (lower-case DNS name, no trailing dot) */
  zone: string;
  name: string;
  operator: string;
  /** what it lists (non-empty) */
  lists: ListCategory[];
  ipv4: boolean;
  /** true only if the operator documents IPv6 (nibble) queries on this zone */
  ipv6: boolean;
  /** every documented listing code (non-empty); each code's category is in `lists` */
  codes: BlocklistCode[];
  /** documented error answers (may be empty); disjoint from `codes` */
  errorCodes: ErrorCode[];
  /** the operator's public lookup page; "{ip}" is replaced by the address when the page takes it in the URL */
  lookupUrl: string;
  /** the operator's removal page */
  delistUrl: string;
  /** 1–2 plain English sentences: how removal works */
  delisting: string;
  /** non-empty; must cover "return codes" and "delisting" */
  sources: BlocklistSource[];
}

/** Facts every list must cite an operator page for. */
export const REQUIRED_FACTS = ["return codes", "delisting"] as const;

const DNS_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const LOOPBACK = ipaddr.parse("127.0.0.0");

const answer = z
  .string()
  .refine((s) => ipaddr.IPv4.isValidFourPartDecimal(s) && ipaddr.IPv4.parse(s).match(LOOPBACK, 8), {
    message: "must be a dotted-quad IPv4 address in 127.0.0.0/8",
  });

const httpsUrl = z.url({ protocol: /^https$/, error: "must be an https:// URL" });

const sentence = z.string().trim().min(3).max(160);

const codeSchema = z.strictObject({ answer, meaning: sentence, category: z.enum(LIST_CATEGORIES) });
const errorCodeSchema = z.strictObject({ answer, meaning: sentence });
const sourceSchema = z.strictObject({ fact: z.string().trim().min(2), url: httpsUrl });

const duplicates = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);

export const blocklistSchema = z
  .strictObject({
    zone: z.string().regex(DNS_NAME, "must be a lower-case DNS name without a trailing dot"),
    name: z.string().trim().min(2),
    operator: z.string().trim().min(2),
    lists: z.array(z.enum(LIST_CATEGORIES)).min(1),
    ipv4: z.boolean(),
    ipv6: z.boolean(),
    codes: z.array(codeSchema).min(1),
    errorCodes: z.array(errorCodeSchema),
    lookupUrl: httpsUrl,
    delistUrl: httpsUrl.refine((url) => !url.includes("{ip}"), "takes no {ip} placeholder"),
    delisting: z
      .string()
      .trim()
      .min(10)
      .refine((text) => (text.match(/[.!?](\s|$)/g) ?? []).length <= 2, "at most two sentences"),
    sources: z.array(sourceSchema).min(1),
  })
  .superRefine((list, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path, message });
    for (const category of duplicates(list.lists))
      issue(["lists"], `category "${category}" given twice`);
    for (const dup of duplicates(list.codes.map((c) => c.answer)))
      issue(["codes"], `code ${dup} given twice`);
    for (const dup of duplicates(list.errorCodes.map((c) => c.answer)))
      issue(["errorCodes"], `error code ${dup} given twice`);
    const listed = new Set(list.codes.map((c) => c.answer));
    list.errorCodes.forEach((c, i) => {
      if (listed.has(c.answer))
        issue(["errorCodes", i, "answer"], `${c.answer} is also a listing code`);
    });
    list.codes.forEach((c, i) => {
      if (!list.lists.includes(c.category))
        issue(["codes", i, "category"], `category "${c.category}" is not in lists`);
    });
    // `lists` says what the zone lists, so each category in it must be backed by a code.
    for (const category of list.lists) {
      if (!list.codes.some((c) => c.category === category))
        issue(["lists"], `no code has category "${category}"`);
    }
    if (!list.ipv4 && !list.ipv6) issue(["ipv4"], "a list must answer IPv4 or IPv6 queries");
    for (const fact of REQUIRED_FACTS) {
      if (!list.sources.some((s) => s.fact === fact)) issue(["sources"], `no source for "${fact}"`);
    }
  });

export const blocklistsSchema = z
  .array(blocklistSchema)
  .min(8)
  .superRefine((lists, ctx) => {
    for (const zone of duplicates(lists.map((l) => l.zone))) {
      ctx.addIssue({ code: "custom", path: [], message: `zone ${zone} given twice` });
    }
  });

// Fails to compile if the schema and the interfaces above drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesInterface: Same<z.infer<typeof blocklistSchema>, Blocklist> = true;
void schemaMatchesInterface;
