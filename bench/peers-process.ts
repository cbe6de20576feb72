// Test peers in a child process (lib/probe/test-peers/serve-matrix.ts), so that their CPU does
// not count as the engine's.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));

/** `which`: comma-separated peer names as serve-matrix.ts knows them. */
export async function startPeersProcess(which: string): Promise<{ ports: Record<string, number>; stop: () => void }> {
  const child = spawn(`${root}node_modules/.bin/tsx`, ["lib/probe/test-peers/serve-matrix.ts", which], {
    cwd: root,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const line = await new Promise<string>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`peers exited with ${code}`)));
    createInterface({ input: child.stdout! }).once("line", resolve);
  });
  return { ports: JSON.parse(line) as Record<string, number>, stop: () => child.kill() };
}
