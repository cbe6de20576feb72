// CLI (contract): npm run --silent selftest -- <ip> [--json] [--allow-private] [--timeout-ms N]
//   [--only smtp-relay,socks5,blocklists,…] [--ports kind=p1,p2 …] [--connect-timeout-ms N]
//   [--idle-timeout-ms N] [--canary-url http://host:port] [--canary-listen host:port]
//   [--canary-domain D] [--helo NAME]
// DNSBL_RESOLVERS (host:port,…) from the environment: resolvers for the blocklist lookups.
// Exit: 0 nothing vulnerable, 1 something vulnerable, 2 usage error or refused target.
import { parseArgs } from "node:util";
import {
  CHECK_KINDS,
  DEFAULTS,
  assessTarget,
  runSelfTest,
  startCanary,
  type Canary,
  type CheckKind,
  type ProbeOptions,
  type SelfTestReport,
} from "../lib/probe";
import { parseResolvers } from "../lib/blocklists/resolvers";
import { unsupportedRuntime } from "../lib/node-version";

const USAGE = `usage: selftest <ip> [--json] [--allow-private] [--timeout-ms N] [--only kinds]
       [--ports kind=p1,p2]… [--connect-timeout-ms N] [--idle-timeout-ms N]
       [--canary-url http://public-host:port] [--canary-listen host:port]
       [--canary-domain domain] [--helo name]
kinds: ${CHECK_KINDS.join(", ")}, blocklists (the DNS blocklists and reverse DNS; all by default)
Loopback/private targets need --allow-private (a local canary is started on 127.0.0.1).
Public targets need --canary-url: a URL where the target can reach this machine.`;

class UsageError extends Error {}

