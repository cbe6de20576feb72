import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIX_SLUGS, REASON_CODES, REFUSAL_CODES, RELAY_VARIANTS, fixFor } from "./codes";
import { startCanary } from "./canary";
import { DEFAULTS } from "./defaults";
import { TargetRefusedError, planChecks, runSelfTest, worstVerdict } from "./run-self-test";
import { FAST } from "./test-peers/harness";
import { startHttpProxy, type ProxyPeer } from "./test-peers/proxy-peers";
import { startSilent } from "./test-peers/hostile-peers";
import type { Peer } from "./test-peers/tcp-fake";
import type { Canary, ProgressEvent } from "./types";

let canary: Canary;
let proxy: ProxyPeer;
let silent: Peer;
beforeAll(async () => {
  canary = await startCanary({ host: "127.0.0.1", port: 0 });
  proxy = await startHttpProxy();
  silent = await startSilent();
});
afterAll(async () => {
  await proxy.close();
  await silent.close();
  await canary.close();
});

describe("runSelfTest", () => {
  it("refuses non-public targets unless allowPrivate, with the refusal code", async () => {
    await expect(runSelfTest("127.0.0.1", { canary })).rejects.toBeInstanceOf(TargetRefusedError);
    await expect(runSelfTest("169.254.169.254", { canary, allowPrivate: true })).rejects.toMatchObject({ code: "link-local" });
    await expect(runSelfTest("nonsense", { canary })).rejects.toMatchObject({ code: "invalid-address" });
  });

  it("plans every kind on its default ports, deduplicated and filtered", () => {
    expect(planChecks({})).toHaveLength(3 + 12 + 12 + 12 + 2 + 2);
    expect(planChecks({ only: ["socks5"] })).toEqual([{ kind: "socks5", port: 1080 }, { kind: "socks5", port: 9050 }]);
    expect(planChecks({ only: ["socks4"], ports: { socks4: [1, 1, 0, 70000] } })).toEqual([{ kind: "socks4", port: 1 }]);
  });

  it("an all-closed loopback address finishes well within one connect timeout", async () => {
    const report = await runSelfTest("127.0.0.123", { canary, allowPrivate: true });
    expect(report.verdict).toBe("no-service");
    expect(report.checks).toHaveLength(43);
    expect(report.checks.every((c) => c.reason === "connection-refused")).toBe(true);
    expect(report.durationMs).toBeLessThan(DEFAULTS.connectTimeoutMs * 1.1);
    expect(report.schema).toBe(1);
    expect(report.target).toBe("127.0.0.123");
  });

  it("streams planned/start/finish events and takes the worst verdict", async () => {
    const events: ProgressEvent[] = [];
    const report = await runSelfTest("127.0.0.1", {
      canary,
      allowPrivate: true,
      ...FAST,
      only: ["http-proxy", "socks5"],
      ports: { "http-proxy": [proxy.port], socks5: [silent.port] },
      onProgress: (e) => events.push(e),
    });
    expect(events[0]).toEqual({
      type: "planned",
      checks: [{ kind: "http-proxy", port: proxy.port }, { kind: "socks5", port: silent.port }],
    });
    expect(events.filter((e) => e.type === "start")).toHaveLength(2);
    expect(events.filter((e) => e.type === "finish")).toHaveLength(2);
    expect(report.verdict).toBe("vulnerable");
    expect(report.checks.map((c) => c.verdict)).toEqual(["vulnerable", "inconclusive"]);
  });

  it("a throwing onProgress listener does not break the test", async () => {
    const report = await runSelfTest("127.0.0.1", {
      canary, allowPrivate: true, ...FAST, only: ["http-proxy"], ports: { "http-proxy": [proxy.port] },
      onProgress: () => {
        throw new Error("listener bug");
      },
    });
    expect(report.verdict).toBe("vulnerable");
  });

  it("the total deadline cuts slow checks: inconclusive deadline", async () => {
    const t0 = Date.now();
    const report = await runSelfTest("127.0.0.1", {
      canary, allowPrivate: true, connectTimeoutMs: 500, idleTimeoutMs: 5000, totalTimeoutMs: 300,
      only: ["smtp-relay"], ports: { "smtp-relay": [silent.port] },
    });
    expect(Date.now() - t0).toBeLessThan(700);
    expect(report.checks[0]).toMatchObject({ verdict: "inconclusive", reason: "deadline" });
  });

  it("a check's own budget ends it alone: the others run to their verdict", async () => {
    const report = await runSelfTest("127.0.0.1", {
      canary, allowPrivate: true, connectTimeoutMs: 500, idleTimeoutMs: 5000, totalTimeoutMs: 4000,
      checkBudgetMs: { "smtp-relay": 300 },
      only: ["smtp-relay", "http-proxy"], ports: { "smtp-relay": [silent.port], "http-proxy": [proxy.port] },
    });
    const [smtp, http] = report.checks;
    expect(smtp).toMatchObject({ verdict: "inconclusive", reason: "deadline" });
    expect(smtp!.durationMs).toBeLessThan(1000); // its budget, not the 5 s idle timeout
    expect(http).toMatchObject({ verdict: "vulnerable", reason: "nonce-returned" });
  });

  it("an AbortSignal stops everything: inconclusive aborted", async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const t0 = Date.now();
    const report = await runSelfTest("127.0.0.1", {
      canary, allowPrivate: true, ...FAST, idleTimeoutMs: 5000, signal: ac.signal,
      only: ["smtp-relay", "socks5"], ports: { "smtp-relay": [silent.port], socks5: [silent.port] },
    });
    expect(Date.now() - t0).toBeLessThan(500);
    expect(report.checks.map((c) => c.reason)).toEqual(["aborted", "aborted"]);
  });

  it("respects the concurrency cap", async () => {
    let running = 0;
    let peak = 0;
    await runSelfTest("127.0.0.1", {
      canary, allowPrivate: true, ...FAST, concurrency: 2, only: ["socks5"],
      ports: { socks5: [silent.port, silent.port + 0, proxy.port, 1, 2, 3] },
      idleTimeoutMs: 100,
      onProgress: (e) => {
        if (e.type === "start") peak = Math.max(peak, ++running);
        if (e.type === "finish") running--;
      },
    });
    expect(peak).toBeLessThanOrEqual(2);
  });
});

