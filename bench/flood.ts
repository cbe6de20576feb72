// Flood benchmark: 1 000 POST /api/self-test from one address against the production server.
// Expected: exactly one test runs, 999 answers are "rate limited", and pages stay fast meanwhile.
// Needs a production build (NEXT_DIST_DIR, default .next). Run alone: `npx tsx bench/flood.ts`.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const PORT = Number(process.env.BENCH_FLOOD_PORT ?? 3490);
const BASE = `http://127.0.0.1:${PORT}`;
// The flooding visitor and a bystander loading pages; nothing listens on the visitor's ports.
const VISITOR = "127.0.5.77";
const BYSTANDER = "127.0.5.78";
const REQUESTS = 1_000;

interface Answer {
  status: number;
  ms: number;
}

function request(method: string, path: string, localAddress: string, agent: http.Agent): Promise<Answer> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.request(`${BASE}${path}`, { method, localAddress, agent, headers: { accept: "application/json" } }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
    });
    req.on("error", () => resolve({ status: 0, ms: performance.now() - t0 }));
    req.end();
  });
}

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      SITE_URL: BASE,
      TRUSTED_PROXIES: "",
      SELFTEST_ALLOW_PRIVATE: "true",
      SELFTEST_DISABLED: "",
      SELFTEST_COOLDOWN_SECONDS: "60",
      SELFTEST_PORTS: "smtp-relay=2525;http-proxy=3128;socks5=1080",
    },
  });
  const agent = new http.Agent();
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if ((await request("GET", "/en", BYSTANDER, agent)).status === 200) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error("server did not start within 60 s");
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const ms = (n: number) => `${Math.round(n)} ms`;

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
    await stopServer(server);
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
