// Flood benchmark: 1 000 POST /api/self-test from one address against the production server.
// Expected: exactly one test runs, 999 answers are "rate limited", and pages stay fast meanwhile.
// Needs a production build (NEXT_DIST_DIR, default .next). Run alone: `npx tsx bench/flood.ts`.
import http from "node:http";
import { fileURLToPath } from "node:url";
import { ms, pct, request as request0, startSite, stopProcess } from "./site-server";

const PORT = Number(process.env.BENCH_FLOOD_PORT ?? 3490);
const BASE = `http://127.0.0.1:${PORT}`;
// The flooding visitor and a bystander loading pages; nothing listens on the visitor's ports.
const VISITOR = "127.0.5.77";
const BYSTANDER = "127.0.5.78";
const REQUESTS = 1_000;

const request = (method: string, path: string, localAddress: string, agent: http.Agent) =>
  request0(BASE, method, path, localAddress, agent);

const startServer = () =>
  startSite(PORT, { SELFTEST_COOLDOWN_SECONDS: "60", SELFTEST_PORTS: "smtp-relay=2525;http-proxy=3128;socks5=1080" });

/** Page latency for a bystander, sampled every 20 ms until `until` settles. */
async function samplePage(until: Promise<unknown>): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true });
  const samples: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    samples.push((await request("GET", "/en/self-test", BYSTANDER, agent)).ms);
    await new Promise((r) => setTimeout(r, 20));
  }
  agent.destroy();
  return samples;
}

export async function benchFlood(): Promise<boolean> {
  const server = await startServer();
  try {
    const quiet = new http.Agent({ keepAlive: true });
    const baseline: number[] = [];
    for (let i = 0; i < 20; i++) baseline.push((await request("GET", "/en/self-test", BYSTANDER, quiet)).ms);
    quiet.destroy();

    const flooder = new http.Agent({ keepAlive: true, maxSockets: 100 });
    const t0 = performance.now();
    const flood = Promise.all(Array.from({ length: REQUESTS }, () => request("POST", "/api/self-test", VISITOR, flooder)));
    const [answers, during] = await Promise.all([flood, samplePage(flood)]);
    const floodMs = performance.now() - t0;
    flooder.destroy();

    const count = (status: number) => answers.filter((a) => a.status === status).length;
    const tests = count(200);
    const limited = count(429);
    const other = REQUESTS - tests - limited;
    const ok = tests === 1 && limited === REQUESTS - 1 && during.length > 0 && pct(during, 95) < 2_000;
    console.log(
      `flood ${REQUESTS} POST /api/self-test from ${VISITOR}: ${tests} test, ${limited} rate-limited (429), ${other} other ` +
        `in ${ms(floodMs)} (${Math.round(REQUESTS / (floodMs / 1000))} req/s); ` +
        `answer p50 ${ms(pct(answers.map((a) => a.ms), 50))}, p95 ${ms(pct(answers.map((a) => a.ms), 95))}`,
    );
    console.log(
      `flood page /en/self-test latency: quiet p50 ${ms(pct(baseline, 50))}; during flood ` +
        `p50 ${ms(pct(during, 50))}, p95 ${ms(pct(during, 95))}, max ${ms(Math.max(...during))} (${during.length} samples) ` +
        `${ok ? "OK" : "FAIL (expected 1 test, 999 rate-limited, page p95 < 2000 ms)"}`,
    );
    return ok;
  } finally {
    await stopProcess(server);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchFlood().then(
    (ok) => (process.exitCode = ok ? 0 : 1),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