describe("codes", () => {
  it("worst verdict order: vulnerable > inconclusive > secure > no-service", () => {
    expect(worstVerdict([])).toBe("no-service");
    expect(worstVerdict(["no-service", "secure"])).toBe("secure");
    expect(worstVerdict(["secure", "inconclusive", "no-service"])).toBe("inconclusive");
    expect(worstVerdict(["inconclusive", "vulnerable", "secure"])).toBe("vulnerable");
  });
  it("codes are unique kebab-case; a reason names each relay variant", () => {
    for (const list of [REASON_CODES, FIX_SLUGS, REFUSAL_CODES]) {
      expect(new Set(list).size).toBe(list.length);
      for (const c of list) expect(c).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    for (const v of RELAY_VARIANTS) expect(REASON_CODES).toContain(`relay-accepted-${v}`);
    expect(RELAY_VARIANTS).toHaveLength(16);
  });
  it("fix slugs: product guide when we have one for that kind, else the generic one", () => {
    expect(fixFor("smtp-relay", "exim")).toBe("exim");
    expect(fixFor("smtp-relay", "qmail")).toBe("generic-smtp");
    expect(fixFor("smtp-relay", null)).toBe("generic-smtp");
    expect(fixFor("http-proxy", "squid")).toBe("squid");
    expect(fixFor("http-connect", "privoxy")).toBe("generic-http-proxy");
    expect(fixFor("http-proxy", "postfix")).toBe("generic-http-proxy");
    expect(fixFor("socks5", "dante")).toBe("dante");
    expect(fixFor("socks4", null)).toBe("generic-socks");
  });
});
