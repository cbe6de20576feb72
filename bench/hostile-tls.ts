// Page latency while visitors test a hostile TLS peer (issue: "the event loop must never belong
// to a peer"). Quiet p95 of a bystander's page loads, then p95 while sixteen visitors, each from
// its own network, test the peer over and over; goal: ratio ≤ 2. Needs a production build.
// Run alone: `npx tsx bench/hostile-tls.ts`.
import { spawn } from "node:child_process";
import http from "node:http";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { ms, pct, request, startSite, stopProcess } from "./site-server";

const root = fileURLToPath(new URL("../", import.meta.url));
const PORT = Number(process.env.BENCH_TLS_PORT ?? 3491);
const BASE = `http://127.0.0.1:${PORT}`;
const BYSTANDER = "127.0.6.1";
const VISITORS = Array.from({ length: 16 }, (_, i) => `127.0.${10 + i}.1`); // one /24 each
const SAMPLES = 150;

async function startPeer() {
  const child = spawn(`${root}node_modules/.bin/tsx`, ["bench/hostile-tls-peer.ts", ...VISITORS], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`peer exited with ${code}`)));
    createInterface({ input: child.stdout! }).once("line", resolve);
  });
  return { port: (JSON.parse(line) as { port: number }).port, child };
}

async function pageLatencies(n: number): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true });
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    samples.push((await request(BASE, "GET", "/en/self-test", BYSTANDER, agent)).ms);
    await new Promise((r) => setTimeout(r, 20));
  }
  agent.destroy();
  return samples;
}

export async function benchHostileTls(): Promise<boolean> {
  const peer = await startPeer();
  const site = await startSite(PORT, { SELFTEST_COOLDOWN_SECONDS: "1", SELFTEST_MAX_CONCURRENT: String(VISITORS.length), SELFTEST_PORTS: `smtp-relay=${peer.port}` });
  try {
    await pageLatencies(20); // warm up
    const quiet = await pageLatencies(SAMPLES);
    let running = true;
    let tests = 0;
    let refused = 0;
    const visitor = async (address: string) => {
      const agent = new http.Agent({ keepAlive: true });
      while (running) {
        const answer = await request(BASE, "POST", "/api/self-test", address, agent);
        if (answer.status === 200) tests++;
        else refused++;
        await new Promise((r) => setTimeout(r, 1_050)); // the cooldown
      }
      agent.destroy();
    };
    const visitors = Promise.all(VISITORS.map(visitor));
    const during = await pageLatencies(SAMPLES);
    running = false;
    await visitors;
    const ratio = pct(during, 95) / pct(quiet, 95);
    const ok = tests > 0 && ratio <= 2;
    console.log(
      `hostile TLS peer (DHE, composite 10 000-bit modulus, renegotiation): page /en/self-test p95 quiet ${ms(pct(quiet, 95))}, ` +
        `while ${tests} tests ran (${refused} refused) ${ms(pct(during, 95))} (max ${ms(Math.max(...during))}); ratio ${ratio.toFixed(2)} ${ok ? "OK" : "FAIL"} (goal ≤ 2)`,
    );
    return ok;
  } finally {
    await stopProcess(site);
    peer.child.kill("SIGTERM");
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchHostileTls().then(
    (ok) => (process.exitCode = ok ? 0 : 1),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
