import { describe, expect, it } from "vitest";
import { parseSelfTestConfig } from "./config";

const ok = (env: Record<string, string | undefined>) => {
  const result = parseSelfTestConfig(env);
  if (!result.ok) throw new Error(result.errors.join("; "));
  return result.config;
};
const errors = (env: Record<string, string | undefined>) => {
  const result = parseSelfTestConfig(env);
  return result.ok ? [] : result.errors;
};

describe("parseSelfTestConfig", () => {
  it("has safe defaults: nobody trusted, no private targets, 60 s cooldown, enabled", () => {
    const c = ok({});
    expect(c.trustedProxies).toEqual([]);
    expect(c.allowPrivate).toBe(false);
    expect(c.cooldownSeconds).toBe(60);
    expect(c.disabled).toBe(false);
    expect(c.ports).toBeNull();
    // the default SITE_URL is local, so the canary listens locally on a free port
    expect(c.canary).toEqual({ host: "127.0.0.1", port: 0 });
  });

  it("reads the contract variables", () => {
    const c = ok({
      TRUSTED_PROXIES: "127.0.0.1/32, 10.0.0.0/8",
      SELFTEST_ALLOW_PRIVATE: "true",
      SELFTEST_COOLDOWN_SECONDS: "5",
      SELFTEST_DISABLED: "1",
      SELFTEST_PORTS: "smtp-relay=2525,2526; socks5=1080",
    });
    expect(c.trustedProxies).toHaveLength(2);
    expect(c.allowPrivate).toBe(true);
    expect(c.cooldownSeconds).toBe(5);
    expect(c.disabled).toBe(true);
    expect(c.ports).toEqual({ "smtp-relay": [2525, 2526], socks5: [1080] });
  });

  it("keys networks by IPv4 /24 and IPv6 /64 with two tests at once each, unless told otherwise", () => {
    expect(ok({})).toMatchObject({ maxPerNetwork: 2, networkPrefixes: { ipv4: 24, ipv6: 64 } });
    const c = ok({ SELFTEST_MAX_PER_NETWORK: "1", SELFTEST_IPV4_PREFIX: "32", SELFTEST_IPV6_PREFIX: "48" });
    expect(c).toMatchObject({ maxPerNetwork: 1, networkPrefixes: { ipv4: 32, ipv6: 48 } });
    expect(errors({ SELFTEST_MAX_PER_NETWORK: "0" })[0]).toMatch(/^SELFTEST_MAX_PER_NETWORK: /);
    expect(errors({ SELFTEST_IPV4_PREFIX: "33" })[0]).toMatch(/^SELFTEST_IPV4_PREFIX: /);
    expect(errors({ SELFTEST_IPV6_PREFIX: "16" })[0]).toMatch(/^SELFTEST_IPV6_PREFIX: /);
    expect(errors({ SELFTEST_IPV6_PREFIX: "129" })[0]).toMatch(/^SELFTEST_IPV6_PREFIX: /);
  });

  it("treats empty variables as unset", () => {
    expect(ok({ SELFTEST_COOLDOWN_SECONDS: "", TRUSTED_PROXIES: "" }).cooldownSeconds).toBe(60);
  });

  it("derives the public canary URL from SITE_URL and a fixed port", () => {
    const c = ok({ SITE_URL: "https://secure.example.org", SELFTEST_CANARY_PORT: "8025" });
    expect(c.canary).toEqual({ host: "0.0.0.0", port: 8025, publicUrl: "http://secure.example.org:8025/" });
  });

  it("names the variable when a value is wrong", () => {
    expect(errors({ TRUSTED_PROXIES: "my-proxy" })[0]).toMatch(/^TRUSTED_PROXIES: /);
    expect(errors({ SELFTEST_ALLOW_PRIVATE: "maybe" })[0]).toMatch(/^SELFTEST_ALLOW_PRIVATE: .*true or false/);
    expect(errors({ SELFTEST_COOLDOWN_SECONDS: "-3" })[0]).toMatch(/^SELFTEST_COOLDOWN_SECONDS: /);
    expect(errors({ SELFTEST_COOLDOWN_SECONDS: "soon" })[0]).toMatch(/^SELFTEST_COOLDOWN_SECONDS: /);
    expect(errors({ SELFTEST_PORTS: "smtp=25" })[0]).toMatch(/^SELFTEST_PORTS: /);
    expect(errors({ SELFTEST_PORTS: "socks5=99999" })[0]).toMatch(/^SELFTEST_PORTS: /);
    expect(errors({ SELFTEST_CANARY_URL: "https://x.example" })[0]).toMatch(/^SELFTEST_CANARY_URL: /);
    expect(errors({ SITE_URL: "not a url" })[0]).toMatch(/^SITE_URL: /);
  });

  it("adds an IPv6 listener for IPv6 visitors when SELFTEST_CANARY_URL6 is set", () => {
    const c = ok({ SITE_URL: "https://secure.example.org", SELFTEST_CANARY_PORT: "8025", SELFTEST_CANARY_URL6: "http://[2001:db8::25]:8026/" });
    expect(c.canary).toEqual({
      host: "0.0.0.0",
      port: 8025,
      publicUrl: "http://secure.example.org:8025/",
      v6: { host: "::", port: 8026, publicUrl: "http://[2001:db8::25]:8026/" },
    });
    expect(ok({ SELFTEST_CANARY_URL6: "http://[::1]/", SELFTEST_CANARY_HOST6: "::1" }).canary.v6).toEqual({ host: "::1", port: 80, publicUrl: "http://[::1]/" });
    expect(errors({ SELFTEST_CANARY_URL6: "http://192.0.2.25:8026/" })[0]).toMatch(/^SELFTEST_CANARY_URL6: .*IPv6/);
    expect(errors({ SELFTEST_CANARY_URL6: "http://[::1]/", SELFTEST_CANARY_HOST6: "0.0.0.0" })[0]).toMatch(/^SELFTEST_CANARY_HOST6: /);
  });

  it("shares the gate through REDIS_URL only with a key secret common to every instance", () => {
    const secret = "x".repeat(32);
    expect(ok({}).redisUrl).toBeNull();
    expect(ok({ REDIS_URL: "redis://127.0.0.1:6379", SELFTEST_KEY_SECRET: secret })).toMatchObject({ redisUrl: "redis://127.0.0.1:6379", keySecret: secret });
    expect(errors({ REDIS_URL: "redis://127.0.0.1:6379" })[0]).toMatch(/^SELFTEST_KEY_SECRET: /);
    expect(errors({ REDIS_URL: "http://127.0.0.1:6379", SELFTEST_KEY_SECRET: secret })[0]).toMatch(/^REDIS_URL: /);
    expect(errors({ SELFTEST_KEY_SECRET: "short" })[0]).toMatch(/^SELFTEST_KEY_SECRET: /);
    expect(ok({}).runner).toBe("threads");
    expect(ok({ SELFTEST_RUNNER: "queue", REDIS_URL: "redis://127.0.0.1:6379", SELFTEST_KEY_SECRET: secret }).runner).toBe("queue");
    expect(errors({ SELFTEST_RUNNER: "queue" })[0]).toMatch(/^SELFTEST_RUNNER: .*REDIS_URL/);
    expect(errors({ SELFTEST_RUNNER: "workers" })[0]).toMatch(/^SELFTEST_RUNNER: /);
  });

  it("refuses a public site whose canary nobody could reach", () => {
    expect(errors({ SITE_URL: "https://secure.example.org" })[0]).toMatch(/SELFTEST_CANARY_PORT/);
    // ...unless the self-test is switched off anyway
    expect(ok({ SITE_URL: "https://secure.example.org", SELFTEST_DISABLED: "true" }).disabled).toBe(true);
  });

  it("uses the site's own domain for relay-test recipients, unless told otherwise", () => {
    expect(ok({}).mailDomain).toBeNull();
    expect(ok({ SITE_URL: "http://127.0.0.1:3000" }).mailDomain).toBeNull();
    const site = { SITE_URL: "https://check.example.org", SELFTEST_CANARY_PORT: "8081" };
    expect(ok(site).mailDomain).toBe("check.example.org");
    expect(ok({ ...site, SELFTEST_MAIL_DOMAIN: "Probe.Example.NET" }).mailDomain).toBe("probe.example.net");
    expect(errors({ SELFTEST_MAIL_DOMAIN: "not a domain" })[0]).toMatch(/^SELFTEST_MAIL_DOMAIN: /);
  });

  it("stores in SQLite under ./data for 90 days unless DATABASE_URL, DATA_DIR or REPORT_RETENTION_DAYS say otherwise", () => {
    expect(ok({})).toMatchObject({ store: { dataDir: "./data", databaseUrl: null }, reportRetentionDays: 90 });
    const c = ok({ DATA_DIR: "/var/lib/sys", DATABASE_URL: "postgres://app@127.0.0.1:5432/sys", REPORT_RETENTION_DAYS: "7" });
    expect(c).toMatchObject({ store: { dataDir: "/var/lib/sys", databaseUrl: "postgres://app@127.0.0.1:5432/sys" }, reportRetentionDays: 7 });
    expect(errors({ DATABASE_URL: "mysql://app@db/sys" })[0]).toMatch(/^DATABASE_URL: must be a PostgreSQL URL/);
    expect(errors({ REPORT_RETENTION_DAYS: "0" })[0]).toMatch(/^REPORT_RETENTION_DAYS: /);
    expect(errors({ REPORT_RETENTION_DAYS: "ninety" })[0]).toMatch(/^REPORT_RETENTION_DAYS: /);
  });

  it("shows real statistics unless STATISTICS_DEMO=true asks for the demo records", () => {
    expect(ok({}).statisticsDemo).toBe(false);
    expect(ok({ STATISTICS_DEMO: "true" }).statisticsDemo).toBe(true);
    expect(errors({ STATISTICS_DEMO: "demo" })[0]).toBe("STATISTICS_DEMO: STATISTICS_DEMO must be true or false");
  });

  it("looks up blocklists through the system's resolvers unless DNSBL_RESOLVERS names others", () => {
    expect(ok({}).dnsblResolvers).toEqual([]);
    expect(ok({ DNSBL_RESOLVERS: "127.0.0.1:5353,[::1]" }).dnsblResolvers).toEqual(["127.0.0.1:5353", "[::1]:53"]);
    expect(errors({ DNSBL_RESOLVERS: "resolver.example" })[0]).toMatch(/^DNSBL_RESOLVERS: "resolver.example" is not an address/);
  });
});
