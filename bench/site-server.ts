// The production server (server.ts) as benchmarks start it, and the HTTP helpers they share.
// Needs a production build (`npm run build`).
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));

export interface Answer {
  status: number;
  ms: number;
}

export function request(base: string, method: string, path: string, localAddress: string, agent: http.Agent): Promise<Answer> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.request(`${base}${path}`, { method, localAddress, agent, headers: { accept: "application/json" } }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
    });
    req.on("error", () => resolve({ status: 0, ms: performance.now() - t0 }));
    req.end();
  });
}

/** Starts server.ts on 127.0.0.1:`port` with lab settings plus `env`; resolves once /en answers. */
export async function startSite(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      SITE_URL: base,
      ALLOW_PLACEHOLDER_CONFIG: "true", // a loopback site with example addresses
      TRUSTED_PROXIES: "",
      SELFTEST_ALLOW_PRIVATE: "true",
      SELFTEST_DISABLED: "",
      ...env,
    },
  });
  const agent = new http.Agent();
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if ((await request(base, "GET", "/en", "127.0.0.1", agent)).status === 200) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error("server did not start within 60 s");
}

export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

export const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

export const ms = (n: number) => `${Math.round(n)} ms`;
