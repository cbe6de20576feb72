// The CLI contract: exit 0 nothing vulnerable, 1 vulnerable, 2 usage/refused; --json report.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDnsServer } from "../../tests/support/dns-server";
import { startHttpProxy, type ProxyPeer } from "./test-peers/proxy-peers";

const root = fileURLToPath(new URL("../../", import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ["scripts/selftest.ts", ...args], { cwd: root, timeout: 60_000, env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === "number" ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

let proxy: ProxyPeer;
beforeAll(async () => {
  proxy = await startHttpProxy();
});
afterAll(async () => {
  await proxy.close();
});

// Spawning tsx is slow on a busy machine: generous timeouts, few spawns.
describe("selftest CLI", { timeout: 90_000 }, () => {
  it("exit 1 and a JSON report when something is vulnerable (own canary on 127.0.0.1)", async () => {
    const r = await cli(["127.0.0.1", "--allow-private", "--json", "--only", "http-post,socks4", "--ports", `http-post=${proxy.port}`, "--ports", "socks4=1"]);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ schema: 1, target: "127.0.0.1", verdict: "vulnerable" });
    expect(report.checks.map((c: { kind: string; verdict: string }) => `${c.kind} ${c.verdict}`)).toEqual(["http-post vulnerable", "socks4 no-service"]);
  });
  it("--only blocklists looks up the lists through DNSBL_RESOLVERS and runs no check", async () => {
    const dns = await startDnsServer({ "5.6.0.127.dnsbl.dronebl.org": { a: ["127.0.0.9"] }, "5.6.0.127.in-addr.arpa": { ptr: "lab.example.test" } });
    try {
      const r = await cli(["127.0.6.5", "--allow-private", "--only", "blocklists"], { DNSBL_RESOLVERS: dns.address });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain("dnsbl.dronebl.org: listed 127.0.0.9");
      expect(r.stdout).toContain("zen.spamhaus.org: not-listed");
      expect(r.stdout).toContain("reverse DNS: lab.example.test (not forward-confirmed)");
      expect(r.stdout).not.toMatch(/smtp-relay|socks5/);
      const bad = await cli(["127.0.6.5", "--allow-private", "--only", "blocklists"], { DNSBL_RESOLVERS: "dns.example" });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("DNSBL_RESOLVERS");
    } finally {
      await dns.close();
    }
  });
  it("exit 0 and a table when nothing is vulnerable", async () => {
    const r = await cli(["127.0.0.1", "--allow-private", "--timeout-ms", "3000", "--only", "socks5", "--ports", "socks5=1"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/socks5\s+1\s+no-service\s+connection-refused/);
  });
  it("exit 2 for refused targets, bad usage, or a public target without a canary URL", async () => {
    const [refused, badKind, pub] = await Promise.all([
      cli(["127.0.0.1"]),
      cli(["127.0.0.1", "--allow-private", "--only", "ftp"]),
      cli(["8.8.8.8"]),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/loopback/);
    expect(badKind.code).toBe(2);
    expect(pub.code).toBe(2);
    expect(pub.stderr).toMatch(/--canary-url/);
  });
});
