// Self-test configuration, read once at startup. A mistake here must stop the server with a
// message that names the variable, not surface later as a crash in the middle of a test.
import ipaddr from "ipaddr.js";
import { z } from "zod";
import { parseCidrList, type Cidr } from "../client-ip";
import { parseResolvers } from "../blocklists/resolvers";
import { CHECK_KINDS, type CheckKind } from "../probe";

const flag = (name: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "" || v === "false" || v === "0" || v === "no") return false;
      if (v === "true" || v === "1" || v === "yes") return true;
      ctx.addIssue({ code: "custom", message: `${name} must be true or false` });
      return z.NEVER;
    });

const int = (min: number, max: number, fallback: number) =>
  z.preprocess((v) => (v === undefined || v === "" ? fallback : Number(v)), z.number().int().min(min).max(max));

const cidrs = z
  .string()
  .optional()
  .transform((v, ctx): Cidr[] => {
    try {
      return parseCidrList(v ?? "");
    } catch {
      ctx.addIssue({ code: "custom", message: "must be a list of addresses or CIDR ranges, e.g. 127.0.0.1/32,10.0.0.0/8" });
      return z.NEVER;
    }
  });

const portPlan = z
  .string()
  .optional()
  .transform((v, ctx): Partial<Record<CheckKind, number[]>> | null => {
    if (!v?.trim()) return null;
    const plan: Partial<Record<CheckKind, number[]>> = {};
    for (const spec of v.split(/[;\s]+/).filter(Boolean)) {
      const [kind, list = ""] = spec.split("=");
      const ports = list.split(",").map(Number);
      if (!CHECK_KINDS.includes(kind as CheckKind) || ports.some((p) => !Number.isInteger(p) || p < 1 || p > 65535)) {
        ctx.addIssue({ code: "custom", message: `"${spec}" is not kind=port,port (kinds: ${CHECK_KINDS.join(", ")})` });
        return z.NEVER;
      }
      plan[kind as CheckKind] = ports;
    }
    return plan;
  });

const envSchema = z.object({
  SITE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  TRUSTED_PROXIES: cidrs,
  SELFTEST_ALLOW_PRIVATE: flag("SELFTEST_ALLOW_PRIVATE"),
  SELFTEST_COOLDOWN_SECONDS: int(1, 86_400, 60),
  SELFTEST_DISABLED: flag("SELFTEST_DISABLED"),
  SELFTEST_MAX_CONCURRENT: int(1, 1_000, 8),
  SELFTEST_MAX_PER_NETWORK: int(1, 1_000, 2),
  SELFTEST_IPV4_PREFIX: int(16, 32, 24),
  SELFTEST_IPV6_PREFIX: int(32, 128, 64),
  SELFTEST_MEMORY_MINUTES: int(1, 1_440, 30),
  SELFTEST_MEMORY_MAX_MB: int(1, 4_096, 64),
  SELFTEST_PROBE_WORKERS: int(0, 32, 2),
  SELFTEST_PORTS: portPlan,
  SELFTEST_CANARY_HOST: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || ipaddr.isValid(v), "must be an IP address to listen on, e.g. 0.0.0.0"),
  SELFTEST_CANARY_PORT: int(0, 65_535, 0),
  SELFTEST_CANARY_URL: z.url({ protocol: /^http$/ }).optional(),
  SELFTEST_CANARY_URL6: z
    .url({ protocol: /^http$/ })
    .optional()
    .refine((v) => !v || !ipaddr.IPv4.isValidFourPartDecimal(new URL(v).hostname), "must reach the canary over IPv6, e.g. http://[2001:db8::25]:8081/"),
  SELFTEST_CANARY_HOST6: z
    .string()
    .trim()
    .default("::")
    .refine((v) => ipaddr.IPv6.isValid(v), "must be an IPv6 address to listen on, e.g. ::"),
  SELFTEST_MAIL_DOMAIN: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "must be a domain name you own, e.g. example.org")
    .optional(),
  DATA_DIR: z.string().trim().default("./data"),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "must be a PostgreSQL URL, e.g. postgres://user:password@host:5432/database" })
    .optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a Redis URL, e.g. redis://127.0.0.1:6379" }).optional(),
  SELFTEST_RUNNER: z.enum(["threads", "queue"], { error: "must be threads or queue" }).default("threads"),
  SELFTEST_WORKER_CONCURRENCY: int(1, 1_000, 16),
  SELFTEST_KEY_SECRET: z.string().min(32, "must be at least 32 characters of random text").optional(),
  REPORT_RETENTION_DAYS: int(1, 3_650, 90),
  STATISTICS_DEMO: flag("STATISTICS_DEMO"),
  DNSBL_RESOLVERS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const parsed = parseResolvers(v);
      if (parsed.ok) return parsed.resolvers;
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }),
});

