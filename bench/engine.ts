// Engine benchmark: all-closed loopback address, full matrix of open peers, and 100 concurrent
// self-tests. Peers run in a child process so their CPU does not count as the engine's.
// Run alone with `npx tsx bench/engine.ts`; bench/index.ts calls benchEngine().
import os from "node:os";
import { fileURLToPath } from "node:url";
import { CHECK_KINDS, DEFAULTS, runSelfTest, startCanary, type Canary, type ProbeOptions } from "../lib/probe";
import { startPeersProcess } from "./peers-process";

interface MatrixPorts {
  smtp: number;
  http: number;
  socks4: number;
  socks5: number;
}

/** One process per peer kind: a single peer process would be the bottleneck, not the engine. */
async function startPeers(): Promise<{ ports: MatrixPorts; stop: () => void }> {
  const parts = await Promise.all(["smtp", "http", "socks4,socks5"].map(startPeersProcess));
  return {
    ports: Object.assign({}, ...parts.map((p) => p.ports)) as MatrixPorts,
    stop: () => parts.forEach((p) => p.stop()),
  };
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (n: number) => `${Math.round(n)} ms`;

export async function benchEngine(): Promise<void> {
  const canary: Canary = await startCanary({ host: "127.0.0.1", port: 0 });
  const { ports, stop } = await startPeers();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
  // Figures depend on machine load (peers share the CPUs): print it with them.
  console.log(`engine bench: ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  try {
    // 1. All-closed: every default port on an address where nothing listens.
    const t0 = performance.now();
    const closed = await runSelfTest("127.0.0.199", { canary, allowPrivate: true });
    const closedMs = performance.now() - t0;
    console.log(
      `engine all-closed 127.0.0.199 (${closed.checks.length} checks, default ports): ${ms(closedMs)} ` +
        `(goal <= ${ms(1.1 * DEFAULTS.connectTimeoutMs)}) ${closed.verdict}`,
    );

    // 2. Full matrix of open peers: one self-test = every kind, each on an open peer.
    const matrix: ProbeOptions = {
      canary,
      allowPrivate: true,
      ports: {
        "smtp-relay": [ports.smtp],
        "http-proxy": [ports.http],
        "http-post": [ports.http],
        "http-connect": [ports.http],
        socks4: [ports.socks4],
        socks5: [ports.socks5],
      },
    };
    await runSelfTest("127.0.0.1", matrix); // warm-up (TLS, JIT)
    const singles: number[] = [];
    for (let i = 0; i < 10; i++) {
      const s = performance.now();
      const r = await runSelfTest("127.0.0.1", matrix);
      singles.push(performance.now() - s);
      if (r.checks.some((c) => c.verdict !== "vulnerable")) throw new Error("matrix peer not found vulnerable");
    }
    singles.sort((a, b) => a - b);
    const single = pct(singles, 50);
    console.log(`engine open-peer matrix (${CHECK_KINDS.length} checks, all vulnerable): p50 ${ms(single)}, max ${ms(singles.at(-1)!)} per test (goal <= 300 ms)`);

    // 3. 100 concurrent self-tests against the same peers.
    peakRss = process.memoryUsage().rss;
    const cpu0 = process.cpuUsage();
    const durations = await Promise.all(
      Array.from({ length: 100 }, async () => {
        const s = performance.now();
        const r = await runSelfTest("127.0.0.1", matrix);
        if (r.verdict !== "vulnerable") throw new Error(`concurrent test: ${r.verdict}`);
        return performance.now() - s;
      }),
    );
    const cpu = process.cpuUsage(cpu0);
    durations.sort((a, b) => a - b);
    const p95 = pct(durations, 95);
    console.log(
      `engine 100 concurrent: p50 ${ms(pct(durations, 50))}, p95 ${ms(p95)} (${(p95 / single).toFixed(2)} x single, goal <= 1.5), ` +
        `peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB (goal <= 400 MB); engine CPU ${((cpu.user + cpu.system) / 1000 / 100).toFixed(1)} ms per test ` +
        `(the peers' processes share the ${os.cpus().length} CPUs: with few cores their TLS and proxying, not the engine, set the pace)`,
    );
  } finally {
    clearInterval(sampler);
    stop();
    await canary.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchEngine().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