function positiveInt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} needs a positive integer`);
  return n;
}

/** --only: check kinds and "blocklists"; absent: everything. */
function selectionOf(list: string | undefined): Pick<ProbeOptions, "only" | "checks"> & { blocklists: boolean } {
  if (list === undefined) return { blocklists: true };
  const names = list.split(",").map((s) => s.trim()).filter(Boolean);
  const kinds = kindsOf(names.filter((n) => n !== "blocklists").join(","));
  const blocklists = names.includes("blocklists");
  if (kinds.length === 0 && !blocklists) throw new UsageError("--only needs at least one kind");
  return kinds.length > 0 ? { only: kinds, blocklists } : { checks: false, blocklists };
}

function kindsOf(list: string): CheckKind[] {
  const kinds = list.split(",").map((s) => s.trim()).filter(Boolean);
  for (const k of kinds) if (!CHECK_KINDS.includes(k as CheckKind)) throw new UsageError(`unknown kind: ${k}`);
  return kinds as CheckKind[];
}

function portsOf(specs: string[]): ProbeOptions["ports"] {
  const ports: NonNullable<ProbeOptions["ports"]> = {};
  for (const spec of specs) {
    const [kind, list] = spec.split("=");
    if (!kind || list === undefined) throw new UsageError(`--ports wants kind=p1,p2 (got ${spec})`);
    const [k] = kindsOf(kind);
    const nums = list.split(",").map(Number);
    if (nums.some((p) => !Number.isInteger(p) || p <= 0 || p > 65535)) throw new UsageError(`bad port list: ${list}`);
    ports[k!] = nums;
  }
  return ports;
}

function hostPort(v: string): { host: string; port: number } {
  const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(v);
  if (!m) throw new UsageError(`--canary-listen wants host:port (got ${v})`);
  return { host: m[1]!, port: Number(m[2]) };
}

function table(r: SelfTestReport): string {
  const rows = [["KIND", "PORT", "VERDICT", "REASON", "SOFTWARE", "FIX"]];
  for (const c of r.checks) {
    rows.push([c.kind, String(c.port), c.verdict, c.reason, c.software ?? "-", c.fix ?? "-"]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd());
  const lists = (r.blocklists ?? []).map((b) => `${b.zone}: ${b.status}${b.answers.length ? ` ${b.answers.join(",")}` : ""}${b.reason ? ` (${b.reason})` : ""}`);
  const rdns = r.reverseDns === undefined ? [] : [`reverse DNS: ${r.reverseDns ? `${r.reverseDns.name}${r.reverseDns.forwardConfirmed ? " (forward-confirmed)" : " (not forward-confirmed)"}` : "none"}`];
  const extra = lists.length || rdns.length ? ["", ...lists, ...rdns] : [];
  return [`Target ${r.target}: ${r.verdict.toUpperCase()} (${r.durationMs} ms, started ${r.startedAt})`, "", ...lines, ...extra].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const runtimeProblem = unsupportedRuntime();
  if (runtimeProblem) {
    console.error(runtimeProblem);
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      "allow-private": { type: "boolean", default: false },
      "timeout-ms": { type: "string" },
      "connect-timeout-ms": { type: "string" },
      "idle-timeout-ms": { type: "string" },
      only: { type: "string" },
      ports: { type: "string", multiple: true },
      "canary-url": { type: "string" },
      "canary-listen": { type: "string" },
      "canary-domain": { type: "string" },
      helo: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("exactly one target IP is required");
  const target = positionals[0]!;
  const allowPrivate = values["allow-private"];
  const assessed = assessTarget(target, { allowPrivate });
  if (!assessed.ok) {
    console.error(`refused target ${target}: ${assessed.code}${allowPrivate ? "" : " (labs: --allow-private)"}`);
    return 2;
  }
  const total = positiveInt("timeout-ms", values["timeout-ms"]);
  const resolvers = parseResolvers(process.env.DNSBL_RESOLVERS);
  if (!resolvers.ok) throw new UsageError(`DNSBL_RESOLVERS: ${resolvers.error}`);
  const { blocklists, ...selection } = selectionOf(values.only);
  const opts: Omit<ProbeOptions, "canary"> = {
    allowPrivate,
    ...selection,
    ...(blocklists ? { blocklists: { resolvers: resolvers.resolvers } } : {}),
    ports: values.ports ? portsOf(values.ports) : undefined,
    totalTimeoutMs: total,
    // a short overall budget also shortens each wait, so the deadline is not spent on one check
    connectTimeoutMs: positiveInt("connect-timeout-ms", values["connect-timeout-ms"]) ?? Math.min(DEFAULTS.connectTimeoutMs, total ?? Infinity),
    idleTimeoutMs: positiveInt("idle-timeout-ms", values["idle-timeout-ms"]) ?? Math.min(DEFAULTS.idleTimeoutMs, total ?? Infinity),
    canaryDomain: values["canary-domain"],
    heloName: values.helo,
  };

  let canary: Canary;
  const isPublic = assessTarget(target, { allowPrivate: false }).ok;
  if (values["canary-url"]) {
    const url = new URL(values["canary-url"]);
    const listen = values["canary-listen"] ? hostPort(values["canary-listen"]) : { host: "0.0.0.0", port: Number(url.port || 80) };
    canary = await startCanary({ ...listen, publicUrl: values["canary-url"] });
  } else if (!isPublic) {
    canary = await startCanary({ host: "127.0.0.1", port: 0 });
  } else {
    console.error("a public target needs --canary-url (an http:// URL where the target can reach this machine)");
    return 2;
  }

  const ac = new AbortController();
  process.once("SIGINT", () => ac.abort());
  try {
    const report = await runSelfTest(assessed.ip, { ...opts, canary, signal: ac.signal });
    console.log(values.json ? JSON.stringify(report, null, 2) : table(report));
    return report.verdict === "vulnerable" ? 1 : 0;
  } finally {
    await canary.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    const usage = err instanceof UsageError || (err instanceof Error && "code" in err && String(err.code).startsWith("ERR_PARSE_ARGS"));
    console.error(usage ? `${(err as Error).message}\n${USAGE}` : err);
    process.exit(2);
  },
);