export interface SelfTestConfig {
  siteUrl: URL;
  trustedProxies: Cidr[];
  allowPrivate: boolean;
  cooldownSeconds: number;
  disabled: boolean;
  maxConcurrent: number;
  /** tests at once from one network: an IPv4 /ipv4Prefix, an IPv6 /ipv6Prefix (also one cooldown) */
  maxPerNetwork: number;
  networkPrefixes: { ipv4: number; ipv6: number };
  memoryMinutes: number;
  /** cap on the bytes of remembered reports; the oldest go first */
  memoryMaxMb: number;
  /** worker threads that run the probes; 0 runs them on the web server's own event loop */
  probeWorkers: number;
  /** lab/test override of the engine's plan: only these kinds, on these ports */
  ports: Partial<Record<CheckKind, number[]>> | null;
  /** v6: a second listener for IPv6 visitors' proxies (SELFTEST_CANARY_URL6) */
  canary: { host: string; port: number; publicUrl?: string; v6?: { host: string; port: number; publicUrl: string } };
  /** our own domain for the relay test's recipients and EHLO; null: the engine's .invalid names */
  mailDomain: string | null;
  /** where saved reports and anonymous test records live: PostgreSQL when databaseUrl is set, else SQLite in dataDir */
  store: { dataDir: string; databaseUrl: string | null };
  /** days a saved report is kept before the sweep deletes it */
  reportRetentionDays: number;
  /** the statistics page and open data show the synthetic demo records (npm run seed:demo) instead of real ones */
  statisticsDemo: boolean;
  /** resolvers for the blocklist lookups (host:port); empty: the system's */
  dnsblResolvers: string[];
  /** the shared gate of several web instances lives here; null: in this process's memory */
  redisUrl: string | null;
  /** threads: this process's worker threads run the probes; queue: probe workers (npm run worker) do, through Redis */
  runner: "threads" | "queue";
  /** tests at once in one probe worker process (npm run worker) */
  workerConcurrency: number;
  /** the key of the visitors' keyed hashes, the same on every instance; null: a random one per process */
  keySecret: string | null;
}

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

// The site's own domain is ours to use in test recipients (no mail is ever sent: the dialogue
// stops at RCPT) and makes strict servers answer our EHLO and RCPT normally, not with 4xx for an
// .invalid name. Addresses and local names are not domains.
function siteDomain(url: URL): string | null {
  const host = url.hostname;
  if (LOOPBACK_NAMES.has(host) || ipaddr.isValid(host.replace(/^\[|\]$/g, "")) || !host.includes(".")) return null;
  return host;
}

export type ConfigResult = { ok: true; config: SelfTestConfig } | { ok: false; errors: string[] };

export function parseSelfTestConfig(env: Record<string, string | undefined>): ConfigResult {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = envSchema.safeParse(blankless);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  }
  const e = parsed.data;
  const siteUrl = new URL(e.SITE_URL);
  // A local site gets a local canary; anywhere else the canary must face the internet.
  const host = e.SELFTEST_CANARY_HOST ?? (LOOPBACK_NAMES.has(siteUrl.hostname) ? "127.0.0.1" : "0.0.0.0");
  const unspecified = host === "0.0.0.0" || host === "::";
  let publicUrl = e.SELFTEST_CANARY_URL;
  if (!publicUrl && e.SELFTEST_CANARY_PORT !== 0) publicUrl = `http://${siteUrl.hostname}:${e.SELFTEST_CANARY_PORT}/`;
  if (e.SELFTEST_RUNNER === "queue" && !e.REDIS_URL) {
    return { ok: false, errors: ["SELFTEST_RUNNER: queue needs REDIS_URL (the queue lives in Redis)"] };
  }
  if (e.REDIS_URL && !e.SELFTEST_KEY_SECRET) {
    // Each instance would hash a visitor differently, and none would see another's cooldown.
    return { ok: false, errors: ["SELFTEST_KEY_SECRET: set the same random value (32+ characters) on every instance that shares REDIS_URL"] };
  }
  if (!publicUrl && unspecified && !e.SELFTEST_DISABLED) {
    return {
      ok: false,
      errors: [
        "SELFTEST_CANARY_PORT: set a fixed port (or SELFTEST_CANARY_URL) so that visitors' proxies can reach the canary",
      ],
    };
  }
  return {
    ok: true,
    config: {
      siteUrl,
      trustedProxies: e.TRUSTED_PROXIES,
      allowPrivate: e.SELFTEST_ALLOW_PRIVATE,
      cooldownSeconds: e.SELFTEST_COOLDOWN_SECONDS,
      disabled: e.SELFTEST_DISABLED,
      maxConcurrent: e.SELFTEST_MAX_CONCURRENT,
      maxPerNetwork: e.SELFTEST_MAX_PER_NETWORK,
      networkPrefixes: { ipv4: e.SELFTEST_IPV4_PREFIX, ipv6: e.SELFTEST_IPV6_PREFIX },
      memoryMinutes: e.SELFTEST_MEMORY_MINUTES,
      memoryMaxMb: e.SELFTEST_MEMORY_MAX_MB,
      probeWorkers: e.SELFTEST_PROBE_WORKERS,
      ports: e.SELFTEST_PORTS,
      canary: {
        host,
        port: e.SELFTEST_CANARY_PORT,
        ...(publicUrl ? { publicUrl } : {}),
        ...(e.SELFTEST_CANARY_URL6 ? { v6: { host: e.SELFTEST_CANARY_HOST6, port: Number(new URL(e.SELFTEST_CANARY_URL6).port || 80), publicUrl: e.SELFTEST_CANARY_URL6 } } : {}),
      },
      mailDomain: e.SELFTEST_MAIL_DOMAIN ?? siteDomain(siteUrl),
      store: { dataDir: e.DATA_DIR, databaseUrl: e.DATABASE_URL ?? null },
      reportRetentionDays: e.REPORT_RETENTION_DAYS,
      statisticsDemo: e.STATISTICS_DEMO,
      dnsblResolvers: e.DNSBL_RESOLVERS,
      redisUrl: e.REDIS_URL ?? null,
      runner: e.SELFTEST_RUNNER,
      workerConcurrency: e.SELFTEST_WORKER_CONCURRENCY,
      keySecret: e.SELFTEST_KEY_SECRET ?? null,
    },
  };
}
