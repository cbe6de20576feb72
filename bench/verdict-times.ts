// Time to verdict per test peer with the engine's default limits: real Debian Postfix (closed
// with Debian's main.cf, and open) when this machine can run it, the open loopback peers, and
// the hostile fakes. Fakes that answer must be judged in <= 1.5 s; only silence may cost the
// idle timeout. Peers run in a child process (Postfix in its own), not in the engine's.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runSelfTest, startCanary, type Canary, type CheckKind } from "../lib/probe";
import { startPeersProcess } from "./peers-process";

const FAKES: [string, CheckKind[], boolean][] = [
  ["smtp", ["smtp-relay"], true],
  ["http", ["http-proxy", "http-connect"], true],
  ["socks4", ["socks4"], true],
  ["socks5", ["socks5"], true],
  ["fake200", ["http-proxy", "http-connect"], true],
  ["echo", ["http-proxy", "http-connect"], true],
  ["liar", ["socks4", "socks5"], true],
  ["garbage", ["smtp-relay", "http-proxy", "http-connect", "socks4", "socks5"], true],
  ["silent", ["smtp-relay", "socks5"], false],
];

async function timeOne(canary: Canary, kind: CheckKind, port: number, target = "127.0.0.1"): Promise<{ ms: number; verdict: string }> {
  const report = await runSelfTest(target, { canary, allowPrivate: true, only: [kind], ports: { [kind]: [port] } });
  const c = report.checks[0]!;
  return { ms: c.durationMs, verdict: `${c.verdict} ${c.reason}` };
}

/** Real Postfix needs root and the Debian package (tests/real/setup.sh installs it). */
async function postfixRows(canary: Canary, print: (name: string, r: { ms: number; verdict: string }) => void): Promise<number> {
  if (process.getuid?.() !== 0 || !existsSync("/usr/sbin/postfix")) {
    console.log("  postfix: skipped (needs root and Debian postfix: sh tests/real/setup.sh)");
    return 0;
  }
  const { startPostfix } = await import("../tests/real/servers/postfix");
  let sum = 0;
  for (const [setup, name] of [["default", "postfix, Debian main.cf (closed)"], ["open-mynetworks", "postfix, mynetworks 0/0 (open)"]] as const) {
    const instance = await startPostfix(setup);
    try {
      const r = await timeOne(canary, "smtp-relay", 25, instance.target);
      print(`${name} smtp-relay`, r);
      sum += r.ms;
    } finally {
      await instance.stop();
    }
  }
  return sum;
}

export async function benchVerdictTimes(): Promise<boolean> {
  const canary = await startCanary({ host: "127.0.0.1", port: 0 });
  const peers = await startPeersProcess(FAKES.map(([p]) => p).join(","));
  const print = (name: string, r: { ms: number; verdict: string }) => console.log(`  ${name.padEnd(44)} ${String(r.ms).padStart(6)} ms  ${r.verdict}`);
  let sum = 0;
  let slowestAnswer = 0;
  try {
    sum += await postfixRows(canary, print);
    for (const [peer, kinds, answers] of FAKES) {
      for (const kind of kinds) {
        const r = await timeOne(canary, kind, peers.ports[peer]!);
        print(`${peer} ${kind}`, r);
        sum += r.ms;
        if (answers) slowestAnswer = Math.max(slowestAnswer, r.ms);
      }
    }
  } finally {
    peers.stop();
    await canary.close();
  }
  console.log(`verdict times: matrix sum ${(sum / 1000).toFixed(1)} s; slowest peer that answers ${slowestAnswer} ms (goal <= 1500 ms)`);
  return slowestAnswer <= 1500;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchVerdictTimes().then(
    (ok) => process.exit(ok ? 0 : 1),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
