import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BLOCKLISTS } from "./lists";
import { type Blocklist, blocklistSchema, blocklistsSchema } from "./schema";

const byZone = (zone: string) => BLOCKLISTS.find((list) => list.zone === zone);

/** A valid list to spoil one field at a time. */
function sample(overrides: Partial<Blocklist> = {}): Blocklist {
  return {
    zone: "bl.example.org",
    name: "Example List",
    operator: "Example Operator",
    lists: ["open-proxy"],
    ipv4: true,
    ipv6: false,
    codes: [
      {
        answer: "127.0.0.2",
        meaning: "An open proxy was found at this address.",
        category: "open-proxy",
      },
    ],
    errorCodes: [{ answer: "127.255.255.254", meaning: "The list refused the query." }],
    lookupUrl: "https://bl.example.org/lookup?ip={ip}",
    delistUrl: "https://bl.example.org/remove",
    delisting: "Automatic once the problem is fixed.",
    sources: [
      { fact: "return codes", url: "https://bl.example.org/codes" },
      { fact: "delisting", url: "https://bl.example.org/remove" },
    ],
    ...overrides,
  };
}

/** The messages of the issues a parse found (empty when it passed). */
function refusal(schema: typeof blocklistSchema | typeof blocklistsSchema, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success ? "" : result.error.issues.map((issue) => issue.message).join("; ");
}

/** Eight valid lists with distinct zones, the minimum the array schema takes. */
const eight = () => Array.from({ length: 8 }, (_, i) => sample({ zone: `bl${i}.example.org` }));

describe("BLOCKLISTS", () => {
  it("parses with the schema and has at least eight lists", () => {
    expect(blocklistsSchema.safeParse(BLOCKLISTS).success).toBe(true);
    expect(BLOCKLISTS.length).toBeGreaterThanOrEqual(8);
  });

  it("includes Spamhaus ZEN and DroneBL, and DroneBL lists open proxies", () => {
    expect(byZone("zen.spamhaus.org")).toBeDefined();
    const dronebl = byZone("dnsbl.dronebl.org");
    expect(dronebl?.lists).toContain("open-proxy");
    expect(dronebl?.codes.find((c) => c.answer === "127.0.0.8")?.category).toBe("open-proxy");
  });

  it("treats Spamhaus's 127.255.255.254 (public resolver) as an error code, not a listing", () => {
    const zen = byZone("zen.spamhaus.org")!;
    expect(zen.errorCodes.map((c) => c.answer)).toContain("127.255.255.254");
    expect(zen.codes.map((c) => c.answer)).not.toContain("127.255.255.254");
  });

  it("are all in the README table, with their IPv6 support", () => {
    const readme = readFileSync(new URL("./README.md", import.meta.url), "utf8");
    for (const list of BLOCKLISTS) {
      const row = readme.split("\n").find((line) => line.startsWith(`| \`${list.zone}\``));
      expect(row, list.zone).toBeDefined();
      expect(row).toMatch(list.ipv6 ? /\| yes +\|$/ : /\| no +\|$/);
    }
  });

  it("leaves out lists that have shut down", () => {
    const zones = BLOCKLISTS.map((list) => list.zone).join(" ");
    expect(zones).not.toMatch(/sorbs\.net|njabl\.org|ahbl\.org/);
  });
});

describe("blocklistSchema", () => {
  it("accepts the sample it spoils below", () => {
    expect(blocklistSchema.safeParse(sample()).success).toBe(true);
    expect(blocklistsSchema.safeParse(eight()).success).toBe(true);
  });

  it("refuses a code outside 127.0.0.0/8", () => {
    const codes = [{ answer: "128.0.0.2", meaning: "Listed.", category: "open-proxy" as const }];
    expect(refusal(blocklistSchema, sample({ codes }))).toMatch(/127\.0\.0\.0\/8/);
  });

  it("refuses an http URL", () => {
    expect(refusal(blocklistSchema, sample({ delistUrl: "http://bl.example.org/remove" }))).toMatch(
      /https/,
    );
    const sources = [
      { fact: "return codes", url: "http://bl.example.org/codes" },
      { fact: "delisting", url: "https://bl.example.org/remove" },
    ];
    expect(refusal(blocklistSchema, sample({ sources }))).toMatch(/https/);
  });

  it("refuses a code whose category is not in lists", () => {
    const codes = [
      {
        answer: "127.0.0.2",
        meaning: "An open proxy was found at this address.",
        category: "open-proxy" as const,
      },
      {
        answer: "127.0.0.3",
        meaning: "Listed as a spam source.",
        category: "spam-source" as const,
      },
    ];
    expect(refusal(blocklistSchema, sample({ codes }))).toMatch(/"spam-source" is not in lists/);
  });

  it("refuses the same zone twice", () => {
    const lists = eight();
    lists[7] = sample({ zone: "bl0.example.org" });
    expect(refusal(blocklistsSchema, lists)).toMatch(/zone bl0\.example\.org given twice/);
  });

  it("refuses a code that is also an error code", () => {
    const errorCodes = [{ answer: "127.0.0.2", meaning: "The list refused the query." }];
    expect(refusal(blocklistSchema, sample({ errorCodes }))).toMatch(
      /127\.0\.0\.2 is also a listing code/,
    );
  });

  it("refuses a list without a source for its return codes", () => {
    const sources = [{ fact: "delisting", url: "https://bl.example.org/remove" }];
    expect(refusal(blocklistSchema, sample({ sources }))).toMatch(/no source for "return codes"/);
  });

  it("refuses unknown fields, a trailing dot and fewer than eight lists", () => {
    expect(blocklistSchema.safeParse({ ...sample(), note: "extra" }).success).toBe(false);
    expect(blocklistSchema.safeParse(sample({ zone: "bl.example.org." })).success).toBe(false);
    expect(blocklistsSchema.safeParse(eight().slice(1)).success).toBe(false);
  });
});
