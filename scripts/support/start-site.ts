import { spawn } from "node:child_process";

export interface RunningSite {
  url: string;
  stop: () => Promise<void>;
}

/** Starts the production build with `npm start` on a loopback port and waits until it answers. */
export async function startSite(port: number, env: Record<string, string> = {}): Promise<RunningSite> {
  const url = `http://127.0.0.1:${port}`;
  // node itself (not npx): a signal to the child must reach the server, not a wrapper.
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOSTNAME: "127.0.0.1", SITE_URL: url, ALLOW_PLACEHOLDER_CONFIG: "true", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the site exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/en`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error("the site did not answer within 60 s");
}
