// A throwaway Redis server for tests (Debian redis-server 7): a free loopback port (or a given
// one, to restart on the same address), its own directory, no persistence. Stopped by its PID.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

export interface RedisServer {
  port: number;
  /** redis://127.0.0.1:PORT */
  url: string;
  stop(): Promise<void>;
}


export async function startRedis(port?: number): Promise<RedisServer> {
  const chosen = port ?? (await freePort());
  const dir = mkdtempSync(path.join(tmpdir(), "redis-test-"));
  const args = ["--port", String(chosen), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir, "--logfile", ""];
  const child = spawn("redis-server", args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${output}`)), 10_000);
      child.once("error", (e) => reject(new Error(`redis-server could not start (run scripts/install-system-deps.sh as root): ${e.message}`)));
      child.once("exit", (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
      child.stdout!.on("data", (d: Buffer) => {
        output += d.toString();
        if (output.includes("Ready to accept connections")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  } catch (e) {
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  let stopped = false;
  return {
    port: chosen,
    url: `redis://127.0.0.1:${chosen}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
