// A site server a spec starts and stops itself (playwright.config.ts's servers live for the whole
// run): for restarts and for a store that is down. Same build and lab settings as the lab server.
import { spawn, type ChildProcess } from "node:child_process";

export interface OwnServer {
  url: string;
  stop(): Promise<void>;
  /** SIGKILL, as a crash: no clean shutdown */
  kill(): Promise<void>;
}

const labEnv = (url: string, env: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "production" as const,
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
  NEXT_TELEMETRY_DISABLED: "1",
  ALLOW_PLACEHOLDER_CONFIG: "true", // a loopback SITE_URL and example addresses
  SITE_URL: url,
  TRUSTED_PROXIES: "127.0.0.1/32",
  SELFTEST_ALLOW_PRIVATE: "true",
  SELFTEST_COOLDOWN_SECONDS: "1",
  SELFTEST_PORTS: "smtp-relay=2525",
  ...env,
});

/** Signals the child's whole process group (npm, tsx and node) and waits for it to exit. */
function stopper(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): () => Promise<void> {
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return async () => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      return; // already gone
    }
    await exited;
  };
}

export async function startOwnServer(port: number, env: Record<string, string>): Promise<OwnServer> {
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn("npm", ["start"], {
    detached: true, // its own process group, so that stop() ends npm, tsx and the server together
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...labEnv(url, env), HOSTNAME: "127.0.0.1", PORT: String(port) },
  });
  const stop = stopper(child);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server on port ${port} exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/en`).then((r) => r.ok, () => false);
    if (ok) return { url, stop, kill: stopper(child, "SIGKILL") };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the server on port ${port} did not answer within 60 s`);
}

/** A probe worker (`npm run worker`) for a queue-mode server at `siteUrl`; resolves once it takes tests. */
export async function startOwnWorker(siteUrl: string, env: Record<string, string>): Promise<{ stop(): Promise<void>; kill(): Promise<void> }> {
  const child: ChildProcess = spawn("npm", ["run", "--silent", "worker"], {
    detached: true,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...labEnv(siteUrl, env), SELFTEST_CANARY_HOST: "127.0.0.1" },
  });
  const stop = stopper(child);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the probe worker did not start within 60 s")), 60_000);
      child.once("exit", (code) => reject(new Error(`the probe worker exited with ${code}`)));
      child.stdout!.on("data", (d: Buffer) => {
        if (d.toString().includes("Probe worker ready")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return { stop, kill: stopper(child, "SIGKILL") };
}
